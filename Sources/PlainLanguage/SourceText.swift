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

    /// Where `phrase` first appears (case-insensitive, at a word start) on or after line `from`,
    /// or `nil`. Columns count characters from 1.
    func locate(_ phrase: String, from line: Int) -> SourceLocation? {
        let needle = phrase.lowercased()
        guard !needle.isEmpty else { return nil }
        for index in max(0, line - 1)..<lines.count {
            let text = lines[index].lowercased()
            var searchStart = text.startIndex
            while let range = text.range(of: needle, range: searchStart..<text.endIndex) {
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                let startsWord = before.map { !$0.isLetter } ?? true
                let endsWord = after.map { !$0.isLetter } ?? true
                if startsWord && (endsWord || !(needle.last?.isLetter ?? false)) {
                    let column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                    return SourceLocation(file: file, line: index + 1, column: column)
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }

    /// Where a sentence starts: its first words (up to four, as long as they are on one line).
    func locateSentence(_ sentence: String, from line: Int) -> SourceLocation? {
        let words = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
            if let found = locate(words.prefix(count).joined(separator: " "), from: line) { return found }
        }
        return nil
    }
}
