/// A font to set text in: an exact family name (no aliases such as "Sans"), weight, style and size.
public struct FontSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Weight of a face.
    public enum Weight: String, Sendable, Hashable, Codable {
        case regular
        case bold
    }

    public var family: String
    public var size: Length
    public var weight: Weight
    public var italic: Bool

    /// Creates a font specification.
    public init(family: String, size: Length, weight: Weight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    /// The same face at another weight.
    public func with(weight: Weight) -> FontSpec {
        FontSpec(family: family, size: size, weight: weight, italic: italic)
    }

    /// The same face at another size.
    public func with(size: Length) -> FontSpec {
        FontSpec(family: family, size: size, weight: weight, italic: italic)
    }

    /// "Family Bold Italic 12.5pt".
    public var description: String {
        var parts = [family]
        if weight == .bold { parts.append("Bold") }
        if italic { parts.append("Italic") }
        parts.append(size.description)
        return parts.joined(separator: " ")
    }

    /// Height of the line box above the baseline (0.95 em).
    public var ascent: Length { size * 0.95 }
    /// Height of the line box below the baseline (0.29 em).
    public var descent: Length { size * 0.29 }
    /// Distance between baselines of wrapped lines (1.4 em).
    public var lineHeight: Length { size * 1.4 }
}
