/// A length on paper, stored in PostScript points (1/72 in).
package struct Length: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The length in points.
    package var points: Double

    /// Creates a length of `points` points.
    package init(points: Double) { self.points = points }

    /// A length in points.
    package static func pt(_ value: Double) -> Length { Length(points: value) }
    /// A length in millimetres.
    package static func mm(_ value: Double) -> Length { Length(points: value * 72 / 25.4) }
    /// A length in inches.
    package static func inches(_ value: Double) -> Length { Length(points: value * 72) }
    /// Zero length.
    package static let zero = Length(points: 0)

    /// The length in millimetres.
    package var millimetres: Double { points * 25.4 / 72 }
    /// The length in inches.
    package var inches: Double { points / 72 }

    /// Points with two decimals, such as "56.69pt".
    package var description: String { Length.format(points) + "pt" }

    /// Formats a number with at most two decimals, without trailing zeros.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    package static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    package static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    package static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    package static func * (a: Length, b: Double) -> Length { Length(points: a.points * b) }
    package static func * (a: Double, b: Length) -> Length { Length(points: a * b.points) }
    package static func / (a: Length, b: Double) -> Length { Length(points: a.points / b) }
    package static prefix func - (a: Length) -> Length { Length(points: -a.points) }
    package static func += (a: inout Length, b: Length) { a = a + b }
    package static func -= (a: inout Length, b: Length) { a = a - b }
}
