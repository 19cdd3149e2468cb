/// Another way to do a step, for someone who cannot do it as written ("Can't kneel? Do this
/// instead."): a catalogue exercise or a whole step, with a short reason.
///
/// The alternative shares its step's checkboxes: the person does one or the other.
public struct Alternative: Sendable, Equatable {
    /// The step's storage: a step holds its alternative, so the alternative's own step is boxed.
    private indirect enum Storage: Sendable, Equatable {
        case step(Step)
    }

    private var storage: Storage
    /// Why and when to do it instead, such as "Can't kneel? Do this instead."
    public var reason: String?
    /// Where `alternative:` is written in the routine file.
    public var location: SourceLocation?
    /// Whether it is done as much as the step it replaces (written out without a dose), so its
    /// dose follows the step's: from the catalogue, a week's stage or a client's changes.
    package var takesStepDose = false

    /// What to do instead: its name, instructions, dose and figure.
    public var step: Step {
        get {
            switch storage {
            case .step(let step): return step
            }
        }
        set { storage = .step(newValue) }
    }

    /// Creates an alternative.
    public init(step: Step, reason: String? = nil, location: SourceLocation? = nil) {
        storage = .step(step)
        self.reason = reason
        self.location = location
    }
}

extension Step {
    /// Gives an alternative written without a dose the step's dose, after the step's dose changed.
    package mutating func alternativeFollowsDose() {
        if alternative?.takesStepDose == true { alternative?.step.dose = dose }
    }
}
