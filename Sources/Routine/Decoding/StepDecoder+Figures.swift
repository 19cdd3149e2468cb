import Yams

extension NodeReader {
    /// The step keys that refer to the exercise catalogue and its figures.
    static let figureStepKeys = ["exercise", "figure"]

    /// Reads `exercise:` and `figure:` into `step`; `defaults` tells which dose keys the routine gave.
    mutating func figureFields(_ fields: [String: Field], defaults: DoseFields, into step: inout Step) {
        if let field = fields["exercise"] {
            if let name = text(field.value, key: "exercise", limit: RoutineLimits.maxShortText) {
                var given = Set(fields.keys)
                if defaults.hold != nil { given.insert("hold") }
                if defaults.reps != nil { given.insert("reps") }
                if defaults.sets != nil { given.insert("sets") }
                if defaults.sides != nil { given.insert("sides") }
                if defaults.rest != nil { given.insert("rest") }
                step.exercise = ExerciseReference(name: name, location: location(of: field.value), givenKeys: given)
            } else if isNull(field.value) {
                report(
                    "exercise must be the name of a catalogue exercise such as knee-to-chest, found nothing",
                    at: field.value)
            }
        }
        if let field = fields["figure"], !isNull(field.value) {
            switch field.value {
            case .scalar:
                if let name = text(field.value, key: "figure", limit: RoutineLimits.maxShortText) {
                    step.figure = .named(name, at: location(of: field.value))
                }
            case .mapping:
                step.figure = .inline(SourceNode(yaml: field.value, file: source.fileName))
            default:
                report(
                    Messages.expected(
                        "figure", "a catalogue exercise's name or a pose (a mapping)", found: describe(field.value)),
                    at: field.value)
            }
        }
    }
}
