import Routine

/// Which dose keys each step of a routine wrote itself, as opposed to inheriting them from the
/// routine's `defaults`.
///
/// A client's `defaults` replace the routine's defaults, so they must not change a value a step
/// sets itself. The decoder records these on each step (`Step.explicitDoseKeys`).
public struct DoseOrigins: Sendable, Equatable {
    /// For every step in reading order (`Routine.allSteps`), the dose keys it wrote: `hold`, `reps`,
    /// `sets`, `sides`, `rest`.
    public var explicitKeys: [Set<String>]

    /// Creates origins from their parts.
    public init(explicitKeys: [Set<String>]) { self.explicitKeys = explicitKeys }

    /// The origins the decoder recorded on `routine`'s steps.
    public init(routine: Routine) { explicitKeys = routine.allSteps.map(\.explicitDoseKeys) }
}
