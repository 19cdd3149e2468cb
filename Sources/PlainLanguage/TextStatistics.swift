/// Counts of a passage that readability formulas use: sentences, words, syllables and letters.
///
/// Words and sentences are counted the way the `textstat` package counts them, so grades agree:
/// punctuation other than apostrophes is dropped and the rest is split at white space; a
/// sentence is a run ending in `.`, `!` or `?`, and fragments of two words or fewer do not count.
package struct TextStatistics: Sendable, Equatable {
    /// Sentences (at least 1 for a passage with words).
    package var sentences: Int
    /// Words.
    package var words: Int
    /// Syllables of all words.
    package var syllables: Int
    /// Words of three syllables or more.
    package var polysyllables: Int
    /// Words of one syllable.
    package var monosyllables: Int
    /// Words of more than six letters.
    package var longWords: Int

    /// Measures `text`, counting syllables with `hyphenator`.
    package init(_ text: String, hyphenator: Hyphenator) {
        let words = TextStatistics.words(in: text)
        self.words = words.count
        var syllables = 0
        var polysyllables = 0
        var monosyllables = 0
        var longWords = 0
        for word in words {
            let count = hyphenator.syllables(in: word)
            syllables += count
            if count >= 3 { polysyllables += 1 }
            if count == 1 { monosyllables += 1 }
            if word.filter(\.isLetter).count > 6 { longWords += 1 }
        }
        self.syllables = syllables
        self.polysyllables = polysyllables
        self.monosyllables = monosyllables
        self.longWords = longWords
        let runs = TextStatistics.sentenceRuns(in: text)
        let fragments = runs.filter { TextStatistics.words(in: $0).count <= 2 }.count
        sentences = words.isEmpty ? 0 : max(1, runs.count - fragments)
    }

    /// The words of `text`: punctuation except apostrophes removed, split at white space.
    package static func words(in text: String) -> [String] {
        let kept = text.unicodeScalars.filter { scalar in
            scalar == "'" || scalar == "\u{2019}" || scalar.properties.isWhitespace || isWordScalar(scalar)
        }
        return String(String.UnicodeScalarView(kept)).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Letters, digits, marks and the underscore: what a regular expression's `\w` keeps.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default: return false
        }
    }

    /// Runs of text that start at a word character and end after a `.`, `!` or `?` group.
    static func sentenceRuns(in text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        var ending = false
        for character in text {
            let isEnd = character == "." || character == "!" || character == "?"
            if ending && !isEnd {
                runs.append(current)
                current = ""
                ending = false
            }
            if current.isEmpty {
                guard !isEnd, character.unicodeScalars.first.map(isWordScalar) == true else { continue }
            }
            current.append(character)
            if isEnd { ending = true }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
