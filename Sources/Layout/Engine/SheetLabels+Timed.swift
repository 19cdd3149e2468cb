import Routine

extension Dose {
    /// A step with a `duration` or a `distance`: its dose reads "10 min", not "Hold … · 1 rep".
    package var isTimed: Bool { duration != nil || distance != nil }
}

extension SheetLabels {
    /// "times" in each language: "10 min · 2 times".
    static let timesWords: [String: String] = [
        "es": "veces", "fr": "fois", "de": "Mal", "pt": "vezes", "zh": "次", "ja": "回", "ar": "مرات",
        "he": "פעמים",
    ]

    /// The dose of a timed or distance step: the time, the distance, and "2 times" when it is
    /// done more than once.
    /// - Parameter duration: writes a number of seconds (tied or not); the language's units by default.
    func timedParts(_ dose: Dose, duration: ((Int) -> String)? = nil) -> [String] {
        var parts: [String] = []
        if let span = dose.duration { parts.append(duration?(span.seconds) ?? self.duration(span.seconds)) }
        if let distance = dose.distance { parts.append(distance.description) }
        if dose.reps > 1 { parts.append("\(dose.reps) \(times)") }
        return parts
    }
}
