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
            let hints = KeySuggestion.closest(to: name, among: allowed).map { [Messages.didYouMean($0)] } ?? []
            problems.append(
                LayoutMessages.diagnostic(
                    Messages.unknownKey(name, in: place, allowed: hints.isEmpty ? allowed.sorted() : [], kind: place),
                    at: key,
                    file: file, hints: hints))
        }
        return problems
    }
}
