/// Lengths are written in layout files as "20mm", "0.5in", "12pt" or a bare number of points.
extension Length {
    /// The longest length a layout file or a page size may give: 10 m, either way.
    package static let largest = Length.pt(28_346)

    /// Parses "20mm", "2 cm", "0.5in", "12pt" or "12"; `nil` for anything else or values beyond 10 m.
    package init?(parsing text: String) {
        guard let length = Self.unbounded(text), abs(length.points) <= Self.largest.points else { return nil }
        self = length
    }

    /// Parses "20mm", "2 cm", "0.5in", "12pt" or "12" of any finite size; `nil` for anything else.
    static func unbounded(_ text: String) -> Length? {
        let trimmed = Self.trimmingSpaces(Substring(text)).lowercased()
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
        guard let value = Double(Self.trimmingSpaces(number)), value.isFinite else { return nil }
        let length = make(value)
        return length.points.isFinite ? length : nil
    }

    /// `text` without the spaces and tabs around it: the scalars that Foundation's
    /// `CharacterSet.whitespaces` holds (tab and Unicode's space separators).
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return Substring(scalars[first...last])
    }
}
