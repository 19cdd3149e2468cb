/// Week-by-week plans: which stage of each step a week uses (`weeks:` and `progress:`).
extension Routine {
    /// Whether any step has stages (`progress:`).
    public var hasProgression: Bool { allSteps.contains { !$0.progress.isEmpty } }

    /// The weeks of the plan: as many as `weeks:` lists, else one a stage of the step with the
    /// most stages; 0 without stages.
    public var planWeeks: Int {
        guard hasProgression else { return 0 }
        return weeks.isEmpty ? allSteps.map(\.progress.count).max() ?? 0 : weeks.count
    }

    /// The stage (1-based) week `week` uses: its entry in `weeks:` (the last one for later weeks),
    /// else the week's own number.
    public func stageNumber(week: Int) -> Int {
        let week = max(week, 1)
        guard !weeks.isEmpty else { return week }
        return weeks[min(week, weeks.count) - 1]
    }

    /// The routine as printed for week `week` (from 1): each step with stages does its stage's
    /// dose and knows which stage it is at. A week past the plan's end is its last week.
    public func forWeek(_ week: Int) -> Routine {
        guard hasProgression else { return self }
        var routine = self
        let week = min(max(week, 1), max(planWeeks, 1))
        routine.week = week
        let number = stageNumber(week: week)
        for section in routine.sections.indices {
            for index in routine.sections[section].steps.indices {
                routine.sections[section].steps[index] = routine.sections[section].steps[index].atStage(number)
            }
        }
        return routine
    }

    /// The routine for its chosen week, or at week 1's stages when it has stages and no week was
    /// chosen (its `week` stays `nil`: the sheet names a week only when one was asked for).
    public var staged: Routine {
        guard week == nil && hasProgression else { return self }
        var routine = forWeek(1)
        routine.week = nil
        return routine
    }
}

extension Step {
    /// The step at stage `number` (from 1; past the last stage, the last): that stage's dose.
    public func atStage(_ number: Int) -> Step {
        guard !progress.isEmpty else { return self }
        var step = self
        let index = min(max(number, 1), progress.count) - 1
        step.stage = index
        step.dose = progress[index].dose
        step.alternativeFollowsDose()
        return step
    }

    /// The stage the step is at, once a week is chosen.
    public var currentStage: Stage? { stage.flatMap { progress.indices.contains($0) ? progress[$0] : nil } }

    /// The stage after the current one; `nil` at the last.
    public var nextStage: Stage? {
        stage.flatMap { progress.indices.contains($0 + 1) ? progress[$0 + 1] : nil }
    }
}
