import Routine

/// Why a client file, or one client's entry, could not be used.
public enum ClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The client file does not exist or cannot be opened.
    case fileNotFound(path: String)
    /// `example:NAME` names no built-in example client list; `available` are those there are.
    case noSuchExample(name: String, available: [String])
    /// The problems found, each with its file and line.
    case invalid([Diagnostic])

    /// Exit status for a command-line tool: 66 (no input) or 65 (data error), as in sysexits.h.
    public var exitCode: Int32 {
        switch self {
        case .fileNotFound, .noSuchExample: return 66
        case .invalid: return 65
        }
    }

    /// One line per problem.
    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): error: no such client file"
        case .noSuchExample(let name, let available):
            return "example:\(name): error: " + ClientMessages.noSuchExample(name, available: available)
        case .invalid(let diagnostics): return diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The problems as diagnostics; a missing file becomes one diagnostic without a line.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .fileNotFound(let path):
            return [Diagnostic(.error, "no such client file", at: SourceLocation(file: path, line: 1, column: 1))]
        case .noSuchExample(let name, let available):
            return [
                Diagnostic(
                    .error, ClientMessages.noSuchExample(name, available: available),
                    at: SourceLocation(file: "example:\(name)", line: 1, column: 1))
            ]
        case .invalid(let diagnostics): return diagnostics
        }
    }
}
