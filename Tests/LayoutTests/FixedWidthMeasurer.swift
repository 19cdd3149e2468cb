import Layout

/// A fake measurer: every character is 0.5 em wide (0.55 em in bold); greedy word wrap.
struct FixedWidthMeasurer: TextMeasurer {
    func width(of text: String, font: FontSpec) -> Length {
        font.size * (font.weight == .bold ? 0.55 : 0.5) * Double(text.count)
    }

    func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        let perChar = width(of: "x", font: font)
        let capacity = max(1, Int((maxWidth.points / perChar.points).rounded(.down)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > capacity {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(capacity)))
                word = String(word.dropFirst(capacity))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= capacity {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
