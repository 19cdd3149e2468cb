import Foundation
import Routine
import Yams

/// Reads a client file in YAML (or JSON): a list of clients, each a mapping with `name` and any of
/// `date`, `provider`, `notes`, `keep-routine-notes`, `defaults`, `steps`, `skip`, `layout` and `language`.
struct ClientYAMLDecoder {
    /// The keys of a client entry.
    static let keys = [
        "name", "date", "provider", "notes", "keep-routine-notes", "defaults", "steps", "skip", "layout", "language",
        "routines",
    ]
    /// The keys of a dose change.
    static let doseKeys = ["hold", "reps", "sets", "sides", "rest"]

    let fileName: String
    /// The folder that relative layout paths start from.
    let baseDirectory: String
    /// The folders besides `baseDirectory` that `layout:` may name files in.
    var access = FileAccess()

    /// The clients of every good entry, and the problems of every bad one.
    /// - Throws: `ClientError.invalid` when the file is not a YAML list.
    func decode(_ text: String) throws(ClientError) -> ClientFile {
        // The routine's hardened composer and limits: nesting, aliases, repeated keys, expansion.
        // Yams composes the whole list before the first client can be read, so a YAML list is not
        // streamed as a CSV one is; it is capped at `ClientFile.maxClients` and `ClientFile.maxBytes`.
        let root: Node?
        do {
            root = try YAMLFile.compose(text, fileName: fileName, kind: .clients)
        } catch {
            throw .invalid(error.diagnostics)
        }
        guard let root else { throw .invalid([Diagnostic(.error, ClientMessages.emptyFile, at: location(1, 1))]) }
        guard case .sequence(let items) = root else {
            throw .invalid([Diagnostic(.error, ClientMessages.rootNotList, at: location(of: root))])
        }
        if items.count > ClientFile.maxClients {
            throw .invalid([
                Diagnostic(.error, ClientMessages.tooManyClients(limit: ClientFile.maxClients), at: location(of: root))
            ])
        }
        var file = ClientFile(clients: [], problems: [])
        for item in items {
            var reader = ClientFieldReader()
            let client = self.client(item, reader: &reader)
            if let client, reader.diagnostics.isEmpty {
                file.clients.append(client)
            } else {
                file.problems.append(contentsOf: reader.diagnostics)
                file.leftOut += 1
            }
        }
        return file
    }

