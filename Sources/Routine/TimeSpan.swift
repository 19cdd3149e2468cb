/// A whole number of seconds, printed the way people say it: "30 s", "1 min 30 s".
public struct TimeSpan: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The length in seconds.
    public var seconds: Int

    /// Creates a span of `seconds` seconds.
    public init(seconds: Int) { self.seconds = seconds }

    /// "45 s", "2 min", "1 min 30 s", "1 h 5 min".
    public var description: String {
        let hours = seconds / 3600
        let minutes = (seconds % 3600) / 60
        let rest = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 { parts.append("\(minutes) min") }
        if rest > 0 || parts.isEmpty { parts.append("\(rest) s") }
        return parts.joined(separator: " ")
    }
}
