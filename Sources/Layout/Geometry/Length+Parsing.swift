import Foundation

/// Lengths are written in layout files as "20mm", "0.5in", "12pt" or a bare number of points.
extension Length {
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
