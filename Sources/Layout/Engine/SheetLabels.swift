import Foundation

/// The sheet's own words (Hold, reps, Left, Right, …) in one language.
///
/// `SheetLabels()` is English; `SheetLabels(language:)` picks a language's table, and
/// `applying(_:)` lets a routine's `labels:` map override single words.
public struct SheetLabels: Sendable, Hashable {
    public var hold = "Hold"
    public var rep = "rep"
    public var reps = "reps"
    public var set = "set"
    public var sets = "sets"
    public var rest = "rest"
    public var eachSide = "each side"
    public var leftSide = "left side"
    public var rightSide = "right side"
    public var left = "Left"
    public var right = "Right"
    public var name = "Name"
    public var date = "Date"
    public var notes = "Notes"
    public var howOften = "How often"
    public var key = "Tick a box each time you finish one rep."
    public var continued = "continued"
    /// "Page {n} of {total}".
    public var pageOf = "Page {n} of {total}"
    /// Monday to Sunday, abbreviated.
    public var weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    /// The caption beside a video's QR code.
    public var video = "Scan to watch the video"
    /// "{n} s": a number of seconds.
    public var seconds = "{n} s"
    /// "{n} min": a number of minutes.
    public var minutes = "{n} min"
    /// "{n} h": a number of hours.
    public var hours = "{n} h"
    /// "Set {n}": the label of one set's row of checkboxes.
    public var setNumber = "Set\u{00A0}{n}"
    /// The word that heads a caution block.
    public var caution = "Caution"
    /// The word before an alternative's name: "Instead: Seated rolldown".
    public var instead = "Instead"
    /// "Stage {n} of {total}": where a step is in its progression.
    public var stageOf = "Stage {n} of {total}"
    /// The word before a step's next stage: "Next: Bridge, two sets".
    public var next = "Next"
    /// "Week {n}": the week a sheet or a log page is for.
    public var weekNumber = "Week {n}"
    /// The heading of the traffic-light pain guide.
    public var painGuide = "Pain guide: 0 = no pain, 10 = worst pain"
    /// What to do at pain 0 to 3.
    public var painFine = "Fine. Keep going."
    /// What to do at pain 4 to 5.
    public var painEasier = "Go easier. Do fewer reps or a smaller move."
    /// What to do at pain 6 to 10.
    public var painStop = "Stop. Call your therapist."
    /// The log's pain row.
    public var painLog = "Pain (0–10)"
    /// The word after a number of times on a timed step: "10 min · 2 times".
    public var times = "times"

    /// English.
    public init() {}

    /// "Set 2": the label of a set's row of boxes, its number kept with its word.
    public func set(_ number: Int) -> String {
        setNumber.replacingOccurrences(of: "{n}", with: String(number))
    }

    /// "Page 2 of 3".
    public func page(_ number: Int, of total: Int) -> String {
        pageOf.replacingOccurrences(of: "{n}", with: String(number))
            .replacingOccurrences(of: "{total}", with: String(total))
    }

    /// A time span in this language's units: "1 min 30 s", "30 秒".
    public func duration(_ seconds: Int) -> String {
        let hours = seconds / 3600
        let minutes = (seconds % 3600) / 60
        let rest = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append(self.hours.replacingOccurrences(of: "{n}", with: String(hours))) }
        if minutes > 0 { parts.append(self.minutes.replacingOccurrences(of: "{n}", with: String(minutes))) }
        if rest > 0 || parts.isEmpty { parts.append(self.seconds.replacingOccurrences(of: "{n}", with: String(rest))) }
        return parts.joined(separator: " ")
    }

    /// The names a routine's `labels:` map may use, in the order documented.
    public static let names = [
        "hold", "rep", "reps", "set", "sets", "rest", "each-side", "left-side", "right-side", "left", "right",
        "name", "date", "notes", "how-often", "key", "continued", "page-of", "weekdays", "video", "seconds",
        "minutes", "hours", "set-number", "caution", "instead", "stage-of", "next", "week-number", "pain-guide",
        "pain-fine", "pain-easier", "pain-stop", "pain-log", "times",
    ]

    /// Built once: a batch looks labels up for every sheet.
    private static let paths: [String: WritableKeyPath<SheetLabels, String> & Sendable] = [
        "hold": \.hold, "rep": \.rep, "reps": \.reps, "set": \.set, "sets": \.sets, "rest": \.rest,
        "each-side": \.eachSide, "left-side": \.leftSide, "right-side": \.rightSide, "left": \.left,
        "right": \.right, "name": \.name, "date": \.date, "notes": \.notes, "how-often": \.howOften,
        "key": \.key, "continued": \.continued, "page-of": \.pageOf, "video": \.video,
        "seconds": \.seconds, "minutes": \.minutes, "hours": \.hours, "set-number": \.setNumber,
        "caution": \.caution, "instead": \.instead, "stage-of": \.stageOf, "next": \.next,
        "week-number": \.weekNumber, "pain-guide": \.painGuide, "pain-fine": \.painFine,
        "pain-easier": \.painEasier, "pain-stop": \.painStop, "pain-log": \.painLog, "times": \.times,
    ]

    /// The text of the label called `name` ("each-side"), `nil` for a name that does not exist.
    /// `weekdays` reads as the seven abbreviations separated by spaces.
    public func text(named name: String) -> String? {
        if name == "weekdays" { return weekdays.joined(separator: " ") }
        return Self.paths[name].map { self[keyPath: $0] }
    }

    /// These labels with a routine's overrides applied.
    /// - Parameter overrides: label name → text; `weekdays` takes seven words separated by spaces.
    /// - Returns: the labels, and the names that are not labels (for a warning).
    public func applying(_ overrides: [String: String]) -> (labels: SheetLabels, unknown: [String]) {
        var labels = self
        var unknown: [String] = []
        for (name, text) in overrides.sorted(by: { $0.key < $1.key }) {
            if name == "weekdays" {
                let days = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                if days.count == 7 { labels.weekdays = days } else { unknown.append(name) }
            } else if let path = Self.paths[name] {
                labels[keyPath: path] = text
            } else {
                unknown.append(name)
            }
        }
        return (labels, unknown)
    }
}
