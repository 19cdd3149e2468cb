import Foundation

/// When a routine's sessions happen: which days, and at what times on those days.
package struct SessionPlan: Sendable, Equatable {
    /// Which days the sessions fall on.
    package enum Days: Sendable, Equatable {
        /// Every `interval` days (1: daily, 2: every other day).
        case everyDays(interval: Int)
        /// On these weekdays each week (1 = Monday ... 7 = Sunday), sorted.
        case weekdays([Int])
    }

    /// Which days.
    package var days: Days
    /// Times of day as minutes after midnight, sorted: one session at each.
    package var times: [Int]

    /// Creates a plan.
    package init(days: Days, times: [Int]) {
        self.days = days
        self.times = times
    }

    /// The frequency phrases understood, for error messages.
    package static let acceptedForms = [
        "Daily", "Once a day", "Twice a day", "Three times a day", "Every other day", "Once a week",
        "Twice a week", "Three times a week", "N times a day", "N times a week",
    ]

    /// Usual session times for N sessions a day: 8:00; 8:00 and 18:00; 8:00, 13:00 and 18:00; ...
    package static func usualTimes(count: Int) -> [Int] {
        switch count {
        case 1: [8 * 60]
        case 2: [8 * 60, 18 * 60]
        case 3: [8 * 60, 13 * 60, 18 * 60]
        default: (0..<count).map { 8 * 60 + $0 * (12 * 60 / max(1, count - 1)) }
        }
    }

    /// Weekdays spread over the week for N sessions a week (3 → Monday, Wednesday, Friday).
    package static func usualWeekdays(count: Int) -> [Int] {
        switch count {
        case 1: [1]
        case 2: [2, 5]
        case 3: [1, 3, 5]
        case 4: [1, 2, 4, 5]
        case 5: [1, 2, 3, 4, 5]
        case 6: [1, 2, 3, 4, 5, 6]
        default: [1, 2, 3, 4, 5, 6, 7]
        }
    }

    /// Reads a frequency phrase such as "Twice a day" or "Three times a week", or the same in
    /// Spanish, French, German, Portuguese, Chinese, Japanese, Arabic or Hebrew ("Dos veces al
    /// día", "每天两次"); `nil` when it is not one of the accepted forms. "Once or twice a day"
    /// takes the first number.
    package static func parse(_ phrase: String) -> SessionPlan? {
        parseEnglish(phrase) ?? FrequencyPhrases.english(phrase).flatMap(parseEnglish)
    }

    private static func parseEnglish(_ phrase: String) -> SessionPlan? {
        let words =
            phrase.lowercased().replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let text = words.joined(separator: " ")
        switch text {
        case "daily", "every day", "once daily", "each day":
            return SessionPlan(days: .everyDays(interval: 1), times: usualTimes(count: 1))
        case "twice daily": return SessionPlan(days: .everyDays(interval: 1), times: usualTimes(count: 2))
        case "every other day", "every second day", "on alternate days", "alternate days":
            return SessionPlan(days: .everyDays(interval: 2), times: usualTimes(count: 1))
        case "weekly", "every week": return SessionPlan(days: .weekdays([1]), times: usualTimes(count: 1))
        default: break
        }
        guard let first = words.first, let count = number(first), count >= 1, count <= 12 else { return nil }
        guard let period = words.last, ["day", "week", "daily", "weekly"].contains(period) else { return nil }
        // Between the number and the period only "times", "a", "per", "each", "or N" may stand.
        let middle = words.dropFirst().dropLast()
        var index = middle.startIndex
        while index < middle.endIndex {
            let word = middle[index]
            if word == "or", index + 1 < middle.endIndex, number(middle[index + 1]) != nil {
                index += 2
                continue
            }
            guard ["times", "time", "a", "per", "each", "an", "every"].contains(word) else { return nil }
            index += 1
        }
        if period == "day" || period == "daily" {
            return SessionPlan(days: .everyDays(interval: 1), times: usualTimes(count: count))
        }
        guard count <= 7 else { return nil }
        return SessionPlan(days: .weekdays(usualWeekdays(count: count)), times: usualTimes(count: 1))
    }

    private static func number(_ word: String) -> Int? {
        let words = [
            "once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "thrice": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8,
        ]
        return words[word] ?? Int(word)
    }

    /// Sessions in one week.
    package var sessionsPerWeek: Double {
        switch days {
        case .everyDays(let interval): 7 / Double(interval) * Double(times.count)
        case .weekdays(let list): Double(list.count * times.count)
        }
    }
}
