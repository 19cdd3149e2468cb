import Foundation
import Routine

/// Reads one catalogue file (`Exercises/NAME.yaml`) into an `Exercise`, with a diagnostic per problem.
struct ExerciseReader {
    static let keys = ["name", "aliases", "region", "position", "instructions", "dose", "figure"]
    static let doseKeys = ["hold", "reps", "sets", "sides", "rest"]

    var figures = FigureReader()

    /// Every problem found.
    var diagnostics: [Diagnostic] { figures.diagnostics }

    /// Reads `node`, the whole file; `id` is the file name without extension.
    mutating func exercise(_ node: SourceNode, id: String, source: String) -> Exercise? {
        let before = diagnostics.count
        guard case .mapping(let pairs) = node.value else {
            figures.expected("an exercise file", "a mapping with `name:`, `region:`, `figure:` …", at: node)
            return nil
        }
        let fields = figures.fields(pairs, place: "an exercise", allowed: Self.keys)
        func required(_ key: String) -> SourceNode? {
            if let value = fields[key] { return value }
            figures.report(FigureMessages.missing(key, in: "an exercise"), at: node)
            return nil
        }
        let name = required("name").flatMap { text($0, key: "name") }
        let region = required("region").flatMap { figures.choice($0, key: "region", Exercise.Region.self) }
        let position = required("position").flatMap { figures.choice($0, key: "position", Exercise.Position.self) }
        let instructions = required("instructions").flatMap { text($0, key: "instructions") }
        let figure = required("figure").flatMap { figures.figure($0) }
        var aliases: [String] = []
        if let node = fields["aliases"] {
            if case .list(let items) = node.value {
                aliases = items.compactMap { text($0, key: "each alias") }
            } else {
                figures.expected("aliases", "a list of names", at: node)
            }
        }
        guard let name, let region, let position, let instructions, let figure, diagnostics.count == before else {
            return nil
        }
        var exercise = Exercise(
            id: id, name: name, aliases: aliases, region: region, position: position, instructions: instructions,
            figure: figure, source: source)
        if let dose = fields["dose"] { readDose(dose, into: &exercise) }
        return diagnostics.count == before ? exercise : nil
    }

    private mutating func readDose(_ node: SourceNode, into exercise: inout Exercise) {
        guard case .mapping(let pairs) = node.value else {
            figures.expected("dose", "a mapping of hold, reps, sets, sides and rest", at: node)
            return
        }
        let fields = figures.fields(pairs, place: "`dose`", allowed: Self.doseKeys)
        if let node = fields["hold"] { exercise.hold = duration(node, key: "hold") }
        if let node = fields["rest"] { exercise.rest = duration(node, key: "rest") }
        if let node = fields["reps"] { exercise.reps = whole(node, key: "reps", range: 1...50) }
        if let node = fields["sets"] { exercise.sets = whole(node, key: "sets", range: 1...10) }
        if let node = fields["sides"] { exercise.sides = figures.choice(node, key: "sides", Sides.self) }
    }

    /// A length of time, read as the routine reads one (`FieldValues.duration`): at most an hour.
    private mutating func duration(_ node: SourceNode, key: String) -> TimeSpan? {
        guard let text = node.text, !node.isNull else {
            figures.report(Messages.duration(key, found: figures.describe(node)), at: node)
            return nil
        }
        switch FieldValues.duration(text, key: key, found: figures.describe(node)) {
        case .success(let span): return span
        case .failure(let problem):
            figures.report(problem.message, at: node)
            return nil
        }
    }

    /// A whole number in `range`, written with digits, as the routine reads one.
    private mutating func whole(_ node: SourceNode, key: String, range: ClosedRange<Int>) -> Int? {
        guard let text = node.text, let value = FieldValues.digits(text), range.contains(value) else {
            figures.report(Messages.wholeNumber(key, range: range, found: figures.describe(node)), at: node)
            return nil
        }
        return value
    }

    private mutating func text(_ node: SourceNode, key: String) -> String? {
        guard let text = node.text, !node.isNull else {
            figures.expected(key, "text", at: node)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
