import Foundation

/// Lengths are written in layout files as "20mm", "0.5in", "12pt" or a bare number of points.
extension Length: Codable {
    /// Decodes a number of points or a string with a unit (mm, cm, in, pt).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            guard number.isFinite else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "a length must be a finite number")
            }
            self.init(points: number)
            return
        }
        let text = try container.decode(String.self)
        guard let length = Length(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a length such as 20mm, 0.5in or 12pt, found \"\(text)\"")
        }
        self = length
    }

    /// Encodes the number of points.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(points)
    }

    /// Parses "20mm", "2 cm", "0.5in", "12pt" or "12"; `nil` for anything else or values beyond 10 m.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, (Double) -> Length)] = [
            ("mm", Length.mm), ("cm", { Length.mm($0 * 10) }), ("in", Length.inches), ("pt", Length.pt),
        ]
        var number = Substring(trimmed)
        var make: (Double) -> Length = Length.pt
        for (suffix, maker) in units where trimmed.hasSuffix(suffix) {
            number = trimmed.dropLast(suffix.count)
            make = maker
            break
        }
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        let length = make(value)
        guard abs(length.points) <= 28_346 else { return nil }
        self = length
    }
}
