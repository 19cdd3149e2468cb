import Routine
import Yams

/// The keys a layout file may use, section by section, and the check that finds unknown ones.
enum LayoutSchema {
    /// Allowed keys of each nested mapping, by its top-level key.
    static let sections: [String: [String]] = [
        "page": PageSetup.keys, "margins": Margins.keys, "colors": Palette.keys,
        "type": TypeScale.keys.keys.sorted(), "checkbox": CheckboxStyle.keys,
        "spacing": Spacing.keys.keys.sorted(),
        "picture": PictureArea.keys, "header": HeaderSetup.keys, "footer": FooterSetup.keys,
    ]

    /// Every unknown key and every section that is not a mapping, in file order.
    static func check(_ root: Node, file: String) -> [Diagnostic] {
        guard let mapping = root.mapping else {
            return [
                LayoutMessages.diagnostic(LayoutMessages.notMapping("a layout file"), at: root, file: file)
            ]
        }
        var problems: [Diagnostic] = []
        problems += unknownKeys(
            in: mapping, allowed: LayoutDefinition.keys, where: "a layout", file: file)
        for (key, value) in mapping {
            guard let name = key.string, let allowed = sections[name] else { continue }
            guard let inner = value.mapping else {
                problems.append(
                    LayoutMessages.diagnostic(LayoutMessages.notMapping("`\(name)`"), at: value, file: file))
                continue
            }
            problems += unknownKeys(in: inner, allowed: allowed, where: "`\(name)`", file: file)
        }
        return problems
    }

    private static func unknownKeys(
        in mapping: Node.Mapping, allowed: [String], where place: String, file: String
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for key in mapping.keys {
            let name = key.string ?? ""
            guard !allowed.contains(name) else { continue }
            let hints = KeyGuess.closest(to: name, among: allowed).map { ["did you mean `\($0)`?"] } ?? []
            problems.append(
                LayoutMessages.diagnostic(
                    LayoutMessages.unknownKey(name, in: place, allowed: allowed), at: key, file: file,
                    hints: hints))
        }
        return problems
    }
}

/// Suggests the key a user probably meant, by edit distance.
enum KeyGuess {
    /// The closest candidate within a third of the word's letters (at least one edit).
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, min(word.count, best.0.count) / 3) ? best.0 : nil
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty, a.count <= 64, b.count <= 64 else { return max(a.count, b.count) }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous) = (previous, current)
        }
        return previous[b.count]
    }
}
