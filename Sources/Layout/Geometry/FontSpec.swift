/// A font to set text in: an exact family name (no aliases such as "Sans"), weight, style and size.
package struct FontSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Weight of a face.
    package enum Weight: String, Sendable, Hashable, Codable {
        case regular
        case bold
    }

    package var family: String
    package var size: Length
    package var weight: Weight
    package var italic: Bool

    /// Creates a font specification.
    package init(family: String, size: Length, weight: Weight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    /// The same face at another weight.
    package func with(weight: Weight) -> FontSpec {
        FontSpec(family: family, size: size, weight: weight, italic: italic)
    }

    /// The same face at another size.
    package func with(size: Length) -> FontSpec {
        FontSpec(family: family, size: size, weight: weight, italic: italic)
    }

    /// "Family Bold Italic 12.5pt".
    package var description: String {
        var parts = [family]
        if weight == .bold { parts.append("Bold") }
        if italic { parts.append("Italic") }
        parts.append(size.description)
        return parts.joined(separator: " ")
    }

    /// Height of the line box above the baseline (0.95 em).
    package var ascent: Length { size * 0.95 }
    /// Height of the line box below the baseline (0.29 em).
    package var descent: Length { size * 0.29 }
    /// Distance between baselines of wrapped lines (1.4 em).
    package var lineHeight: Length { size * 1.4 }
}
