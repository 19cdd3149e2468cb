import Foundation
import PlainLanguage

/// Where the words of a sheet's language may be hyphenated, from libhyphen's patterns (the
/// dictionaries Debian ships under `/usr/share/hyphen`), remembered for the maker's life: a batch
/// asks about the same few words for every client.
///
/// Only the patterns that can match the words asked about are loaded (`Hyphenator`'s `words:`):
/// German's whole dictionary takes libhyphen seconds to load, and a sheet hyphenates a handful of
/// words at most. A language without an installed dictionary is never hyphenated.
final class HyphenationStore: @unchecked Sendable {
    // @unchecked: `breaks` and `missing` are read and written only while holding `lock`.
    private let lock = NSLock()
    /// Each language's words looked up so far, with the scalar offsets a hyphen may follow.
    private var breaks: [String: [String: [Int]]] = [:]
    /// Languages with no dictionary installed.
    private var missing: Set<String> = []
    /// Words kept per language before its entries are forgotten, to bound memory on huge batches.
    static let maxWords = 10_000

    /// The offsets, in Unicode scalars, of the scalars a hyphen may follow in each of `words`
    /// (runs of letters) in `language`: at least two letters before a break and three after. A
    /// word without a break, or of a language without a dictionary, has none.
    func breakOffsets(of words: Set<String>, language: String) -> [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        guard !missing.contains(language) else { return [:] }
        var known = breaks[language] ?? [:]
        let unknown = words.filter { known[$0] == nil }
        if !unknown.isEmpty {
            guard let hyphenator = Hyphenator(language: language, words: unknown.sorted()) else {
                missing.insert(language)
                return [:]
            }
            if known.count + unknown.count > Self.maxWords { known.removeAll() }
            for word in unknown { known[word] = hyphenator.breakOffsets(in: word) }
            breaks[language] = known
        }
        return words.reduce(into: [:]) { $0[$1] = known[$1] }
    }
}
