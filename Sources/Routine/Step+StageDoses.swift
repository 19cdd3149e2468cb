extension Step {
    /// After the step's dose changed from `old` (a client's defaults or changes), each value a
    /// stage of its progression took from the step takes the step's new value, so the sheet of
    /// any week shows the client's dose; a value a stage gave otherwise stays. A stage holds its
    /// dose filled in from the step's when the routine is read, so a value it shares with the
    /// step's old one is taken as the step's.
    package mutating func stagesFollowDose(from old: Dose) {
        guard !progress.isEmpty, old != dose else { return }
        for index in progress.indices {
            progress[index].dose.follow(from: old, to: dose)
        }
    }
}

extension Dose {
    /// Each value equal to `old`'s replaced by `new`'s.
    mutating func follow(from old: Dose, to new: Dose) {
        if hold == old.hold { hold = new.hold }
        if reps == old.reps { reps = new.reps }
        if sets == old.sets { sets = new.sets }
        if sides == old.sides { sides = new.sides }
        if rest == old.rest { rest = new.rest }
        if duration == old.duration { duration = new.duration }
        if distance == old.distance { distance = new.distance }
    }
}
