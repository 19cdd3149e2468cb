/// An adherence log: a checkbox per step per day.
public struct Track: Sendable, Equatable {
    /// How many days the log covers, 1...31.
    public var days: Int

    /// Creates a log of `days` days.
    public init(days: Int) { self.days = days }
}
