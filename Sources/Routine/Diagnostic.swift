/// One problem found in an input file, with where it is and what would fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What was found and what was expected, in the user's words.
    public var message: String
    /// Where the problem is; `nil` when it concerns the whole file.
    public var location: SourceLocation?
    /// The file a problem without a line concerns ("out.pdf", "back.yaml"); `location`'s file wins.
    public var file: String?
    /// Suggestions such as "did you mean `hold`?".
    public var hints: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation?,
        hints: [String] = [], file: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hints = hints
        self.file = file
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE` (`FILE: error: MESSAGE` without a line), then any hints in parentheses, separated by "; ":
    /// `back.yaml:4:5: error: unknown key `hodl` in step "Knee to chest" (did you mean `hold`?)`.
    ///
    /// Control characters from the input (ESC, BEL, NUL, C1) are written as `\u{1B}`, so a value
    /// from a file cannot drive the terminal of whoever prints the line; line breaks are kept.
    public var description: String {
        let place = location.map { "\($0): " } ?? file.map { "\($0): " } ?? ""
        let hint = hints.isEmpty ? "" : " (" + hints.joined(separator: "; ") + ")"
        return TextEscaping.escaped("\(place)\(severity.rawValue): \(message)\(hint)", keepLineBreaks: true)
    }

    /// `message` and its hints, without location and severity: for a problem reported again
    /// inside another one ("the layout of this client cannot be used: …").
    public var summary: String {
        let hint = hints.isEmpty ? "" : " (" + hints.joined(separator: "; ") + ")"
        return TextEscaping.escaped(message + hint, keepLineBreaks: true)
    }
}
