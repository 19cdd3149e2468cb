/// Why a routine could not be loaded.
public enum RoutineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The routine file does not exist or cannot be opened.
    case fileNotFound(path: String)
    /// The file was read but is not a valid routine: every problem found, in file order.
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
        case .fileNotFound(let path): return "\(path): error: no such routine file"
        case .invalid(let diagnostics): return diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
