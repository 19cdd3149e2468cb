import Foundation
import Reminders
import Routine
import XCTest

/// `repsheet calendar`: RFC 5545 structure, occurrences = weeks × sessions a week, same bytes twice.
final class CalendarTests: XCTestCase {
    func routine(frequency: String?, date: String? = "2026-12-01") throws -> Routine {
        var text = "title: Knee routine, part one; with commas\n"
        if let date { text += "date: \(date)\n" }
        if let frequency { text += "frequency: \(frequency)\n" }
        text += """
            steps:
              - name: Quad sets
                reps: 10
                hold: 5s
              - name: Heel slides — a long name to make the description fold past seventy-five octets
                reps: 15
                sets: 2
                sides: each

            """
        return try RoutineLoader.load(text: text, fileName: "knee.yaml", baseDirectory: nil)
    }

    func testFrequencyPhrases() {
        XCTAssertEqual(SessionPlan.parse("Once a day")?.sessionsPerWeek, 7)
        // The languages RepSheet prints, as therapists write them.
        let sessionsPerWeek: [String: Double] = [
            "Dos veces al día": 14, "Una vez al día": 7, "3 veces por semana": 3, "Todos los días": 7, "Diario": 7,
            "Cada dos días": 3.5, "Deux fois par jour": 14, "Tous les jours": 7, "Une fois par semaine": 1,
            "Un jour sur deux": 3.5, "Zweimal täglich": 14, "3-mal pro Woche": 3, "Dreimal wöchentlich": 3,
            "Jeden Tag": 7, "Duas vezes por dia": 14, "Três vezes por semana": 3, "Todos os dias": 7,
            "每天两次": 14, "每日2次": 14, "每周3次": 3, "每天": 7, "隔天": 3.5, "1日2回": 14, "週3回": 3, "毎日": 7,
            "مرتين يومياً": 14, "يوميًا": 7, "פעמיים ביום": 14, "פעם בשבוע": 1,
        ]
        for (phrase, sessions) in sessionsPerWeek {
            XCTAssertEqual(SessionPlan.parse(phrase)?.sessionsPerWeek, sessions, phrase)
        }
        for phrase in ["Dos veces", "al día", "veces por mes", "每月两次", "quand ça fait mal"] {
            XCTAssertNil(SessionPlan.parse(phrase), phrase)
        }
        XCTAssertEqual(SessionPlan.parse("Daily")?.sessionsPerWeek, 7)
        XCTAssertEqual(SessionPlan.parse("Twice a day")?.sessionsPerWeek, 14)
        XCTAssertEqual(SessionPlan.parse("3 times a day")?.times, [480, 780, 1080])
        XCTAssertEqual(SessionPlan.parse("Three times a week")?.days, .weekdays([1, 3, 5]))
        XCTAssertEqual(SessionPlan.parse("Every other day")?.days, .everyDays(interval: 2))
        XCTAssertEqual(SessionPlan.parse("Once or twice a day")?.sessionsPerWeek, 7)
        XCTAssertNil(SessionPlan.parse("When it hurts"))
        XCTAssertNil(SessionPlan.parse("Twice a fortnight"))
    }

