import Routine

/// A step's own `rest:` is rest between sets and is printed only with them: a step of one set
/// with `rest: 2 min` ("Stairs, 3 times, rest 2 min") would lose its rest without a word.
enum RestWithoutSetsWarning {
    /// A warning at each step (or stage) that gives `rest` itself but has a single set.
    static func warnings(for routine: Routine) -> [Diagnostic] {
        routine.allSteps.enumerated().compactMap { index, step in
            guard step.explicitDoseKeys.contains("rest"), let rest = step.dose.rest, rest.seconds > 0,
                step.dose.sets == 1
            else { return nil }
            return Diagnostic(
                .warning,
                "step \(index + 1) \(step.name) rests between sets, but has one set: its rest is not printed; "
                    + "give it `sets:`, or put the rest in its instructions", at: step.location)
        }
    }
}
