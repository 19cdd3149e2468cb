import Routine

/// The tracker's and compact table's own words, and day headings from a start date; the
/// translations are in `TableLabels+Languages.swift`.
struct TableLabels {
    var weeklyLog = "Weekly log"
    var weekOf = "Week of"
    var day = "Day {n}"
    var trackerKey = "Tick a box when you have finished all the reps for that day."
    var notesPrompt = "How did it feel? Any pain?"
    var step = "Step"
    var dose = "Dose"
    var done = "Done"
    var weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// A date line under a weekday: `{month}` and `{day}` filled in.
    var dateFormat = "{month} {day}"

    /// The heading of day `index` (0-based): weekday and "Dec 1" from `start`, or "Day N" with no date line.
    func dayHeading(_ index: Int, start: CalendarDate?) -> (top: String, bottom: String?) {
        guard let start else {
            return (day.replacingOccurrences(of: "{n}", with: String(index + 1)), nil)
        }
        let days = start.daysSinceEpoch + index
        let weekday = ((days % 7) + 7 + 4) % 7
        let (_, month, dayOfMonth) = Self.civil(days)
        let line = dateFormat.replacingOccurrences(of: "{month}", with: months[month - 1])
            .replacingOccurrences(of: "{day}", with: String(dayOfMonth))
        return (weekdays[weekday], line)
    }

    /// Year, month and day of a count of days since 1970-01-01 (Hinnant's algorithm).
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
