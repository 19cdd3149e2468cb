import Routine

/// One thing `repsheet lint` reports about a routine's text.
package struct LintFinding: Sendable, Equatable, CustomStringConvertible {
    /// What was found.
    package enum Kind: String, Sendable, Equatable {
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
    package var kind: Kind
    /// Where, as precisely as the source allows.
    package var location: SourceLocation
    /// The passage it is about, such as `step "Bridge"` or `intro`.
    package var passage: String
    /// What was found, in words.
    package var message: String
    /// What to do about it, when there is something to do.
    package var suggestion: String?
    /// The passage's level, for grade findings.
    package var level: ReadingLevel?

    /// "error", "warning" or "note".
    package var severity: String {
        switch kind {
        case .gradeTooHigh: "error"
        case .longSentence, .plainWord: "warning"
        case .grade, .notRated: "note"
        }
    }

    /// `FILE:LINE:COLUMN: severity: passage: message (suggestion)`.
    package var description: String {
        var text = "\(location): \(severity): \(passage): \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}
