/// One stage of a step's progression (`progress:`): the dose to do while the plan is at this
/// stage, with an optional name and the sign that it is time for it (`when:`).
public struct Stage: Sendable, Equatable {
    /// What the stage is called, such as "Bridge, two sets"; the step's name when absent.
    public var name: String?
    /// When to move on to this stage, as the routine writes it: "when 3 sets feel easy".
    public var when: String?
    /// The stage's hold, reps, sets, sides and rest, the step's own filling what it does not give.
    public var dose: Dose
    /// Where the stage is written in its routine file.
    public var location: SourceLocation?

    /// Creates a stage.
    public init(name: String? = nil, when: String? = nil, dose: Dose, location: SourceLocation? = nil) {
        self.name = name
        self.when = when
        self.dose = dose
        self.location = location
    }
}
