import Routine

/// The dose line of a step, "Hold 30 s · 3 reps · each side", as separate parts.
struct DoseLine {
    let labels: SheetLabels

    /// The parts joined by a middle dot on the sheet.
    func parts(_ dose: Dose) -> [String] {
        var parts: [String] = []
        if let hold = dose.hold, hold.seconds > 0 { parts.append("\(labels.hold) \(labels.duration(hold.seconds))") }
        parts.append("\(dose.reps) \(dose.reps == 1 ? labels.rep : labels.reps)")
        if dose.sets > 1 { parts.append("\(dose.sets) \(labels.sets)") }
        if let rest = dose.rest, rest.seconds > 0, dose.sets > 1 {
            parts.append("\(labels.rest) \(labels.duration(rest.seconds))")
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
}
