import Yams

/// The dose keys a step or `defaults` gave, each `nil` when not given (or wrong, and reported).
struct DoseFields {
    /// The outer optional is whether `hold` was given; the inner is `nil` for a hold of 0.
    var hold: TimeSpan??
    var reps: Int?
    var sets: Int?
    var sides: Sides?
    var rest: TimeSpan??
    /// `duration` and `distance`: a timed or distance step (never inherited from `defaults`).
    var duration: TimeSpan?
    var distance: Distance?

    /// The dose keys.
    static let keys = ["hold", "reps", "sets", "sides", "rest"]

    /// This dose with `defaults` filling what it does not give, and built-in defaults after that.
    func dose(inheriting defaults: DoseFields) -> Dose {
        let timed = duration != nil || distance != nil
        let inherited = timed ? defaults.removing(Dose.keysTimedStepsDoNotInherit) : defaults
        var dose = Dose(
            // A timed or distance step has no hold, and one time unless it says how many.
            hold: timed ? nil : (hold ?? inherited.hold) ?? nil,
            reps: reps ?? inherited.reps ?? 1,
            sets: sets ?? inherited.sets ?? 1,
            sides: sides ?? inherited.sides ?? .none,
            rest: (rest ?? inherited.rest) ?? nil)
        dose.duration = duration
        dose.distance = distance
        return dose
    }

    /// These fields without the dose keys in `keys`, as if they were not given.
    func removing(_ keys: Set<String>) -> DoseFields {
        var fields = self
        if keys.contains("hold") { fields.hold = nil }
        if keys.contains("reps") { fields.reps = nil }
        if keys.contains("sets") { fields.sets = nil }
        if keys.contains("sides") { fields.sides = nil }
        if keys.contains("rest") { fields.rest = nil }
        return fields
    }
}

extension NodeReader {
    /// The keys a step takes.
    static let stepKeys =
        ["name", "instructions"] + DoseFields.keys + timedKeys + ["image", "image_alt", "video", "notes"]
        + figureStepKeys + alternativeStepKeys + progressStepKeys

    /// Reads the dose keys among `fields`.
    mutating func doseFields(_ fields: [String: Field]) -> DoseFields {
        var dose = DoseFields()
        if let field = fields["hold"], !isNull(field.value) {
            dose.hold = duration(field.value, key: "hold")
        }
        if let field = fields["reps"], !isNull(field.value) {
            dose.reps = wholeNumber(field.value, key: "reps", range: 1...50)
        }
        if let field = fields["sets"], !isNull(field.value) {
            dose.sets = wholeNumber(field.value, key: "sets", range: 1...10)
        }
        if let field = fields["sides"], !isNull(field.value) { dose.sides = sides(field.value) }
        if let field = fields["rest"], !isNull(field.value) {
            dose.rest = duration(field.value, key: "rest")
        }
        timedFields(fields, into: &dose)
        return dose
    }

    /// Reads `defaults`: the dose keys every step inherits.
    mutating func defaults(_ node: Node) -> DoseFields {
        guard !isNull(node),
            let mapping = mapping(
                node, key: "defaults", what: "a mapping of hold, reps, sets, sides and rest")
        else { return DoseFields() }
        var elsewhere: [String: String] = [:]
        for key in Self.stepKeys where !DoseFields.keys.contains(key) {
            elsewhere[key] = Messages.notADefault(key)
        }
        let fields = fields(
            of: mapping, place: "`defaults`", kind: "`defaults`", allowed: DoseFields.keys,
            elsewhere: elsewhere)
        return doseFields(fields)
    }

    /// Reads a list of steps; `place` names its owner for messages.
    mutating func steps(_ node: Node, place: String, defaults: DoseFields, baseDirectory: String)
        -> [Step]
    {
        guard
            let items = list(node, key: "steps", what: "a list of steps, each starting with `- name:`")
        else { return [] }
        if items.isEmpty { report(Messages.emptyList("steps", in: place), at: node) }
        return items.compactMap { step($0, defaults: defaults, baseDirectory: baseDirectory) }
    }

    /// Reads one step; `nil` when it has no usable name (reported).
    mutating func step(_ node: Node, defaults: DoseFields, baseDirectory: String) -> Step? {
        guard let mapping = mapping(node, key: "a step", what: "a mapping with at least `name:`") else {
            return nil
        }
        let place = Messages.place(
            "step", named: mapping.first { $0.key.string == "name" }?.value.string)
        let fields = fields(of: mapping, place: place, kind: "a step", allowed: Self.stepKeys)
        var step = Step(name: "", location: location(of: node))
        var valid = true
        if let field = fields["name"] {
            let name = requiredText(
                field.value, key: "name", what: "the exercise's name", limit: RoutineLimits.maxShortText)
            step.name = name ?? ""
            valid = name != nil
        } else if fields["exercise"] == nil {
            report(Messages.missing("name", in: place), at: node)
            valid = false
        }
        if let field = fields["instructions"] { step.instructions = instructions(field.value) }
        step.dose = doseFields(fields).dose(inheriting: defaults)
        step.explicitDoseKeys = Set(DoseFields.keys.filter { key in fields[key].map { !isNull($0.value) } ?? false })
        if let field = fields["image"] {
            step.image = image(field.value, baseDirectory: baseDirectory)
            step.imageLocation = location(of: field.value)
        }
        if let field = fields["image_alt"] { step.imageAlt = text(field.value, key: "image_alt", limit: 1_000) }
        if let field = fields["video"] { step.video = video(field.value) }
        if let field = fields["notes"] {
            step.notes = text(field.value, key: "notes", limit: RoutineLimits.maxLongText)
        }
        progressFields(fields, into: &step)
        figureFields(fields, defaults: defaults, into: &step)
        alternativeFields(fields, defaults: defaults, baseDirectory: baseDirectory, into: &step)
        return valid ? step : nil
    }

    /// A paragraph, or a list of numbered sub-steps.
    mutating func instructions(_ node: Node) -> Instructions? {
        switch node {
        case .sequence(let sequence):
            var lines: [String] = []
            for item in sequence {
                if case .scalar = item {
                    if let line = text(item, key: "each instruction", limit: RoutineLimits.maxLongText) {
                        lines.append(line)
                    }
                } else {
                    report(Messages.expected("each instruction", "text", found: describe(item)), at: item)
                }
            }
            return lines.isEmpty ? nil : .numbered(lines)
        case .mapping:
            report(
                Messages.expected("instructions", "text or a list of text", found: describe(node)), at: node
            )
            return nil
        default:
            return text(node, key: "instructions", limit: RoutineLimits.maxLongText).map(
                Instructions.paragraph)
        }
    }
}
