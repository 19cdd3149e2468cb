import Foundation
import Routine

/// Checks a routine's words for plain language: each passage's reading grade, long sentences,
/// and words a plain-language list would replace.
package struct Linter {
    /// Sentences with more words than this are reported.
    package var maxSentenceWords = 20
    /// Passages above this grade are errors; `nil` reports grades as notes only.
    package var maxGrade: Double?

    /// A linter with the given limits.
    package init(maxSentenceWords: Int = 20, maxGrade: Double? = nil) {
        self.maxSentenceWords = maxSentenceWords
        self.maxGrade = maxGrade
    }

    /// A passage of a routine: its label, its text and the line its source starts at.
    package struct Passage: Sendable, Equatable {
        /// Such as `step "Bridge"`, `intro` or `notes`.
        package var label: String
        /// The words.
        package var text: String
        /// Where the passage (or its step) starts.
        package var location: SourceLocation
        /// The last line the passage's words can be on (the line before the next step), or `nil`
        /// for the end of the file.
        package var lastLine: Int? = nil
    }

    /// The passages of `routine`: the intro, each step (instructions and note), and the notes.
    package static func passages(of routine: Routine, source: String? = nil) -> [Passage] {
        let file = routine.source ?? "-"
        let text = source.map { SourceText(file: file, text: $0) }
        let start = SourceLocation(file: file, line: 1, column: 1)
        var passages: [Passage] = []
        if let intro = routine.intro {
            let found = text?.locateSentence(intro, from: 1) ?? start
            passages.append(Passage(label: "intro", text: intro, location: found))
        }
        let steps = routine.allSteps
        for (index, step) in steps.enumerated() {
            var parts: [String] = []
            switch step.instructions {
            case .paragraph(let paragraph): parts.append(paragraph)
            case .numbered(let items): parts.append(contentsOf: items.map { Linter.endingSentence($0) })
            case nil: break
            }
            if let note = step.notes { parts.append(Linter.endingSentence(note)) }
            guard !parts.isEmpty else { continue }
            let body = parts.joined(separator: " ")
            let next = steps[(index + 1)...].lazy.compactMap(\.location).first
            passages.append(
                Passage(
                    label: "step \"\(step.name)\"", text: body, location: step.location ?? start,
                    lastLine: next.map { $0.line - 1 }))
        }
        if !routine.notes.isEmpty {
            let body = routine.notes.map { Linter.endingSentence($0) }.joined(separator: " ")
            let found = text?.locateSentence(routine.notes[0], from: 1) ?? start
            passages.append(Passage(label: "notes", text: body, location: found))
        }
        return passages
    }

    /// A list item or note without a final stop gets one, so that items are separate sentences.
    static func endingSentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last, !".!?".contains(last) else { return trimmed }
        return trimmed + "."
    }

    /// Everything found in `routine`'s words; `source` is the routine file's text, for locations.
    package func lint(_ routine: Routine, source: String? = nil) -> [LintFinding] {
        report(routine, source: source).findings
    }

    /// Everything found in `routine`'s words, and the grade of all its passages read together
    /// (`nil` when not rated), with one hyphenation dictionary loaded for both.
    package func report(_ routine: Routine, source: String? = nil) -> (findings: [LintFinding], overall: ReadingLevel?)
    {
        let passages = Linter.passages(of: routine, source: source)
        let hyphenator = Hyphenator(
            language: routine.language, words: passages.flatMap { TextStatistics.words(in: $0.text) })
        let findings = lint(routine, passages: passages, source: source, hyphenator: hyphenator)
        return (findings, hyphenator.flatMap { Linter.overallLevel(of: routine, passages: passages, hyphenator: $0) })
    }

    private func lint(_ routine: Routine, passages: [Passage], source: String?, hyphenator: Hyphenator?)
        -> [LintFinding]
    {
        let file = routine.source ?? "-"
        let text = source.map { SourceText(file: file, text: $0) }
        var findings: [LintFinding] = []
        for passage in passages {
            let from = passage.location.line
            if let hyphenator,
                let level = ReadingLevel.of(
                    TextStatistics(passage.text, hyphenator: hyphenator), language: routine.language)
            {
                let tooHigh = maxGrade.map { level.grade > $0 } ?? false
                findings.append(
                    LintFinding(
                        kind: tooHigh ? .gradeTooHigh : .grade, location: passage.location, passage: passage.label,
                        message: tooHigh
                            ? "reading \(level.summary), above --max-grade \(Linter.format(maxGrade ?? 0))"
                            : "reading \(level.summary)",
                        suggestion: tooHigh ? "use shorter sentences and shorter words" : nil, level: level))
            } else {
                let why =
                    ReadingLevel.isRated(routine.language)
                    ? "no hyphenation dictionary for \"\(routine.language)\" under \(Hyphenator.searchFolders.joined(separator: ", "))"
                    : "no readability formula for \"\(routine.language)\""
                findings.append(
                    LintFinding(
                        kind: .notRated, location: passage.location, passage: passage.label,
                        message: "not rated (\(why))"))
            }
            for sentence in Linter.sentences(in: passage.text) {
                let count = TextStatistics.words(in: sentence).count
                guard count > maxSentenceWords else { continue }
                let location = text?.locateSentence(sentence, from: from, through: passage.lastLine) ?? passage.location
                findings.append(
                    LintFinding(
                        kind: .longSentence, location: location, passage: passage.label,
                        message:
                            "sentence of \(count) words (over \(maxSentenceWords)): \"\(Linter.excerpt(sentence))\"",
                        suggestion: "split it into sentences of 15 words or fewer"))
            }
            let lower = passage.text.lowercased()
            for entry in PlainWords.entries(for: routine.language) {
                // Every time the word is used, each at its own place.
                let uses = Linter.wordRanges(of: entry.word, in: lower).count
                guard uses > 0 else { continue }
                let places = text?.locateAll(entry.word, from: from, through: passage.lastLine, limit: uses) ?? []
                for use in 0..<uses {
                    findings.append(
                        LintFinding(
                            kind: .plainWord, location: use < places.count ? places[use] : passage.location,
                            passage: passage.label, message: "\"\(entry.word)\" is not a plain word",
                            suggestion: "say \"\(entry.plain)\""))
                }
            }
        }
        return findings.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// The grade of all of `routine`'s passages read together, or `nil` when not rated.
    package static func overallLevel(of routine: Routine) -> ReadingLevel? {
        let passages = passages(of: routine)
        let words = passages.flatMap { TextStatistics.words(in: $0.text) }
        guard let hyphenator = Hyphenator(language: routine.language, words: words) else { return nil }
        return overallLevel(of: routine, passages: passages, hyphenator: hyphenator)
    }

    private static func overallLevel(of routine: Routine, passages: [Passage], hyphenator: Hyphenator)
        -> ReadingLevel?
    {
        let text = passages.map(\.text).joined(separator: " ")
        return ReadingLevel.of(TextStatistics(text, hyphenator: hyphenator), language: routine.language)
    }

    /// The sentences of a passage, split after `.`, `!` or `?` followed by white space.
    static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character.isWhitespace, let previous, ".!?".contains(previous) {
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { sentences.append(trimmed) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { sentences.append(trimmed) }
        return sentences
    }

    /// Where `word` appears in `text` as a whole word, or `nil`.
    static func wordRange(of word: String, in text: String) -> Range<String.Index>? {
        wordRanges(of: word, in: text, limit: 1).first
    }

    /// Every place `word` stands as whole words in `text`, at most `limit`.
    static func wordRanges(of word: String, in text: String, limit: Int = .max) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while found.count < limit, let range = text.range(of: word, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { found.append(range) }
            start = range.upperBound
        }
        return found
    }

    static func excerpt(_ sentence: String) -> String {
        let words = sentence.split(whereSeparator: \.isWhitespace)
        return words.count <= 8 ? sentence : words.prefix(8).joined(separator: " ") + " …"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