    /// One list item as a client; problems go to `reader`.
    private func client(_ node: Node, reader: inout ClientFieldReader) -> Client? {
        guard let fields = fields(of: node, key: "each client", allowed: Self.keys, place: "a client", reader: &reader)
        else { return nil }
        var client = Client(name: "", location: location(of: node))
        if let name = fields["name"] {
            if let text = scalar(name, key: "name", reader: &reader) {
                if let checked = reader.text(
                    text, key: "name", limit: RoutineLimits.maxShortText, oneLine: true, at: location(of: name))
                {
                    client.name = checked
                } else if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    reader.report(ClientMessages.missingName, at: location(of: name))
                }
            }
        } else {
            reader.report(ClientMessages.missingName, at: location(of: node))
        }
        if let node = fields["date"], let text = scalar(node, key: "date", reader: &reader) {
            client.date = reader.date(text, at: location(of: node))
        }
        if let node = fields["provider"], let text = scalar(node, key: "provider", reader: &reader) {
            client.provider = reader.text(
                text, key: "provider", limit: RoutineLimits.maxShortText, oneLine: true, at: location(of: node))
        }
        if let node = fields["notes"] { client.notes = notes(node, reader: &reader) }
        if let node = fields["keep-routine-notes"], let text = scalar(node, key: "keep-routine-notes", reader: &reader)
        {
            client.keepsRoutineNotes = reader.yesOrNo(text, key: "keep-routine-notes", at: location(of: node)) ?? true
        }
        if let node = fields["defaults"] { client.defaults = dose(node, key: "defaults", reader: &reader) }
        if let node = fields["steps"] { client.steps = steps(node, reader: &reader) }
        if let node = fields["skip"] { client.skip = skip(node, reader: &reader) }
        if let node = fields["layout"], let text = scalar(node, key: "layout", reader: &reader) {
            client.layout = reader.layout(
                text, baseDirectory: baseDirectory, access: access, at: location(of: node))
        }
        if let node = fields["language"], let text = scalar(node, key: "language", reader: &reader) {
            client.language = reader.language(text, at: location(of: node))
        }
        if let node = fields["routines"] { client.routines = routineFiles(node, reader: &reader) }
        return client
    }

    /// The fields of a mapping by key, reporting keys that are not `allowed`; `nil` when not a mapping.
    private func fields(
        of node: Node, key: String, allowed: [String], place: String, reader: inout ClientFieldReader
    ) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            reader.report(
                Messages.expected(
                    key, "a mapping with " + Messages.list(allowed.prefix(3).map { "`\($0)`" }),
                    found: describe(node)),
                at: location(of: node))
            return nil
        }
        var fields: [String: Node] = [:]
        for pair in mapping {
            guard case .scalar(let scalar) = pair.key else {
                reader.report(
                    Messages.expected("a key", "a word such as `name`", found: describe(pair.key)),
                    at: location(of: pair.key))
                continue
            }
            if !allowed.contains(scalar.string) {
                reader.report(
                    Messages.unknownKey(scalar.string, in: place, allowed: allowed, kind: place),
                    at: location(of: pair.key)
                )
            } else if isNull(pair.value) {
                continue
            } else {
                fields[scalar.string] = pair.value
            }
        }
        return fields
    }

    /// The text of a scalar, or a report that `key` must be text.
    private func scalar(_ node: Node, key: String, reader: inout ClientFieldReader) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        reader.report(Messages.expected(key, "text", found: describe(node)), at: location(of: node))
        return nil
    }

    /// `notes`: one paragraph or a list of them.
    private func notes(_ node: Node, reader: inout ClientFieldReader) -> [String]? {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        var notes: [String] = []
        for item in items {
            guard let text = scalar(item, key: "each note", reader: &reader) else { continue }
            if let note = reader.text(text, key: "notes", limit: RoutineLimits.maxLongText, at: location(of: item)) {
                notes.append(note)
            }
        }
        return notes
    }

    /// A mapping of dose keys (`hold`, `reps`, `sets`, `sides`, `rest`).
    private func dose(_ node: Node, key: String, reader: inout ClientFieldReader) -> DoseChange {
        let place = key == "defaults" ? "`defaults`" : "the change of step \(key)"
        guard
            let fields = fields(
                of: node, key: key == "defaults" ? "defaults" : "a step's change", allowed: Self.doseKeys, place: place,
                reader: &reader)
        else { return DoseChange() }
        var change = DoseChange()
        for (name, value) in fields {
            guard let text = scalar(value, key: name, reader: &reader) else { continue }
            let at = location(of: value)
            switch name {
            case "hold": change.hold = reader.duration(text, key: "hold", at: at)
            case "reps": change.reps = reader.wholeNumber(text, key: "reps", range: 1...50, at: at)
            case "sets": change.sets = reader.wholeNumber(text, key: "sets", range: 1...10, at: at)
            case "sides": change.sides = reader.sides(text, at: at)
            case "rest": change.rest = reader.duration(text, key: "rest", at: at)
            default: break
            }
        }
        return change
    }

    /// `steps`: a mapping from step name to a dose change.
    private func steps(_ node: Node, reader: inout ClientFieldReader) -> [StepChange] {
        guard case .mapping(let mapping) = node else {
            reader.report(
                Messages.expected(
                    "steps", "a mapping from step names to changes, such as `Knee to chest: {reps: 5}`",
                    found: describe(node)),
                at: location(of: node))
            return []
        }
        var changes: [StepChange] = []
        for pair in mapping {
            guard let name = scalar(pair.key, key: "a step name", reader: &reader) else { continue }
            let reference = StepReference(
                name: name.trimmingCharacters(in: .whitespaces), location: location(of: pair.key))
            changes.append(
                StepChange(step: reference, dose: dose(pair.value, key: "\"\(reference.name)\"", reader: &reader)))
        }
        return changes
    }

    /// `skip`: a list of step names (or one name).
    private func skip(_ node: Node, reader: inout ClientFieldReader) -> [StepReference] {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        return items.compactMap { item in
            guard let name = scalar(item, key: "each step to skip", reader: &reader) else { return nil }
            return StepReference(name: name.trimmingCharacters(in: .whitespaces), location: location(of: item))
        }
    }

    // MARK: Helpers

    private func isNull(_ node: Node) -> Bool { node.isNullValue }

    private func describe(_ node: Node) -> String { node.described }

    func location(of node: Node) -> SourceLocation {
        location(node.mark?.line ?? 1, node.mark?.column ?? 1)
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column)
    }
}
