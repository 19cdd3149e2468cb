import Foundation

/// The sheet's own words (Hold, reps, Left, Right, …) in one language.
public struct SheetLabels: Sendable, Hashable {
    public var hold = "Hold"
    public var rep = "rep"
    public var reps = "reps"
    public var set = "set"
    public var sets = "sets"
    public var rest = "rest"
    public var eachSide = "each side"
    public var leftSide = "left side"
    public var rightSide = "right side"
    public var left = "Left"
    public var right = "Right"
    public var name = "Name"
    public var date = "Date"
    public var notes = "Notes"
    public var howOften = "How often"
    public var key = "Tick a box each time you finish one rep."
    public var continued = "continued"
    /// "Page {n} of {total}".
    public var pageOf = "Page {n} of {total}"

    /// English.
    public init() {}

    /// "Page 2 of 3".
    public func page(_ number: Int, of total: Int) -> String {
        pageOf.replacingOccurrences(of: "{n}", with: String(number))
            .replacingOccurrences(of: "{total}", with: String(total))
    }
}
