import Foundation

/// The sheet's own words (Hold, reps, Left, Right, …) in one language.
///
/// `SheetLabels()` is English; `SheetLabels(language:)` picks a language's table, and
/// `applying(_:)` lets a routine's `labels:` map override single words.
package struct SheetLabels: Sendable, Hashable {
    package var hold = "Hold"
    package var rep = "rep"
    package var reps = "reps"
    package var set = "set"
    package var sets = "sets"
    package var rest = "rest"
    package var eachSide = "each side"
    package var leftSide = "left side"
    package var rightSide = "right side"
    package var left = "Left"
    package var right = "Right"
    package var name = "Name"
    package var date = "Date"
    package var notes = "Notes"
    package var howOften = "How often"
    package var key = "Tick a box each time you finish one rep."
    package var continued = "continued"
    /// "Page {n} of {total}".
    package var pageOf = "Page {n} of {total}"
    /// Monday to Sunday, abbreviated.
    package var weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    /// The caption beside a video's QR code.
    package var video = "Scan to watch the video"
    /// "{n} s": a number of seconds.
    package var seconds = "{n} s"
    /// "{n} min": a number of minutes.
    package var minutes = "{n} min"
    /// "{n} h": a number of hours.
    package var hours = "{n} h"
    /// "Set {n}": the label of one set's row of checkboxes.
    package var setNumber = "Set\u{00A0}{n}"
    /// The word that heads a caution block.
    package var caution = "Caution"
    /// The word before an alternative's name: "Instead: Seated rolldown".
    package var instead = "Instead"
    /// "Stage {n} of {total}": where a step is in its progression.
    package var stageOf = "Stage {n} of {total}"
    /// The word before a step's next stage: "Next: Bridge, two sets".
    package var next = "Next"
    /// "Week {n}": the week a sheet or a log page is for.
    package var weekNumber = "Week {n}"
    /// The heading of the traffic-light pain guide.
    package var painGuide = "Pain guide: 0 = no pain, 10 = worst pain"
    /// What to do at pain 0 to 3.
    package var painFine = "Fine. Keep going."
    /// What to do at pain 4 to 5.
    package var painEasier = "Go easier. Do fewer reps or a smaller move."
    /// What to do at pain 6 to 10.
    package var painStop = "Stop. Call your therapist."
    /// The log's pain row.
    package var painLog = "Pain (0–10)"
    /// The word after a number of times on a timed step: "10 min · 2 times".
    package var times = "times"
    /// The distance unit `steps` in this language: "20 steps", "20 pasos".
    package var stepsUnit = "steps"

    /// English.
    package init() {}

    /// "Set 2": the label of a set's row of boxes, its number kept with its word.
    package func set(_ number: Int) -> String {
        setNumber.filling("{n}", with: String(number))
    }

    /// "Page 2 of 3".
    package func page(_ number: Int, of total: Int) -> String {
        pageOf.filling("{n}", with: String(number))
            .filling("{total}", with: String(total))
    }

    /// A time span in this language's units: "1 min 30 s", "30 秒".
    package func duration(_ seconds: Int) -> String {
        let hours = seconds / 3600
        let minutes = (seconds % 3600) / 60
        let rest = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append(self.hours.filling("{n}", with: String(hours))) }
        if minutes > 0 { parts.append(self.minutes.filling("{n}", with: String(minutes))) }
        if rest > 0 || parts.isEmpty { parts.append(self.seconds.filling("{n}", with: String(rest))) }
        return parts.joined(separator: " ")
    }

    /// The names a routine's `labels:` map may use, in the order documented.
    package static let names = [
        "hold", "rep", "reps", "set", "sets", "rest", "each-side", "left-side", "right-side", "left", "right",
        "name", "date", "notes", "how-often", "key", "continued", "page-of", "weekdays", "video", "seconds",
        "minutes", "hours", "set-number", "caution", "instead", "stage-of", "next", "week-number", "pain-guide",
        "pain-fine", "pain-easier", "pain-stop", "pain-log", "times",
    ]

    /// The names of the tracker's and compact table's words (`TableLabels`), which a routine's
    /// `labels:` may give too, so that a sheet in a language RepSheet has no table for can be
    /// written wholly in it.
    package static let tableNames = [
        "weekly-log", "log-days", "week-of", "start-date", "day-number", "log-key", "log-notes", "step-column",
        "dose-column", "done-column",
    ]

    /// Every name a routine's `labels:` may use: the sheet's words, then the table's.
    package static let allNames = names + tableNames

    /// The routine's overrides of the table words, by name in `tableNames`, checked.
    package var tableWords: [String: String] = [:]

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
    package func text(named name: String) -> String? {
        if name == "weekdays" { return weekdays.joined(separator: " ") }
        return Self.paths[name].map { self[keyPath: $0] }
    }

    /// These labels with a routine's overrides applied.
    /// - Parameter overrides: label name → text; `weekdays` takes seven words separated by spaces.
    /// - Returns: the labels, the names that are not labels, and the overrides whose placeholders
    ///   the label cannot fill in (each for a warning; those labels keep their words).
    package func applying(_ overrides: [String: String])
        -> (labels: SheetLabels, unknown: [String], refused: [LabelProblem])
    {
        var labels = self
        var unknown: [String] = []
        var refused: [LabelProblem] = []
        for (name, text) in overrides.sorted(by: { $0.key < $1.key }) {
            if name == "weekdays" {
                let days = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                if days.count == 7 { labels.weekdays = days } else { unknown.append(name) }
            } else if let path = Self.paths[name] {
                switch Self.checkedOverride(text, for: name) {
                case .success(let checked): labels[keyPath: path] = checked
                case .failure(let problem): refused.append(problem)
                }
            } else if Self.tableNames.contains(name) {
                switch Self.checkedOverride(text, for: name) {
                case .success(let checked): labels.tableWords[name] = checked
                case .failure(let problem): refused.append(problem)
                }
            } else {
                unknown.append(name)
            }
        }
        return (labels, unknown, refused)
    }
}
