import Routine

extension SheetLabels {
    /// "times" in each language: "10 min · 2 times".
    static let timesWords: [String: String] = [
        "es": "veces", "fr": "fois", "de": "Mal", "pt": "vezes", "zh": "次", "zh-Hant": "次", "ja": "回",
        "ar": "مرات",
        "he": "פעמים",
    ]

    /// The distance unit `steps` in each language: "20 pasos". The other units (m, km, mi, yd,
    /// ft) are symbols written alike in every language.
    static let stepsUnitWords: [String: String] = [
        "es": "pasos", "fr": "pas", "de": "Schritte", "pt": "passos", "zh": "步", "zh-Hant": "步", "ja": "歩",
        "ar": "خطوة",
        "he": "צעדים",
    ]

    /// A distance in this language: "20 pasos", "1.5 km".
    package func distance(_ distance: Distance) -> String {
        guard distance.unit == "steps" else { return distance.description }
        let number = distance.description.dropLast(distance.unit.count + 1)
        return "\(number) \(stepsUnit)"
    }

    /// The key of a sheet whose steps are all timed or distance steps, which have no reps: a box
    /// for each time the step is done.
    static let timedKeys: [String: String] = [
        "en": "Tick a box each time you finish.", "es": "Marque una casilla cada vez que termine.",
        "fr": "Cochez une case chaque fois que vous avez terminé.",
        "de": "Kreuzen Sie jedes Mal, wenn Sie fertig sind, ein Kästchen an.",
        "pt": "Marque uma caixa cada vez que terminar.", "zh": "每做完一次，勾选一个方框。",
        "zh-Hant": "每做完一次，勾選一個方框。",
        "ja": "終えるごとに、ボックスに1つチェックを入れます。", "ar": "ضع علامة في مربع كلما انتهيت.",
        "he": "סמנו תיבה בכל פעם שמסיימים.",
    ]

    /// The dose of a timed or distance step: the time, the distance, and "2 times" when it is
    /// done more than once.
    /// - Parameter duration: writes a number of seconds (tied or not); the language's units by default.
    package func timedParts(_ dose: Dose, duration: ((Int) -> String)? = nil) -> [String] {
        var parts: [String] = []
        if let span = dose.duration { parts.append(duration?(span.seconds) ?? self.duration(span.seconds)) }
        if let distance = dose.distance { parts.append(self.distance(distance)) }
        if dose.reps > 1 { parts.append("\(dose.reps) \(times)") }
        return parts
    }
}
