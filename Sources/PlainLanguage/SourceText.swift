import Foundation
import Routine

/// A routine file's lines, for finding where a passage's words are written.
struct SourceText {
    /// The file as the user named it.
    let file: String
    /// The file's lines, without line ends.
    let lines: [String]

    init(file: String, text: String) {
        self.file = file
        lines = text.components(separatedBy: "\n")
    }

    /// Where `phrase` first appears (case-insensitive, at a word start) on lines `from` through
    /// `through` (the end of the file when `nil`), or `nil`. Columns count characters from 1.
    func locate(_ phrase: String, from line: Int, through last: Int? = nil) -> SourceLocation? {
        locateAll(phrase, from: line, through: last, limit: 1).first
    }

    /// Every place `phrase` starts as whole words on lines `from` through `through`, in order,
    /// at most `limit` of them.
    func locateAll(_ phrase: String, from line: Int, through last: Int? = nil, limit: Int = .max)
        -> [SourceLocation]
    {
        let needle = phrase.lowercased()
        let end = min(lines.count, last ?? lines.count)
        var found: [SourceLocation] = []
        guard !needle.isEmpty, max(0, line - 1) < end else { return found }
        for index in max(0, line - 1)..<end {
            let text = lines[index].lowercased()
            var searchStart = text.startIndex
            while let range = text.range(of: needle, range: searchStart..<text.endIndex) {
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                let startsWord = before.map { !$0.isLetter } ?? true
                let endsWord = after.map { !$0.isLetter } ?? true
                if startsWord && (endsWord || !(needle.last?.isLetter ?? false)) {
                    let column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                    found.append(SourceLocation(file: file, line: index + 1, column: column))
                    if found.count >= limit { return found }
                }
                searchStart = range.upperBound
            }
        }
        return found
    }

    /// Where a sentence starts: its first words (four, or down to two when a line break follows
    /// sooner), on lines `from` through `through`.
    func locateSentence(_ sentence: String, from line: Int, through last: Int? = nil) -> SourceLocation? {
        let words = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        for count in stride(from: min(4, words.count), through: min(2, words.count), by: -1) {
            let phrase = words.prefix(count).joined(separator: " ")
            if let found = locate(phrase, from: line, through: last) { return found }
        }
        return nil
    }
}
