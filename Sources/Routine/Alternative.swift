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
