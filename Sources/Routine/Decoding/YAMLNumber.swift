/// Numbers as YAML 1.1 writes them in plain scalars, read the way Yams reads them for `Int` and
/// `Double`: underscores are ignored, `0x`, `0b`, `0o` and a leading `0` give other bases, and
/// `1:30` is sexagesimal (90). Layout files have always been read this way.
///
/// Not Yams' own `Int.construct(from:)`: that one traps when a sexagesimal number overflows
/// (`99999999999:0:0:0`), and a hostile file must get a message, not a crash.
package enum YAMLNumber {
    /// A whole number such as `12`, `+3`, `0x1F`, `010` (octal 8), `1_000` or `1:30`; `nil` otherwise.
    package static func whole(_ text: String) -> Int? {
        let digits = text.filter { $0 != "_" }
        if digits == "0" { return 0 }
        let negative = digits.hasPrefix("-")
        let unsigned = digits.dropFirst(negative || digits.hasPrefix("+") ? 1 : 0)
        let sign = negative ? "-" : ""
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where unsigned.hasPrefix(prefix) {
            return Int(sign + unsigned.dropFirst(prefix.count), radix: radix)
        }
        if unsigned.contains(where: { $0 == ":" }) {
            let (negative, parts) = sexagesimal(digits)
            var value = 0
            for part in parts {
                guard let digit = Int(part, radix: 10) else { return nil }
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 60)
                let (sum, carry) = shifted.addingReportingOverflow(digit)
                guard !overflow, !carry else { return nil }
                value = sum
            }
            return negative ? -value : value
        }
        return Int(digits)
    }

    /// A number such as `12`, `-0.5`, `1e3`, `.inf`, `.nan` or `1:30.5`; `nil` otherwise.
    package static func real(_ text: String) -> Double? {
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        let digits = text.filter { $0 != "_" }
        if digits.contains(where: { $0 == ":" }) {
            let (negative, parts) = sexagesimal(digits)
            var value = 0.0
            for part in parts {
                guard let digit = Double(part) else { return nil }
                value = value * 60 + digit
            }
            return negative ? -value : value
        }
        return Double(digits)
    }

    /// The sign and the `:`-separated parts of a sexagesimal number such as `-1:30`.
    private static func sexagesimal(_ text: String) -> (negative: Bool, parts: [Substring]) {
        let negative = text.hasPrefix("-")
        let unsigned = text.dropFirst(negative || text.hasPrefix("+") ? 1 : 0)
        return (negative, unsigned.split(separator: ":", omittingEmptySubsequences: false))
    }
}
