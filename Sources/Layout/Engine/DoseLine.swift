import Routine

/// The dose line of a step, "Hold 30 s · 3 reps · each side", as separate parts.
///
/// For text that wraps inside a part (`lines`), a number is tied to its word with no-break
/// spaces ("3 reps", "30 s", "٣ تكرارات"), so a line never separates a number from its noun.
struct DoseLine {
    let labels: SheetLabels

    /// The no-break space that ties a number to its word.
    static let tie: Character = "\u{00A0}"

    /// The parts joined by a middle dot on the sheet.
    func parts(_ dose: Dose) -> [String] { parts(dose, tied: false) }

    /// The parts with each number tied to its word and each time span kept whole ("3 reps",
    /// "1 min 30 s" with no-break spaces), for text that wraps inside a part.
    func tiedParts(_ dose: Dose) -> [String] { parts(dose, tied: true).map(Self.tyingNumbers) }

    private func parts(_ dose: Dose, tied: Bool) -> [String] {
        func duration(_ seconds: Int) -> String {
            let text = labels.duration(seconds)
            return tied ? String(text.map { $0 == " " ? Self.tie : $0 }) : text
        }
        var parts: [String] = []
        if dose.isTimed {
            // "10 min", "1 km", "10 min · 2 times": no hold, no rep.
            parts += labels.timedParts(dose, duration: duration)
        } else {
            if let hold = dose.hold, hold.seconds > 0 { parts.append("\(labels.hold) \(duration(hold.seconds))") }
            parts.append("\(dose.reps) \(dose.reps == 1 ? labels.rep : labels.reps)")
        }
        if dose.sets > 1 { parts.append("\(dose.sets) \(labels.sets)") }
        if let rest = dose.rest, rest.seconds > 0, dose.sets > 1 {
            parts.append("\(labels.rest) \(duration(rest.seconds))")
        }
        switch dose.sides {
        case .none: break
        case .each: parts.append(labels.eachSide)
        case .left: parts.append(labels.leftSide)
        case .right: parts.append(labels.rightSide)
        }
        return parts
    }

    /// The whole line as plain text.
    func text(_ dose: Dose) -> String { parts(dose).joined(separator: " · ") }

    /// `text` with every space after a digit (in any script) made a no-break space: "3 reps".
    static func tyingNumbers(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character == " ", index > 0, characters[index - 1].isNumber {
                result.append(tie)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The parts set into lines at most `width` wide, joined by " · " within a line: a line never
    /// ends with the dot, since a new line starts a new part. A part wider than a line wraps by itself.
    func lines(_ dose: Dose, width: Length, font: FontSpec, measurer: any TextMeasurer) -> [String] {
        var lines: [String] = []
        var current = ""
        for part in tiedParts(dose) {
            let joined = current.isEmpty ? part : current + " · " + part
            if current.isEmpty || measurer.width(of: joined, font: font) <= width {
                current = joined
            } else {
                lines.append(current)
                current = part
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.flatMap {
            measurer.width(of: $0, font: font) <= width ? [$0] : measurer.lines(of: $0, font: font, maxWidth: width)
        }
    }
}
