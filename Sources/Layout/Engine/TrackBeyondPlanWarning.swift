import Routine

/// A plan's log prints its weeks from the chosen one to its last, whatever `track:` (or
/// `--track`) says: a log asked for more days than that would be cut short without a word
/// (`--week 7 --track 28` on a 7-week plan prints 7 days).
enum TrackBeyondPlanWarning {
    /// A warning when the log the routine asks for is longer than the plan's weeks left.
    static func warnings(for routine: Routine) -> [Diagnostic] {
        guard routine.hasProgression, let asked = routine.track?.days else { return [] }
        let (first, last) = (routine.logWeeks.lowerBound, routine.logWeeks.upperBound)
        let printed = TrackerComposer.week * routine.logWeeks.count
        guard asked > printed else { return [] }
        let weeks = first == last ? "week \(first)" : "weeks \(first) to \(last)"
        return [
            Diagnostic(
                .warning,
                "the log is asked for \(asked) days, but the plan's log prints \(weeks), \(printed) days: "
                    + "a plan's log ends with its last week; choose an earlier --week, or add weeks to `weeks:`",
                at: nil)
        ]
    }
}