    /// Structure checked by hand, independent of any parser: CRLF everywhere, no line over 75
    /// octets, BEGIN/END balanced, the required properties present.
    func testStructureFollowsRFC5545() throws {
        let text = try CalendarMaker().calendar(for: routine(frequency: "Twice a day"))
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            XCTAssertEqual(index > 0 ? bytes[index - 1] : 0, 13, "a bare LF at byte \(index)")
        }
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(physical.contains { $0.hasPrefix(" ") }, "the long description folds")
        for line in physical { XCTAssertLessThanOrEqual(line.utf8.count, 75, line) }
        // Unfold, then check nesting and properties.
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        var stack: [String] = []
        for line in lines {
            if line.hasPrefix("BEGIN:") { stack.append(String(line.dropFirst(6))) }
            if line.hasPrefix("END:") { XCTAssertEqual(stack.popLast(), String(line.dropFirst(4))) }
        }
        XCTAssertTrue(stack.isEmpty)
        for property in ["VERSION:2.0", "PRODID:"] { XCTAssertTrue(lines.contains { $0.hasPrefix(property) }) }
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, 2)
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VALARM" }.count, 2)
        for property in ["UID:", "DTSTAMP:20261201T000000Z", "DTSTART:20261201T", "RRULE:FREQ=DAILY;COUNT=42"] {
            XCTAssertEqual(lines.filter { $0.hasPrefix(property) }.count, 2, property)
        }
        XCTAssertEqual(Set(lines.filter { $0.hasPrefix("UID:") }).count, 2, "UIDs differ per session")
        XCTAssertTrue(lines.contains("SUMMARY:Knee routine\\, part one\\; with commas (1 of 2)"))
        let description = try XCTUnwrap(lines.first { $0.hasPrefix("DESCRIPTION:Twice") })
        XCTAssertTrue(description.contains("\\n1. Quad sets: Hold 5 s · 10 reps\\n2. Heel slides"), description)
        XCTAssertTrue(description.contains("15 reps · 2 sets · each side"), description)
    }

    /// An event's steps are described in the routine's language, with its own `labels:`, as its
    /// sheet prints them.
    func testTheDescriptionIsInTheRoutinesLanguage() throws {
        let spanish = try RoutineLoader.load(
            text: """
                title: Rodilla
                language: es
                date: 2026-12-01
                frequency: Una vez al día
                steps:
                  - name: Puente
                    reps: 10
                    hold: 5s
                  - name: Sentadilla
                    reps: 8
                    sets: 3
                    sides: each
                  - name: Caminar
                    duration: 10min
                """, fileName: "rodilla.yaml", baseDirectory: nil)
        XCTAssertEqual(
            CalendarMaker.description(of: spanish),
            "Una vez al día\n1. Puente: Mantener 5 s · 10 repeticiones\n"
                + "2. Sentadilla: 8 repeticiones · 3 series · cada lado\n3. Caminar: 10 min")
        let relabelled = try RoutineLoader.load(
            text:
                "title: Knee\nlabels: {hold: Keep, reps: times}\nsteps:\n  - name: Bridge\n    reps: 10\n    hold: 5s\n",
            fileName: "knee.yaml", baseDirectory: nil)
        XCTAssertEqual(CalendarMaker.description(of: relabelled), "1. Bridge: Keep 5 s · 10 times")
    }

    func testSameRoutineGivesTheSameBytes() throws {
        let routine = try routine(frequency: "Three times a week")
        let first = try CalendarMaker().calendar(for: routine)
        let second = try CalendarMaker().calendar(for: routine)
        XCTAssertEqual(Array(first.utf8), Array(second.utf8))
        // 2026-12-01 is a Tuesday: the Monday/Wednesday/Friday series starts on Wednesday the 2nd.
        XCTAssertTrue(first.contains("DTSTART:20261202T080000\r\n"))
        XCTAssertTrue(first.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=18\r\n"))
    }

    func testErrorsNameTheProblem() throws {
        XCTAssertThrowsError(try CalendarMaker().calendar(for: routine(frequency: "When it hurts"))) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("\"When it hurts\""), text)
            XCTAssertTrue(text.contains("Three times a week"), text)
        }
        XCTAssertThrowsError(try CalendarMaker().calendar(for: routine(frequency: "Daily", date: nil))) { error in
            XCTAssertEqual(error as? CalendarError, .noStartDate)
        }
        var maker = CalendarMaker()
        maker.start = CalendarDate("2027-01-04")
        maker.times = [7 * 60 + 30]
        let text = try maker.calendar(for: routine(frequency: "When it hurts", date: nil))
        XCTAssertTrue(text.contains("DTSTART:20270104T073000\r\n"))
    }

    /// The file parses with Python's `icalendar`, and expanding the recurrences gives
    /// weeks × sessions a week occurrences.
    func testIcalendarPackageCountsTheOccurrences() throws {
        let cases: [(frequency: String, weeks: Int, perWeek: Double)] = [
            ("Once a day", 6, 7), ("Twice a day", 4, 14), ("Three times a week", 6, 3), ("Every other day", 4, 3.5),
            ("Daily", 1, 7),
        ]
        let script = """
            import sys, icalendar
            from dateutil.rrule import rrulestr
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            total = 0
            for event in cal.walk("VEVENT"):
                start = event.decoded("DTSTART")
                rule = event.get("RRULE").to_ical().decode()
                total += len(list(rrulestr(rule, dtstart=start)))
                assert event.walk("VALARM"), "no alarm"
            print(total)
            """
        for item in cases {
            var maker = CalendarMaker()
            maker.weeks = item.weeks
            let text = try maker.calendar(for: routine(frequency: item.frequency))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if problem.contains("No module named") {
                throw XCTSkip("icalendar is not installed (make deps installs it: pip install icalendar)")
            }
            XCTAssertEqual(process.terminationStatus, 0, problem)
            let count = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            XCTAssertEqual(count, Int(Double(item.weeks) * item.perWeek), item.frequency)
            XCTAssertEqual(SessionPlan.parse(item.frequency)?.sessionsPerWeek, item.perWeek)
        }
    }
}
