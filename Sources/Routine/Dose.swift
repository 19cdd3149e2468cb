/// How much of a step to do: hold time, repetitions, sets, sides and rest.
public struct Dose: Sendable, Equatable {
    /// How long to hold each repetition; `nil` for no hold.
    public var hold: TimeSpan?
    /// Repetitions per set, 1...50.
    public var reps: Int
    /// Sets, 1...10.
    public var sets: Int
    /// Which side or sides the step is done on.
    public var sides: Sides
    /// Rest between sets; `nil` for none.
    public var rest: TimeSpan?
    /// How long the step lasts (`duration: 10 min`): printed instead of a hold and reps; `nil` for none.
    public var duration: TimeSpan? = nil
    /// How far the step goes (`distance: 1 km`), as written; `nil` for none.
    public var distance: Distance? = nil

    /// Creates a dose; the defaults are one rep, one set, no sides.
    public init(
        hold: TimeSpan? = nil, reps: Int = 1, sets: Int = 1, sides: Sides = .none, rest: TimeSpan? = nil
    ) {
        self.hold = hold
        self.reps = reps
        self.sets = sets
        self.sides = sides
        self.rest = rest
    }

    /// A step with a `duration` or a `distance`: its dose reads "10 min", not "Hold … · 1 rep".
    package var isTimed: Bool { duration != nil || distance != nil }

    /// The dose keys a timed or distance step never takes from `defaults` (a routine's or a
    /// client's): `defaults: {reps: 12, sets: 2, sides: each}` is written for the exercises counted
    /// in reps, and "Bike 10 min · 12 times · 2 sets · each side" is not what it means. A timed
    /// step gives these itself when it needs them.
    package static let keysTimedStepsDoNotInherit: Set<String> = ["hold", "reps", "sets", "sides", "rest"]

    /// Checkboxes on one side's row: one per rep per set.
    public var boxesPerSide: Int { reps * sets }

    /// All checkboxes of the step: one per rep, per set, per side.
    public var checkboxCount: Int { boxesPerSide * (sides == .each ? 2 : 1) }
}

/// Which side or sides a step is done on.
public enum Sides: String, Sendable, Equatable, CaseIterable {
    /// Not a one-sided exercise.
    case none
    /// Done on the left and then the right: a row of boxes for each.
    case each
    /// Left side only.
    case left
    /// Right side only.
    case right
}
