import ArgumentParser
import Foundation
import Reminders
import RepSheet

/// `--week N` and `--calendar` on `render`: which week of a plan to print, and the sessions as a
/// calendar file beside the sheet.
struct PlanOptions: ParsableArguments {
    @Option(help: "The week of the routine's plan to print: each step at that week's stage (1 by default).")
    var week: Int?

    @Flag(help: "Also write the routine's sessions as an iCalendar file beside the sheet: <name>.ics.")
    var calendar = false

    func validate() throws {
        if let week, !(1...520).contains(week) {
            throw ValidationError("--week must be 1...520, found \(week)")
        }
    }

    /// Refuses the options with `--clients`, which makes many sheets.
    func checkSingleSheet(clients: String?) throws {
        guard clients != nil else { return }
        if week != nil { throw ValidationError("--week is for one sheet; it cannot be used with --clients") }
        if calendar { throw ValidationError("--calendar is for one sheet; it cannot be used with --clients") }
    }

    /// `routine` at the chosen week (unchanged without `--week`).
    func applied(to routine: Routine) -> Routine {
        week.map { routine.forWeek($0) } ?? routine
    }

    /// The calendar file to write beside a sheet whose output is `base` (with or without its
    /// extension), and its bytes; `nil` without `--calendar`. A routine the calendar cannot
    /// use (no date, an unreadable frequency) stops the render before anything is written.
    func calendarFile(for routine: Routine, base: String) -> Result<(path: String, data: Data), CalendarError>? {
        guard calendar else { return nil }
        var maker = CalendarMaker()
        if routine.planWeeks > 0 { maker.weeks = routine.planWeeks }
        do {
            let text = try maker.calendar(for: routine)
            return .success((Self.calendarPath(base: base), Data(text.utf8)))
        } catch {
            return .failure(error)
        }
    }

    /// `error` in the words of `render`, which has `--date` where `calendar` has `--start`, and no
    /// `--times`.
    static func renderMessage(_ error: CalendarError) -> String {
        switch error {
        case .noStartDate:
            "the routine has no date: to start the calendar from; add date: YYYY-MM-DD to it or give --date YYYY-MM-DD"
        case .noFrequency:
            "the routine has no frequency: to plan the calendar's sessions; add one, such as \"Twice a day\" "
                + "(`repsheet calendar --times HH:MM,...` sets times instead)"
        case .unknownFrequency(let phrase):
            "cannot read the frequency \"\(phrase)\"; accepted forms: "
                + SessionPlan.acceptedForms.joined(separator: ", ")
                + " (`repsheet calendar --times HH:MM,...` sets times instead)"
        }
    }

    /// `plan.pdf`, `plan.png` or `plan` → `plan.ics`.
    static func calendarPath(base: String) -> String {
        let ext = (base as NSString).pathExtension.lowercased()
        let stem = ["pdf", "png", "svg"].contains(ext) ? (base as NSString).deletingPathExtension : base
        return stem + ".ics"
    }
}
