import Yams

extension NodeReader {
    /// The step keys that say what to do instead of a step and what to watch out for.
    static let alternativeStepKeys = ["alternative", "caution"]

    /// The keys an alternative written as a mapping takes: a step's, less `alternative`, plus `reason`.
    static var alternativeKeys: [String] {
        stepKeys.filter { $0 != "alternative" && !progressStepKeys.contains($0) } + ["reason"]
    }

    /// Reads `alternative:` and `caution:` into `step`, after the step's own dose.
    mutating func alternativeFields(
        _ fields: [String: Field], defaults: DoseFields, baseDirectory: String, into step: inout Step
    ) {
        if let field = fields["caution"] {
            step.caution = text(field.value, key: "caution", limit: RoutineLimits.maxLongText)
        }
        if let field = fields["alternative"], !isNull(field.value) {
            step.alternative = alternative(field.value, defaults: defaults, baseDirectory: baseDirectory)
            // A written-out alternative that gives no dose is done as much as the step it replaces:
            // "Instead: Sit to stand with hands on the armrests" under a step of 10 reps is 10 reps
            // too, not the one rep a dose of nothing would print.
            let ownDose = ["exercise"] + DoseFields.keys + Self.timedKeys
            if case .mapping(let mapping) = field.value,
                !mapping.contains(where: { ownDose.contains($0.key.string ?? "") })
            {
                step.alternative?.takesStepDose = true
                step.alternativeFollowsDose()
            }
        }
    }

    /// `alternative:`: a catalogue exercise's name, or a step (a mapping) with an optional `reason:`.
    mutating func alternative(_ node: Node, defaults: DoseFields, baseDirectory: String) -> Alternative? {
        let location = location(of: node)
        switch node {
        case .scalar:
            guard let name = text(node, key: "alternative", limit: RoutineLimits.maxShortText) else { return nil }
            // The catalogue's own dose: only what it lacks comes from the routine's defaults.
            var step = Step(name: "", location: location)
            step.dose = DoseFields().dose(inheriting: defaults)
            step.exercise = ExerciseReference(name: name, location: location, givenKeys: [])
            return Alternative(step: step, location: location)
        case .mapping(let mapping):
            var reason: String?
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                switch key.string {
                case "reason":
                    reason = text(value, key: "reason", limit: RoutineLimits.maxShortText)
                case "alternative":
                    report(Messages.nestedAlternative, at: key)
                case let name? where !Self.alternativeKeys.contains(name):
                    // Reported here, where `reason` is among the keys to suggest.
                    let hints = KeySuggestion.closest(to: name, among: Self.alternativeKeys).map {
                        [Messages.didYouMean($0)]
                    }
                    report(
                        Messages.unknownKey(
                            name, in: "the alternative", allowed: hints == nil ? Self.alternativeKeys : [],
                            kind: "an alternative"),
                        at: key, hints: hints ?? [])
                default:
                    pairs.append((key, value))
                }
            }
            if !pairs.contains(where: { $0.0.string == "name" || $0.0.string == "exercise" }) {
                report(Messages.alternativeWithoutName, at: node)
                return nil
            }
            let body = Node.mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
            // A catalogue exercise brings its own dose: the routine's defaults are for its steps.
            let names = pairs.contains { $0.0.string == "exercise" }
            guard var step = self.step(body, defaults: names ? DoseFields() : defaults, baseDirectory: baseDirectory)
            else { return nil }
            step.location = location
            return Alternative(step: step, reason: reason, location: location)
        default:
            report(
                Messages.expected(
                    "alternative", "a catalogue exercise's name or a step (a mapping with `name:` or `exercise:`)",
                    found: describe(node)),
                at: node)
            return nil
        }
    }
}
