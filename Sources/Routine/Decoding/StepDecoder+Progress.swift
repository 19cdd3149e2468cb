import Yams

extension NodeReader {
    /// The step key that lists a step's stages.
    static let progressStepKeys = ["progress"]

    /// The keys of one stage: its dose keys (a timed step's `duration` and `distance` too),
    /// `name` and `when`.
    static let stageKeys = ["name", "when"] + DoseFields.keys + timedKeys

    /// The most stages one step may have.
    static let maxStages = 20

    /// Reads `progress:` into `step`: a list of stages, each doing the step's dose with its own
    /// keys changed.
    mutating func progressFields(_ fields: [String: Field], into step: inout Step) {
        guard let field = fields["progress"], !isNull(field.value) else { return }
        guard
            let items = list(
                field.value, key: "progress",
                what: "a list of stages, each a mapping such as `- {reps: 10, when: when 10 feel easy}`")
        else { return }
        if items.isEmpty { report(Messages.emptyList("progress", in: "the step"), at: field.value) }
        if items.count > Self.maxStages {
            report(
                Messages.expected("progress", "at most \(Self.maxStages) stages", found: "\(items.count)"),
                at: field.value)
            return
        }
        step.progress = items.enumerated().compactMap { stage($0.element, number: $0.offset + 1, base: step.dose) }
    }

    /// One stage: its keys over the step's `base` dose.
    private mutating func stage(_ node: Node, number: Int, base: Dose) -> Stage? {
        guard
            let mapping = mapping(
                node, key: "each stage", what: "a mapping of dose keys with an optional `name:` and `when:`")
        else { return nil }
        let place = "stage \(number) of `progress`"
        let fields = fields(of: mapping, place: place, kind: "a stage", allowed: Self.stageKeys)
        let short = RoutineLimits.maxShortText
        var stage = Stage(dose: doseFields(fields).dose(over: base), location: location(of: node))
        stage.name = fields["name"].flatMap { text($0.value, key: "name", limit: short) }
        stage.when = fields["when"].flatMap { text($0.value, key: "when", limit: short) }
        return stage
    }
}

extension DoseFields {
    /// This dose with a whole dose filling what it does not give: a stage over its step's dose.
    /// A timed step's stage stays timed: "10 min", then the stage's own `duration: 15 min`.
    func dose(over base: Dose) -> Dose {
        var dose = Dose(
            hold: hold ?? base.hold, reps: reps ?? base.reps, sets: sets ?? base.sets, sides: sides ?? base.sides,
            rest: rest ?? base.rest)
        dose.duration = duration ?? base.duration
        dose.distance = distance ?? base.distance
        return dose
    }
}
