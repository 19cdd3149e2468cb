/// A length in an encoded display list is its number of points. Layout files are not read through
/// `Codable`: `LayoutReader` reads them, with `init?(parsing:)` for lengths with units.
extension Length: Codable {
    /// Decodes a number of points.
    package init(from decoder: any Decoder) throws {
        self.init(points: try decoder.singleValueContainer().decode(Double.self))
    }

    /// Encodes the number of points.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(points)
    }
}
