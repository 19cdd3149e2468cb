import Routine

/// One thing `repsheet lint` reports about a routine's text.
public struct LintFinding: Sendable, Equatable, CustomStringConvertible {
    /// What was found.
    public enum Kind: String, Sendable, Equatable {
        /// A passage's reading grade (a note).
        case grade
        /// A passage's grade above the allowed maximum (an error).
        case gradeTooHigh = "grade-too-high"
        /// A language without a readability formula (a note).
        case notRated = "not-rated"
        /// A sentence of more than the allowed number of words (a warning).
        case longSentence = "long-sentence"
        /// A word the plain-language list would replace (a warning).
        case plainWord = "plain-word"
    }

    /// What was found.
    public var kind: Kind
    /// Where, as precisely as the source allows.
    public var location: SourceLocation
    /// The passage it is about, such as `step "Bridge"` or `intro`.
    public var passage: String
    /// What was found, in words.
    public var message: String
    /// What to do about it, when there is something to do.
    public var suggestion: String?
    /// The passage's level, for grade findings.
    public var level: ReadingLevel?

    /// "error", "warning" or "note".
    public var severity: String {
        switch kind {
        case .gradeTooHigh: "error"
        case .longSentence, .plainWord: "warning"
        case .grade, .notRated: "note"
        }
    }

    /// `FILE:LINE:COLUMN: severity: passage: message (suggestion)`.
    public var description: String {
        var text = "\(location): \(severity): \(passage): \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}
