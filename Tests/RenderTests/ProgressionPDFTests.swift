import Foundation
import XCTest

/// A routine with three stages over six weeks, rendered with `repsheet render --week N`: each
/// week prints its stage's dose and the next one; the tracker gives a page a week with that
/// week's doses; `--calendar` writes the sessions beside the sheet.
final class ProgressionPDFTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    static let plan = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/bridging-plan.yaml").path

    /// The text of each page of `pdf`, whitespace normalised.
    func pages(_ pdf: String) throws -> [String] {
        let text = try Tool.run("pdftotext", [pdf, "-"]).stdout
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { Tool.normalized(String($0)) }
            .filter { !$0.isEmpty }
    }

    func render(_ arguments: [String], to name: String) throws -> String {
        let pdf = directory.appendingPathComponent(name).path
        let result = try Tool.run(Tool.repsheet, ["render", Self.plan, "-o", pdf] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return pdf
    }

    func testWeeksOneThreeAndSixPrintTheirStagesDoses() throws {
        let next1 = "Next: Full bridge · Hold 5 s · 10 reps — when 5 small bridges feel easy"
        let next3 = "Next: Bridge, two sets · Hold 5 s · 10 reps · 2 sets · rest 1 min — when 10 full bridges feel easy"
        // The Bridge's own dose, with its stage and Next lines taken out of the page's text:
        // words that must be there, and words that must not.
        let expected: [(week: Int, stage: String, next: String?, has: [String], lacks: [String])] = [
            (1, "Stage 1 of 3: Small bridge", next1, ["hold 3 s", "5 reps"], ["2 sets"]),
            (3, "Stage 2 of 3: Full bridge", next3, ["10 reps"], ["hold 3 s", "5 reps", "2 sets"]),
            (6, "Stage 3 of 3: Bridge, two sets", nil, ["2 sets", "rest 1 min"], ["hold 3 s", "5 reps", "Next:"]),
        ]
        for layout in ["classic", "cards", "compact", "large-print"] {
            for item in expected {
                let pdf = try render(
                    ["--week", String(item.week), "--layout", layout], to: "\(layout)-\(item.week).pdf")
                var text = try pages(pdf).joined(separator: " ")
                XCTAssertTrue(text.contains(item.stage), "\(layout) week \(item.week): \(text)")
                if let next = item.next {
                    XCTAssertTrue(text.contains(next), "\(layout) week \(item.week): \(text)")
                    text = text.replacingOccurrences(of: next, with: "")
                }
                text = text.replacingOccurrences(of: item.stage, with: "").lowercased()
                for word in item.has { XCTAssertTrue(text.contains(word), "\(layout) week \(item.week) lacks \(word)") }
                for word in item.lacks {
                    XCTAssertFalse(text.contains(word.lowercased()), "\(layout) week \(item.week) has \(word)")
                }
            }
        }
    }

    func testTheTrackerGivesAPageAWeekWithThatWeeksDoses() throws {
        let pdf = try render(["--layout", "tracker"], to: "tracker.pdf")
        let pages = try pages(pdf)
        XCTAssertEqual(pages.count, 6)
        let doses =
            ["Hold 3 s · 5 reps", "Hold 3 s · 5 reps", "Hold 5 s · 10 reps", "Hold 5 s · 10 reps"]
            + Array(repeating: "Hold 5 s · 10 reps · 2 sets · rest 1 min", count: 2)
        let firstDays = ["Dec 7", "Dec 14", "Dec 21", "Dec 28", "Jan 4", "Jan 11"]
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Week \(index + 1)"), page)
            XCTAssertTrue(page.contains("Bridge \(doses[index])"), "week \(index + 1): \(page)")
            XCTAssertTrue(page.contains("Stage \(index / 2 + 1) of 3"), page)
            XCTAssertTrue(page.contains(firstDays[index]), page)
            XCTAssertTrue(page.contains("Pain (0–10)"), page)
        }
        // No word sits on another: later weeks start under the running header.
        let words = PDFWord.parse(try Tool.run("pdftotext", ["-bbox", pdf, "-"]).stdout).words
        for (index, word) in words.enumerated() {
            for other in words[(index + 1)...] where word.overlaps(other) {
                XCTFail("page \(word.page): \(word.text) overlaps \(other.text)")
            }
        }
        // --week 3 starts the log at week 3.
        let later = try self.pages(try render(["--layout", "tracker", "--week", "3"], to: "tracker-3.pdf"))
        XCTAssertEqual(later.count, 4)
        XCTAssertTrue(later[0].contains("Week 3"))
    }

    func testCalendarIsWrittenBesideTheSheet() throws {
        let pdf = try render(["--calendar"], to: "plan.pdf")
        let ics = directory.appendingPathComponent("plan.ics").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf))
        let text = try String(contentsOfFile: ics, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("BEGIN:VCALENDAR"))
        // Once a day for the plan's six weeks.
        XCTAssertTrue(text.contains("COUNT=42"), text)
        let again = try render(["--calendar"], to: "again.pdf")
        XCTAssertEqual(
            try Data(contentsOf: URL(fileURLWithPath: ics)),
            try Data(contentsOf: URL(fileURLWithPath: (again as NSString).deletingPathExtension + ".ics")))
        // A routine the calendar cannot use (no date) stops before anything is written.
        let undated = directory.appendingPathComponent("undated.yaml").path
        try String(contentsOfFile: Self.plan, encoding: .utf8).replacingOccurrences(of: "date: 2026-12-07\n", with: "")
            .write(toFile: undated, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("undated.pdf").path
        let failed = try Tool.run(Tool.repsheet, ["render", undated, "-o", out, "--calendar"])
        XCTAssertEqual(failed.status, 65, failed.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        XCTAssertTrue(failed.stderr.contains("undated.yaml: error:"), failed.stderr)
        // The message names render's own option, not calendar's --start.
        XCTAssertTrue(failed.stderr.contains("give --date YYYY-MM-DD"), failed.stderr)
        XCTAssertFalse(failed.stderr.contains("--start"), failed.stderr)
        let dated = try Tool.run(Tool.repsheet, ["render", undated, "-o", out, "--calendar", "--date", "2026-12-07"])
        XCTAssertEqual(dated.status, 0, dated.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: (out as NSString).deletingPathExtension + ".ics"))
    }

    func testAStagesNameIsCheckedForCharactersNoFontHas() throws {
        let routine = directory.appendingPathComponent("clef.yaml").path
        try
            "title: T\nsteps:\n  - name: A\n    progress:\n      - reps: 2\n      - name: \"Stage \u{1D11E}\"\n        reps: 3\n"
            .write(toFile: routine, atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", routine, "-o", directory.appendingPathComponent("c.pdf").path])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(
            result.stderr.contains("clef.yaml:6:22: error: stage 2 of step 1 has the character U+1D11E"), result.stderr)
    }

    func testTheCalendarRunsForThePlansWeeks() throws {
        let routine = directory.appendingPathComponent("three-weeks.yaml").path
        try String(contentsOfFile: Self.plan, encoding: .utf8)
            .replacingOccurrences(of: "weeks: [1, 1, 2, 2, 3, 3]", with: "weeks: [1, 2, 3]")
            .write(toFile: routine, atomically: true, encoding: .utf8)
        let command = try Tool.run(Tool.repsheet, ["calendar", routine, "-o", "-"])
        XCTAssertEqual(command.status, 0, command.stderr)
        XCTAssertTrue(command.stdout.contains("RRULE:FREQ=DAILY;COUNT=21"), command.stdout)
        let chosen = try Tool.run(Tool.repsheet, ["calendar", routine, "-o", "-", "--weeks", "2"])
        XCTAssertTrue(chosen.stdout.contains("RRULE:FREQ=DAILY;COUNT=14"), chosen.stdout)
        let pdf = directory.appendingPathComponent("three.pdf").path
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["render", routine, "-o", pdf, "--calendar"]).status, 0)
        let ics = try String(contentsOfFile: directory.appendingPathComponent("three.ics").path, encoding: .utf8)
        XCTAssertTrue(ics.contains("RRULE:FREQ=DAILY;COUNT=21"), ics)
    }

    func testTheStageAndNextLinesSpeakTheSheetsLanguage() throws {
        let words: [(language: String, stage: String, next: String, week: String)] = [
            ("es", "Etapa 2 de 3: Full bridge", "Siguiente: Bridge, two sets", "Semana 3"),
            ("de", "Stufe 2 von 3: Full bridge", "Danach: Bridge, two sets", "Woche 3"),
            ("ar", "المرحلة", "التالي", "سبوع"),
        ]
        let marks = Set<Unicode.Scalar>([
            "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
        ])
        for item in words {
            let routine = directory.appendingPathComponent("plan-\(item.language).yaml").path
            try String(contentsOfFile: Self.plan, encoding: .utf8)
                .replacingOccurrences(
                    of: "title: Bridging Plan", with: "title: Bridging Plan\nlanguage: \(item.language)"
                )
                .write(toFile: routine, atomically: true, encoding: .utf8)
            for layout in ["classic", "cards", "compact", "tracker", "large-print"] {
                let pdf = directory.appendingPathComponent("plan-\(item.language)-\(layout).pdf").path
                let result = try Tool.run(
                    Tool.repsheet, ["render", routine, "-o", pdf, "--layout", layout, "--week", "3"])
                XCTAssertEqual(result.status, 0, result.stderr)
                let raw = try Tool.run("pdftotext", [pdf, "-"]).stdout
                let text = Tool.normalized(
                    String(String.UnicodeScalarView(raw.unicodeScalars.filter { !marks.contains($0) })))
                XCTAssertTrue(text.contains(item.stage), "\(item.language) \(layout): \(text)")
                XCTAssertTrue(text.contains(item.next), "\(item.language) \(layout): \(text)")
                XCTAssertTrue(text.contains(item.week), "\(item.language) \(layout): \(text)")
            }
        }
    }

    /// A sheet printed with `--week N` says which week it is, under the title: sheets for
    /// different weeks of one plan look alike otherwise. Without `--week`, no week is named.
    func testASheetForAChosenWeekNamesItUnderTheTitle() throws {
        for layout in ["classic", "cards", "compact", "large-print"] {
            let chosen = try pages(try render(["--week", "4", "--layout", layout], to: "\(layout)-w4.pdf"))
            XCTAssertTrue(
                chosen.first?.contains("Three stages over six weeks · Week 4") == true, "\(layout): \(chosen)")
            let plain = try pages(try render(["--layout", layout], to: "\(layout)-plain.pdf"))
            XCTAssertTrue(plain.first?.contains("Three stages over six weeks") == true, "\(layout): \(plain)")
            XCTAssertFalse(plain.joined().contains("Week 1"), "\(layout): \(plain)")
        }
    }

    /// A plan's log prints its weeks from the chosen one to its last: a longer `--track` is
    /// reported, not dropped without a word.
    func testALogLongerThanThePlansWeeksLeftIsReported() throws {
        let pdf = directory.appendingPathComponent("late.pdf").path
        let late = try Tool.run(
            Tool.repsheet, ["render", Self.plan, "-o", pdf, "--layout", "tracker", "--week", "6", "--track", "28"])
        XCTAssertEqual(late.status, 0, late.stderr)
        XCTAssertTrue(
            late.stderr.contains(
                "warning: the log is asked for 28 days, but the plan's log prints week 6, 7 days: a plan's log ends "
                    + "with its last week; choose an earlier --week, or add weeks to `weeks:`"), late.stderr)
        let early = try Tool.run(
            Tool.repsheet, ["render", Self.plan, "-o", pdf, "--layout", "tracker", "--week", "3", "--track", "28"])
        XCTAssertEqual(early.status, 0, early.stderr)
        XCTAssertFalse(early.stderr.contains("the log is asked for"), early.stderr)
    }
}
