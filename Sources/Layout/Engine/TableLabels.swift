import Routine

/// The tracker's and compact table's own words, and day headings from a start date; the
/// translations are in `TableLabels+Languages.swift`.
struct TableLabels {
    var weeklyLog = "Weekly log"
    var weekOf = "Week of"
    /// The heading of a log that is not one week: "Log for 14 days", by plural form.
    var daysLog = PluralWords(one: "Log for 1 day", other: "Log for {n} days")
    /// The field for the first day of a log that is not one week.
    var startDate = "Start date"
    /// The label of one week's table in a log of several weeks.
    var week = "Week {n}"
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

    /// "Weekly log" for seven days, else "Log for 14 days" in this language.
    func logHeading(days: Int) -> String {
        days == 7 ? weeklyLog : daysLog.text(days)
    }

    /// "Week of" for seven days, else "Start date".
    func startField(days: Int) -> String { days == 7 ? weekOf : startDate }

    /// "Week 2".
    func weekLabel(_ number: Int) -> String { week.filling("{n}", with: String(number)) }

    /// The heading of day `index` (0-based): weekday and "Dec 1" from `start`, or "Day N" with no date line.
    func dayHeading(_ index: Int, start: CalendarDate?) -> (top: String, bottom: String?) {
        guard let start else {
            return (day.filling("{n}", with: String(index + 1)), nil)
        }
        let days = start.daysSinceEpoch + index
        let weekday = ((days % 7) + 7 + 4) % 7
        let (_, month, dayOfMonth) = Self.civil(days)
        let line = dateFormat.filling("{month}", with: months[month - 1])
            .filling("{day}", with: String(dayOfMonth))
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

/// A phrase with a number in each plural form a language needs (Arabic uses all five; English
/// only `one` and `other`); `{n}` is replaced by the number.
struct PluralWords {
    var one: String? = nil
    var two: String? = nil
    /// Arabic 3–10.
    var few: String? = nil
    /// Arabic 11–99.
    var many: String? = nil
    var other: String
    /// French counts 0 as singular too.
    var zeroIsOne = false

    /// The phrase for `count`, falling back to `other` for a form the language does not have.
    func text(_ count: Int) -> String {
        let form: String?
        switch count {
        case 0 where zeroIsOne, 1: form = one
        case 2: form = two
        case 3...10: form = few
        case 11...99: form = many
        default: form = nil
        }
        return (form ?? other).filling("{n}", with: String(count))
    }
}
