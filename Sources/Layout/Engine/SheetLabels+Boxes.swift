import Routine

extension SheetLabels {
    /// A step's boxes described once for a screen reader, in the sheet's words: the key, then
    /// how many reps and sets and which sides ("Tick a box each time you finish one rep.
    /// 3 reps · 2 sets · Left, Right").
    package func boxesDescription(_ dose: Dose) -> String {
        var parts = dose.isTimed ? timedParts(dose) : ["\(dose.reps) \(dose.reps == 1 ? rep : reps)"]
        if dose.sets > 1 { parts.append("\(dose.sets) \(sets)") }
        switch dose.sides {
        case .each: parts.append("\(left), \(right)")
        case .left: parts.append(left)
        case .right: parts.append(right)
        case .none: break
        }
        return key + " " + parts.joined(separator: " · ")
    }
}
