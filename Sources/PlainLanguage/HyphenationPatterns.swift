import Foundation

/// A hyphenation dictionary's text, cut down to the patterns that can match given words.
///
/// Liang's algorithm marks a word's breaks from the patterns found in it, so a pattern whose
/// letters occur in none of the words changes no count. libhyphen builds its state machine in
/// time that grows faster than the pattern count: loading German's 77,000 patterns takes 3.3 s,
/// the few hundred a routine's words can meet take milliseconds.
package struct HyphenationPatterns {
    /// The dictionary file's lines, as bytes (the first names the encoding).
    private let lines: [ArraySlice<UInt8>]
    /// Whether the dictionary is in ISO 8859-1 (else UTF-8).
    package let latin1: Bool

    /// Files larger than this are loaded whole by libhyphen, not read here.
    static let maxFileBytes = 16 << 20
    /// Words beyond this many distinct ones load every pattern: the pieces would cost more.
    package static let maxWords = 20_000

    /// Reads a dictionary file; `nil` when it cannot be read.
    package init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Self.maxFileBytes + 1), data.count <= Self.maxFileBytes else {
            return nil
        }
        lines = [UInt8](data).split(separator: 10, omittingEmptySubsequences: false)
        let first = lines.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        latin1 = first.uppercased().hasPrefix("ISO8859-1")
    }

    /// The dictionary's text keeping its encoding line, its keywords (`LEFTHYPHENMIN`,
    /// `NEXTLEVEL`, …) and the patterns whose letters occur in one of `words` (lower-case
    /// letters); `nil` when there are too many words to be worth it.
    package func matching(_ words: Set<String>) -> Data? {
        guard words.count <= Self.maxWords else { return nil }
        let fragments = Self.fragments(of: words.compactMap { encoded($0) })
        var kept = Data(lines.first ?? [])
        kept.append(10)
        for line in lines.dropFirst() where Self.keeps(line, fragments: fragments) {
            kept.append(contentsOf: line)
            kept.append(10)
        }
        return kept
    }

    /// `word` in the dictionary's encoding; `nil` when it cannot be written in it.
    private func encoded(_ word: String) -> [UInt8]? {
        latin1 ? word.data(using: .isoLatin1).map(Array.init) : Array(word.utf8)
    }

    /// Whether a dictionary line is needed: a keyword, or a pattern whose letters (digits, word
    /// ends and any non-standard part after `/` left out) are in `fragments`. Comments and
    /// blank lines go.
    static func keeps(_ line: ArraySlice<UInt8>, fragments: Set<ArraySlice<UInt8>>) -> Bool {
        guard let first = line.first, first != 13 else { return false }
        if first == UInt8(ascii: "%") || first == UInt8(ascii: "#") { return false }
        if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) { return true }
        let pattern = line.prefix { $0 != UInt8(ascii: "/") && $0 != 13 && $0 != UInt8(ascii: " ") }
        let letters = pattern.filter {
            !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) && $0 != UInt8(ascii: ".")
        }
        return letters.isEmpty || fragments.contains(letters[...])
    }

    /// Every piece of every word.
    static func fragments(of words: [[UInt8]]) -> Set<ArraySlice<UInt8>> {
        var fragments: Set<ArraySlice<UInt8>> = []
        for word in words {
            for start in word.indices {
                for end in (start + 1)...word.count { fragments.insert(word[start..<end]) }
            }
        }
        return fragments
    }
}
