/// One problem found in an input file, with where it is and what would fix it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What was found and what was expected, in the user's words.
    public var message: String
    /// Where the problem is; `nil` when it concerns the whole file.
    public var location: SourceLocation?
    /// Suggestions such as "did you mean `hold`?".
    public var hints: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation?,
        hints: [String] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hints = hints
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, then any hints in parentheses, separated by "; ":
    /// `back.yaml:4:5: error: unknown key `hodl` in step "Knee to chest" (did you mean `hold`?)`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let hint = hints.isEmpty ? "" : " (" + hints.joined(separator: "; ") + ")"
        return "\(place)\(severity.rawValue): \(message)\(hint)"
    }
}
