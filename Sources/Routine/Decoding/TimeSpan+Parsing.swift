extension TimeSpan {
    /// Reads a length of time as people write it: `30`, `"30s"`, `"30 s"`, `"45 sec"`, `"1 min"`,
    /// `"1m30s"`, `"1 min 30 s"`, `"2 minutes"`, `"1 h"`, `"1:30"` (minutes:seconds) or
    /// `"1:02:30"` (hours:minutes:seconds). A bare number is seconds. Letters may be any case.
    ///
    /// Returns `nil` when the text is none of these, is negative, or is not a whole number of seconds.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace().lowercased()
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        if let seconds = Self.clockSeconds(trimmed) ?? Self.unitSeconds(trimmed) {
            self.init(seconds: seconds)
        } else {
            return nil
        }
    }

    /// "1:30" or "1:02:30".
    private static func clockSeconds(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({
                !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber }
            })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            numbers.dropFirst().allSatisfy({ $0 < 60 })
        else { return nil }
        return numbers.reduce(0) { $0 * 60 + $1 }
    }

    /// "90", "30 s", "1m30s", "1.5 min", "1 hour 5 minutes".
    private static func unitSeconds(_ text: String) -> Int? {
        var scalars = Substring(text)
        var total = 0.0
        var usedUnits: Set<Double> = []
        var terms = 0
        while !scalars.isEmpty {
            scalars = scalars.drop(while: { $0 == " " })
            let number = scalars.prefix(while: { ($0.isASCII && $0.isNumber) || $0 == "." })
            guard !number.isEmpty, number.count <= 9, let value = Double(number) else { return nil }
            scalars = scalars.dropFirst(number.count).drop(while: { $0 == " " })
            let unitText = scalars.prefix(while: { $0.isLetter })
            scalars = scalars.dropFirst(unitText.count).drop(while: { $0 == " " || $0 == "," })
            terms += 1
            let unit: Double
            if unitText.isEmpty {
                // A bare number is only allowed alone.
                guard scalars.isEmpty, terms == 1 else { return nil }
                unit = 1
            } else {
                guard let known = units[String(unitText)] else { return nil }
                unit = known
            }
            guard usedUnits.insert(unit).inserted else { return nil }
            total += value * unit
        }
        let rounded = total.rounded()
        // Whole seconds only, as "0.5 s" is refused: the tolerance absorbs binary rounding such as
        // 0.1 min (6.000000000000001 s), never a written fraction ("0.0000001 s" has 9 digits at most).
        guard terms > 0, abs(total - rounded) < 0.000_000_001, rounded < 1_000_000_000 else { return nil }
        return Int(rounded)
    }

    private static let units: [String: Double] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    ]
}

extension StringProtocol {
    /// The text without spaces, tabs and line breaks at either end.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else {
            return ""
        }
        return String(self[first...last])
    }
}
