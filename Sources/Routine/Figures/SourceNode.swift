import Yams

/// A YAML value kept with its place in the file: what a step's inline `figure:` holds until the
/// Figures stage reads it as a pose, so pose problems are reported at their own line.
package struct SourceNode: Sendable, Hashable {
    /// One key of a mapping and its value.
    package struct Pair: Sendable, Hashable {
        /// The key, usually text.
        package var key: SourceNode
        /// The value.
        package var value: SourceNode
        /// Creates a pair.
        package init(key: SourceNode, value: SourceNode) { (self.key, self.value) = (key, value) }
    }

    /// What the node holds.
    package indirect enum Value: Sendable, Hashable {
        /// Text or a number; `plain` when written without quotes.
        case scalar(String, plain: Bool)
        case list([SourceNode])
        case mapping([Pair])
    }

    package var value: Value
    /// Where the value starts.
    package var location: SourceLocation

    /// Creates a node.
    package init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The text of a scalar; `nil` for a list or a mapping.
    package var text: String? {
        if case .scalar(let text, _) = value { return text } else { return nil }
    }

    /// Whether the node is empty (`key:` with nothing after it, `~` or `null`).
    package var isNull: Bool {
        guard case .scalar(let text, let plain) = value else { return false }
        return FieldValues.isNull(text, plain: plain)
    }

    /// The value of `key` in a mapping.
    package subscript(key: String) -> SourceNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.key.text == key }?.value
    }

    /// Converts a composed Yams node; aliases were resolved by the composer.
    init(yaml node: Node, file: String, depth: Int = 0) {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        guard depth < 64 else {
            self.init(.scalar("", plain: true), at: location)
            return
        }
        switch node {
        case .scalar(let scalar):
            self.init(.scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any), at: location)
        case .sequence(let sequence):
            self.init(.list(sequence.map { SourceNode(yaml: $0, file: file, depth: depth + 1) }), at: location)
        case .mapping(let mapping):
            let pairs = mapping.map {
                Pair(
                    key: SourceNode(yaml: $0.key, file: file, depth: depth + 1),
                    value: SourceNode(yaml: $0.value, file: file, depth: depth + 1))
            }
            self.init(.mapping(pairs), at: location)
        case .alias:
            self.init(.scalar("", plain: true), at: location)
        }
    }

    /// Parses YAML text (such as a catalogue file) into nodes with their lines, through the
    /// routine's hardened composer and with its limits (nesting, aliases, repeated keys).
    /// - Parameters:
    ///   - text: the YAML text.
    ///   - fileName: the name used in locations.
    /// - Throws: `RoutineError.invalid` with every problem found, each at its line.
    package static func parse(yaml text: String, fileName: String) throws(RoutineError) -> SourceNode {
        let root: Node?
        do {
            root = try YAMLFile.compose(text, fileName: fileName, kind: .catalogue)
        } catch {
            throw .invalid(error.diagnostics)
        }
        guard let root else {
            throw .invalid([
                Diagnostic(.error, "the file is empty", at: SourceLocation(file: fileName, line: 1, column: 1))
            ])
        }
        return SourceNode(yaml: root, file: fileName)
    }
}
