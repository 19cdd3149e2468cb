import Layout

/// A measurer that breaks a word too long for its line between two syllables, with a hyphen,
/// where Pango alone would break it between any two letters: "Sprunggelenks-verstauchung" in a
/// narrow card title, not "Sprunggelenksverst-auchung".
///
/// Only words wider than the whole line are hyphenated, so text whose words fit is broken
/// between words exactly as before. Such a word gets soft hyphens (U+00AD) at its syllable breaks
/// (`HyphenationStore`) and the paragraph is broken again; Pango breaks at a soft hyphen and
/// counts the hyphen it adds. The lines handed back carry no soft hyphen, and a line that ends
/// at one ends with "-", as the renderer draws lines one by one.
struct HyphenatingMeasurer: TextMeasurer {
    let base: any TextMeasurer
    /// The sheet's BCP 47 language tag: its hyphenation dictionary.
    let language: String
    let store: HyphenationStore

    static let softHyphen: Unicode.Scalar = "\u{AD}"

    func width(of text: String, font: FontSpec) -> Length {
        base.width(of: text, font: font)
    }

    func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        let lines = base.lines(of: text, font: font, maxWidth: maxWidth)
        // Pango's break inside a word shows as a line ending with a hyphen; most text has none.
        guard lines.count > 1, lines.dropLast().contains(where: { $0.hasSuffix("-") }) else { return lines }
        let tooLong = Set(
            text.split(whereSeparator: \.isWhitespace).map(String.init).filter {
                $0.count > 4 && Self.isWord($0) && base.width(of: $0, font: font) > maxWidth
            })
        guard !tooLong.isEmpty else { return lines }
        let offsets = store.breakOffsets(of: Set(tooLong.flatMap(Self.letterRuns)), language: language)
        let softened = Self.softened(text, words: tooLong, offsets: offsets)
        guard softened != text else { return lines }
        return base.lines(of: softened, font: font, maxWidth: maxWidth).map(Self.visible)
    }

    /// Whether `token` is a word of prose, which may be hyphenated: not a web or e-mail address,
    /// a file name or a code, where an added hyphen would be read as part of it
    /// ("videos.example.com/clamshell-with-band", "name@example.com", "snake_case").
    static func isWord(_ token: String) -> Bool {
        let characters = Array(token)
        for (index, character) in characters.enumerated() {
            if "/\\@_=&#%~<>|+*^$".contains(character) || character.isNumber { return false }
            // A dot or colon between two letters: "example.com", "mailto:", "e.g.".
            if character == "." || character == ":", index > 0, index + 1 < characters.count,
                characters[index - 1].isLetter, characters[index + 1].isLetter
            {
                return false
            }
        }
        return true
    }

    /// The runs of letters in `word` ("Knie-Sehnen," gives "Knie" and "Sehnen").
    static func letterRuns(_ word: String) -> [String] {
        word.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// `text` with soft hyphens at the breaks `offsets` gives in the letter runs of `words`,
    /// everything else as it was.
    static func softened(_ text: String, words: Set<String>, offsets: [String: [Int]]) -> String {
        var result = ""
        var token = ""
        func endToken() {
            result += words.contains(token) ? softenedWord(token, offsets: offsets) : token
            token = ""
        }
        for character in text {
            if character.isWhitespace {
                endToken()
                result.append(character)
            } else {
                token.append(character)
            }
        }
        endToken()
        return result

        func softenedWord(_ word: String, offsets: [String: [Int]]) -> String {
            var softened = ""
            var letters = ""
            for character in word {
                if character.isLetter {
                    letters.append(character)
                } else {
                    softened += withSoftHyphens(letters, after: offsets[letters] ?? [])
                    letters = ""
                    softened.append(character)
                }
            }
            return softened + withSoftHyphens(letters, after: offsets[letters] ?? [])
        }
    }

    /// `letters` with a soft hyphen after each scalar offset in `offsets`, but never before a
    /// combining mark.
    static func withSoftHyphens(_ letters: String, after offsets: [Int]) -> String {
        guard !offsets.isEmpty else { return letters }
        let breaks = Set(offsets)
        let scalars = Array(letters.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            result.append(scalar)
            if breaks.contains(index), index + 1 < scalars.count, !isMark(scalars[index + 1]) {
                result.append(softHyphen)
            }
        }
        return String(result)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A line as it is drawn: without soft hyphens, and with a hyphen where it ends at one.
    static func visible(_ line: String) -> String {
        guard line.unicodeScalars.contains(softHyphen) else { return line }
        var shown = String.UnicodeScalarView(line.unicodeScalars.filter { $0 != softHyphen })
        if line.unicodeScalars.last == softHyphen { shown.append("-") }
        return String(shown)
    }
}
