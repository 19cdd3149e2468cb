/// The `{n}` and `{total}` a label's text may hold, filled in when the sheet is made.
extension SheetLabels {
    /// What a `labels:` override was checked against: the placeholders its label fills in, and
    /// whether the label cannot do without them.
    struct Placeholders {
        /// The names the label fills in, such as `n` and `total`.
        let names: [String]
        /// "Page 3" without "of 5" would mislead: such a label needs every placeholder.
        let required: Bool
        /// Where a missing `{n}` goes when the label may do without it: "Round" → "Round {n}".
        let numberFirst: Bool

        static let none = Placeholders(names: [], required: false, numberFirst: false)
    }

    /// The labels that fill in placeholders; every other label prints its text as written.
    static let placeholders: [String: Placeholders] = [
        "page-of": Placeholders(names: ["n", "total"], required: true, numberFirst: false),
        "stage-of": Placeholders(names: ["n", "total"], required: true, numberFirst: false),
        "set-number": Placeholders(names: ["n"], required: false, numberFirst: false),
        "week-number": Placeholders(names: ["n"], required: false, numberFirst: false),
        "seconds": Placeholders(names: ["n"], required: false, numberFirst: true),
        "minutes": Placeholders(names: ["n"], required: false, numberFirst: true),
        "hours": Placeholders(names: ["n"], required: false, numberFirst: true),
        "log-days": Placeholders(names: ["n"], required: false, numberFirst: false),
        "day-number": Placeholders(names: ["n"], required: false, numberFirst: false),
    ]

    /// `text` as the override of label `name`, or why it cannot be used.
    ///
    /// A placeholder the label does not fill in (`{x}`, or `{n}` in `hold`) would print as
    /// written, so such a text is refused. A number label written without its `{n}` gets it
    /// ("sec" → "{n} sec", "Round" → "Round {n}"), so the number is never lost; "page-of" and
    /// "stage-of" need both `{n}` and `{total}`.
    static func checkedOverride(_ text: String, for name: String) -> Result<String, LabelProblem> {
        let expected = placeholders[name] ?? .none
        let used = placeholderNames(in: text)
        let unknown = used.filter { !expected.names.contains($0) }
        if !unknown.isEmpty {
            return .failure(LabelProblem(name: name, text: text, unknown: unknown, expected: expected.names))
        }
        let missing = expected.names.filter { !used.contains($0) }
        if missing.isEmpty || expected.names.isEmpty { return .success(text) }
        if expected.required {
            return .failure(LabelProblem(name: name, text: text, unknown: [], expected: expected.names))
        }
        return .success(expected.numberFirst ? "{n} " + text : text + "\u{00A0}{n}")
    }

    /// The names between braces in `text`, in order, each once: "Page {n} of {total}" → n, total.
    static func placeholderNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(where: { $0 == "}" || $0 == "{" }) else { break }
            if after[close] == "}" {
                let name = String(after[..<close])
                if !names.contains(name) { names.append(name) }
                rest = after[after.index(after: close)...]
            } else {
                rest = after[close...]
            }
        }
        return names
    }
}

/// A `labels:` override RepSheet cannot print as meant: a placeholder it does not fill in, or
/// one a label needs left out.
package struct LabelProblem: Error, Hashable, CustomStringConvertible {
    /// The label's name, such as `page-of`.
    package let name: String
    /// The text the routine gave it.
    package let text: String
    /// Placeholders in the text the label does not fill in.
    package let unknown: [String]
    /// The placeholders the label fills in.
    package let expected: [String]

    package var description: String {
        let quoted = "\"" + String(text.prefix(60)) + (text.count > 60 ? "…" : "") + "\""
        let braces = { (names: [String]) in names.map { "{\($0)}" }.joined(separator: " and ") }
        let allowed =
            expected.isEmpty
            ? "\(name) has no placeholders" : "\(name) may use \(braces(expected))"
        if unknown.isEmpty {
            return "labels: \(name) \(quoted) needs \(braces(expected)) "
                + "(such as \"\(SheetLabels().text(named: name) ?? "")\"); it was ignored"
        }
        return "labels: \(name) \(quoted) has \(braces(unknown)), which the sheet does not fill in; "
            + "\(allowed); it was ignored"
    }
}
