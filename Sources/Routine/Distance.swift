import Foundation

/// How far a step goes, such as "1 km" or "400 m": a positive number and a unit.
public struct Distance: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The units a distance may be written in.
    public static let units = ["m", "km", "mi", "yd", "ft", "steps"]

    /// The number, such as 1.5.
    public var amount: Double
    /// One of `units`.
    public var unit: String

    /// Creates a distance.
    public init(amount: Double, unit: String) {
        self.amount = amount
        self.unit = unit
    }

    /// Reads "1 km", "1km", "400 m", "0.5 mi"; `nil` for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        guard let amount = Double(number), amount > 0, amount <= 100_000, Self.units.contains(unit) else {
            return nil
        }
        self.init(amount: amount, unit: unit)
    }

    /// "1 km", "1.5 km": the number without a trailing ".0".
    public var description: String {
        let whole = amount.rounded() == amount
        let number = whole ? String(Int(amount)) : String(format: "%g", amount)
        return "\(number) \(unit)"
    }
}
