import Foundation
import Layout
import Routine

/// Why a calendar cannot be made.
package enum CalendarError: Error, Equatable, CustomStringConvertible {
    /// The routine has no `date:` and no start was given.
    case noStartDate
    /// The routine has no `frequency:` and no times were given.
    case noFrequency
    /// The frequency is not a phrase the calendar understands.
    case unknownFrequency(String)

    package var description: String {
        switch self {
        case .noStartDate:
            "the routine has no date: to start the calendar from; add date: YYYY-MM-DD or give --start YYYY-MM-DD"
        case .noFrequency:
            "the routine has no frequency:; add one (such as \"Twice a day\") or give --times HH:MM,..."
        case .unknownFrequency(let phrase):
            "cannot read the frequency \"\(phrase)\"; accepted forms: "
                + SessionPlan.acceptedForms.joined(separator: ", ") + "; or give --times HH:MM,... for daily sessions"
        }
    }
}

/// Writes a routine's sessions as an iCalendar file (RFC 5545): one recurring event per session
/// of the day, with a reminder and the steps and doses in the description.
///
/// The output depends only on the routine and the options: UIDs are derived from the routine's
/// title, date and the session, and DTSTAMP is the start date, so the same routine always gives
/// the same bytes.
package struct CalendarMaker: Sendable {
    /// How many weeks the recurrence runs (RRULE COUNT = weeks × sessions a week).
    package var weeks = 6
    /// The first day; the routine's `date:` when `nil`.
    package var start: CalendarDate?
    /// Times of day (minutes after midnight) overriding the frequency's usual times; with no
    /// readable frequency, daily sessions at these times.
    package var times: [Int]?
    /// Length of a session in minutes.
    package var minutes = 20
    /// Minutes before a session the reminder goes off.
    package var reminderMinutes = 10

    /// A maker with the defaults: six weeks, 20-minute sessions, a reminder 10 minutes before.
    package init() {}

    /// The plan of sessions for `routine`.
    package func plan(for routine: Routine) throws(CalendarError) -> SessionPlan {
        var plan: SessionPlan
        if let frequency = routine.frequency {
            if let parsed = SessionPlan.parse(frequency) {
                plan = parsed
            } else if times != nil {
                plan = SessionPlan(days: .everyDays(interval: 1), times: [])
            } else {
                throw .unknownFrequency(frequency)
            }
        } else if times != nil {
            plan = SessionPlan(days: .everyDays(interval: 1), times: [])
        } else {
            throw .noFrequency
        }
        if let times { plan.times = times.sorted() }
        return plan
    }

    /// The iCalendar text, with CRLF line ends.
    package func calendar(for routine: Routine) throws(CalendarError) -> String {
        let plan = try plan(for: routine)
        guard let first = start ?? routine.date else { throw .noStartDate }
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RepSheet//repsheet calendar//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let stamp = "\(CalendarMaker.dateText(first))T000000Z"
        let description = CalendarMaker.description(of: routine)
        var startDay = first
        var rule: String
        switch plan.days {
        case .everyDays(let interval):
            let count = (weeks * 7 + interval - 1) / interval
            rule = "FREQ=DAILY;" + (interval > 1 ? "INTERVAL=\(interval);" : "") + "COUNT=\(count)"
        case .weekdays(let days):
            // DTSTART is always an occurrence, so it moves to the first listed weekday.
            while !days.contains(CalendarMaker.weekday(of: startDay)) { startDay = CalendarMaker.next(startDay) }
            let names = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            rule =
                "FREQ=WEEKLY;BYDAY=" + days.map { names[$0 - 1] }.joined(separator: ",")
                + ";COUNT=\(weeks * days.count)"
        }
        for (index, time) in plan.times.enumerated() {
            let clock = String(format: "%02d%02d00", time / 60, time % 60)
            let summary =
                plan.times.count > 1 ? "\(routine.title) (\(index + 1) of \(plan.times.count))" : routine.title
            lines += [
                "BEGIN:VEVENT",
                "UID:\(CalendarMaker.uid(routine: routine, start: first, session: index))",
                "DTSTAMP:\(stamp)",
                "DTSTART:\(CalendarMaker.dateText(startDay))T\(clock)",
                "DURATION:PT\(minutes)M",
                "RRULE:\(rule)",
                "SUMMARY:\(ICalendarText.escaped(summary))",
                "DESCRIPTION:\(ICalendarText.escaped(description))",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:-PT\(reminderMinutes)M",
                "DESCRIPTION:\(ICalendarText.escaped(routine.title))",
                "END:VALARM",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.folded).joined()
    }

    /// The steps and their doses, one a line, in the routine's language and as its sheet prints
    /// them: "1. Bridge: Hold 5 s · 10 reps", "1. Puente: Mantener 5 s · 10 repeticiones".
    package static func description(of routine: Routine) -> String {
        let labels = SheetLabels.resolved(for: routine).labels
        var lines: [String] = []
        if let frequency = routine.frequency { lines.append(frequency) }
        for (index, step) in routine.allSteps.enumerated() {
            lines.append("\(index + 1). \(step.name): \(labels.doseText(step.dose))")
        }
        return lines.joined(separator: "\n")
    }

    static func dateText(_ date: CalendarDate) -> String {
        String(format: "%04d%02d%02d", date.year, date.month, date.day)
    }

    /// ISO weekday, 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(of date: CalendarDate) -> Int {
        ((date.daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1
    }

    static func next(_ date: CalendarDate) -> CalendarDate {
        if let day = CalendarDate(year: date.year, month: date.month, day: date.day + 1) { return day }
        if let day = CalendarDate(year: date.year, month: date.month + 1, day: 1) { return day }
        return CalendarDate(year: date.year + 1, month: 1, day: 1) ?? date
    }

    /// A stable UID: FNV-1a of the title, start and session number.
    static func uid(routine: Routine, start: CalendarDate, session: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(routine.title)\u{0}\(routine.client ?? "")\u{0}\(start)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(format: "%016llx", hash) + "-\(session + 1)@repsheet"
    }
}
