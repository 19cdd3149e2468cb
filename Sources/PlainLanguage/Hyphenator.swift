import CHyphen
import Foundation

/// Counts syllables with libhyphen and a language's hyphenation patterns.
///
/// A hyphenation point is a syllable break, so a word has one syllable more than it has points.
/// The patterns are the dictionaries Debian ships under `/usr/share/hyphen` (`hyphen-en-us`,
/// `hyphen-es`, `hyphen-fr`, `hyphen-de`, ...).
package final class Hyphenator {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let latin1: Bool
    /// The dictionary file in use.
    package let path: String

    /// Folders searched for dictionaries: `$REPSHEET_HYPHEN_DIR`, then Debian's.
    package static var searchFolders: [String] {
        var folders: [String] = []
        if let own = ProcessInfo.processInfo.environment["REPSHEET_HYPHEN_DIR"], !own.isEmpty { folders.append(own) }
        folders.append(contentsOf: ["/usr/share/hyphen", "/usr/local/share/hyphen"])
        return folders
    }

    /// Dictionary file names to try for a BCP 47 tag, best first ("en" → hyph_en_US.dic, hyph_en.dic).
    static func candidateNames(for language: String) -> [String] {
        let parts = language.replacingOccurrences(of: "-", with: "_").split(separator: "_").map(String.init)
        guard let base = parts.first?.lowercased(), !base.isEmpty else { return [] }
        var names: [String] = []
        if parts.count > 1, let region = parts.last, region.count == 2 {
            names.append("hyph_\(base)_\(region.uppercased()).dic")
        }
        let usual = ["en": "US", "es": "ES", "fr": "FR", "de": "DE", "pt": "PT", "it": "IT", "nl": "NL"]
        if let region = usual[base] { names.append("hyph_\(base)_\(region).dic") }
        names.append("hyph_\(base).dic")
        return names
    }

    /// Loads the dictionary for `language`, or returns `nil` when none is installed.
    /// - Parameter words: The words whose syllables will be counted: only the patterns that can
    ///   match them are loaded, with the same counts. libhyphen takes seconds to load a large
    ///   dictionary whole (German's 77,000 patterns: 3.3 s), and a routine uses a few hundred
    ///   words. `nil` loads every pattern.
    package convenience init?(language: String, words: [String]? = nil) {
        guard let path = Hyphenator.dictionaryPath(for: language) else { return nil }
        self.init(path: path, words: words)
    }

    /// The dictionary file for `language`, best match first, or `nil` when none is installed.
    static func dictionaryPath(for language: String) -> String? {
        for folder in Hyphenator.searchFolders {
            for name in Hyphenator.candidateNames(for: language) {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Loads a dictionary file, or returns `nil` when libhyphen cannot read it.
    /// - Parameter words: Load only the patterns that can match these words (see
    ///   `HyphenationPatterns`); `nil` loads them all.
    package init?(path: String, words: [String]? = nil) {
        let loaded: UnsafeMutablePointer<HyphenDict>?
        if let words, let patterns = HyphenationPatterns(path: path),
            let kept = patterns.matching(Set(words.map(Hyphenator.letters(of:))))
        {
            loaded = kept.withUnsafeBytes { buffer -> UnsafeMutablePointer<HyphenDict>? in
                guard let base = buffer.baseAddress,
                    let file = fmemopen(UnsafeMutableRawPointer(mutating: base), buffer.count, "r")
                else { return nil }
                defer { fclose(file) }
                return hnj_hyphen_load_file(file)
            }
        } else {
            loaded = hnj_hyphen_load(path)
        }
        guard let loaded else { return nil }
        // Syllable breaks near a word's ends count too: the typesetting minimums (often 2 and 3
        // letters) keep "low-er" whole; 2 and 2 (Pyphen's defaults) split it.
        loaded.pointee.lhmin = 2
        loaded.pointee.rhmin = 2
        dictionary = loaded
        self.path = path
        // The first line names the dictionary's encoding: UTF-8 or ISO8859-1.
        let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 32)) ?? nil
        let firstLine = head.flatMap { String(bytes: $0.prefix { $0 != 10 && $0 != 13 }, encoding: .isoLatin1) } ?? ""
        latin1 = firstLine.uppercased().hasPrefix("ISO8859-1")
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// What of `word` is hyphenated: its letters, in lower case.
    static func letters(of word: String) -> String { word.lowercased().filter { $0.isLetter } }

    /// The syllables of one word (letters only; at least 1).
    package func syllables(in word: String) -> Int {
        let letters = Hyphenator.letters(of: word)
        guard let marks = marks(in: letters, leftMinimum: 2, rightMinimum: 2) else { return 1 }
        return marks.filter { $0 }.count + 1
    }

    /// Where `word` may be hyphenated in print: the offsets, counted in Unicode scalars, of the
    /// scalars a hyphen may follow, with at least `leftMinimum` letters before the break and
    /// `rightMinimum` after it. `word` is one run of letters in any case ("Sprunggelenk" gives
    /// [5, 8]: "Sprung-ge-lenk"); the offsets are empty when it has no break, or its letters cannot
    /// be written in the dictionary's encoding.
    package func breakOffsets(in word: String, leftMinimum: Int = 2, rightMinimum: Int = 3) -> [Int] {
        let lower = word.lowercased()
        // Lower-casing must keep the scalars where they are ("İ" does not).
        guard lower.unicodeScalars.count == word.unicodeScalars.count,
            let marks = marks(in: lower, leftMinimum: leftMinimum, rightMinimum: rightMinimum)
        else { return [] }
        return marks.indices.filter { marks[$0] }
    }

    /// For each scalar of `letters` but the last, whether libhyphen puts a break after it; `nil`
    /// when it cannot hyphenate the word. libhyphen counts UTF-8 dictionaries' words in scalars
    /// (`hnj_hyphen_norm`) and ISO 8859-1 ones in bytes, one per letter. The parts of a compound
    /// word keep libhyphen's two letters a side: three would drop "Sprung-gelenk".
    private func marks(in letters: String, leftMinimum: Int, rightMinimum: Int) -> [Bool]? {
        let scalars = letters.unicodeScalars.count
        guard scalars > 1, let bytes = letters.data(using: latin1 ? .isoLatin1 : .utf8).map(Array.init) else {
            return nil
        }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // libhyphen searches the word with strstr: it must end with a NUL byte.
        let word = bytes.map { CChar(bitPattern: $0) } + [0]
        let status = word.withUnsafeBufferPointer { buffer in
            hnj_hyphen_hyphenate3(
                dictionary, buffer.baseAddress, Int32(bytes.count), &hyphens, nil, &replacements, &positions, &cuts,
                Int32(leftMinimum), Int32(rightMinimum), 2, 2)
        }
        defer {
            if let replacements {
                for index in 0..<bytes.count { free(replacements[index]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        guard status == 0 else { return nil }
        // An odd digit marks a break after its letter; never after the last one.
        return hyphens.prefix(scalars - 1).map { $0 & 1 == 1 }
    }
}
