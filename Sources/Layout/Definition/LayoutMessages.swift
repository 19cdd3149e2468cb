import Routine
import Yams

/// The wording of every layout-file problem, kept apart from where the problems are found.
enum LayoutMessages {
    static func notMapping(_ what: String) -> String {
        "\(what) must be a set of `key: value` lines"
    }

    static func unknownKey(_ key: String, in place: String, allowed: [String]) -> String {
        "unknown key `\(key)` in \(place); expected one of \(allowed.sorted().joined(separator: ", "))"
    }

    static func extendsMissing(_ name: String, available: [String]) -> String {
        "`extends: \(name)` names no built-in layout; built-in layouts: \(available.joined(separator: ", "))"
    }

    static func extendsLoop(_ chain: [String]) -> String {
        "layouts extend each other in a loop: \(chain.joined(separator: " → "))"
    }

    static let notText = "a layout file must be UTF-8 text under 256 KiB"
    static let empty = "the layout file is empty; write at least `extends: classic`"

    /// A diagnostic at a node's position.
    static func diagnostic(_ message: String, at node: Node?, file: String, hints: [String] = [])
        -> Diagnostic
    {
        let location =
            node?.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: file, line: 1, column: 1)
        return Diagnostic(.error, message, at: location, hints: hints)
    }

    /// A YAML syntax error at its position.
    static func syntax(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                separator: " ")
            return Diagnostic(
                .error, "YAML syntax: \(text)",
                at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic(
                .error, "YAML syntax: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// A decoding error, placed at the node its coding path leads to.
    static func decoding(_ error: DecodingError, root: Node, file: String) -> Diagnostic {
        let path: [any CodingKey]
        let message: String
        switch error {
        case .dataCorrupted(let context):
            (path, message) = (context.codingPath, context.debugDescription)
        case .typeMismatch(let type, let context):
            (path, message) = (
                context.codingPath, "expected \(describe(type)) for `\(name(context.codingPath))`"
            )
        case .valueNotFound(let type, let context):
            (path, message) = (
                context.codingPath,
                "expected \(describe(type)) for `\(name(context.codingPath))`, found nothing"
            )
        case .keyNotFound(let key, let context):
            (path, message) = (context.codingPath, "missing key `\(key.stringValue)`")
        @unknown default:
            (path, message) = ([], String(describing: error))
        }
        var node: Node? = root
        var deepest = root
        for key in path {
            if let index = key.intValue, let sequence = node?.sequence, index < sequence.count {
                node = sequence[index]
            } else {
                node = node?.mapping?[key.stringValue]
            }
            if let node { deepest = node }
        }
        return diagnostic(cleaned(message, path: path), at: deepest, file: file)
    }

    private static func name(_ path: [any CodingKey]) -> String {
        path.map(\.stringValue).joined(separator: ".")
    }

    private static func cleaned(_ message: String, path: [any CodingKey]) -> String {
        if message.hasPrefix("Invalid value") || message.hasPrefix("Cannot initialize") {
            let choices: [String: [String]] = [
                "engine": LayoutDefinition.Engine.allCases.map(\.rawValue),
                "page.orientation": ["portrait", "landscape"],
                "picture.placement": PictureArea.Placement.allCases.map(\.rawValue),
                "checkbox.placement": TickPlacement.allCases.map(\.rawValue),
                "panel": PanelStyle.allCases.map(\.rawValue),
            ]
            let key = name(path)
            guard let allowed = choices[key] else {
                return "`\(name(path))` has a value that is not allowed here"
            }
            return "`\(name(path))` must be one of \(allowed.joined(separator: ", "))"
        }
        return message
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "text"
        case is Double.Type: return "a number"
        default: return "a value of a different kind"
        }
    }
}
