import Routine

/// Why a client file, or one client's entry, could not be used.
public enum ClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The client file does not exist or cannot be opened.
    case fileNotFound(path: String)
    /// The problems found, each with its file and line.
    case invalid([Diagnostic])

    /// Exit status for a command-line tool: 66 (no input) or 65 (data error), as in sysexits.h.
    public var exitCode: Int32 {
        switch self {
        case .fileNotFound: return 66
        case .invalid: return 65
        }
    }

    /// One line per problem.
    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): error: no such client file"
        case .invalid(let diagnostics): return diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The problems as diagnostics; a missing file becomes one diagnostic without a line.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .fileNotFound(let path):
            return [Diagnostic(.error, "no such client file", at: SourceLocation(file: path, line: 1, column: 1))]
        case .invalid(let diagnostics): return diagnostics
        }
    }
}
