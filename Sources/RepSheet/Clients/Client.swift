import Routine

/// One person a routine is handed to, with what their copy changes.
///
/// Every field but `name` is optional; what is absent leaves the routine as it is.
public struct Client: Sendable, Equatable {
    /// The name printed in the Name field; also gives the output file its name.
    public var name: String
    /// The date printed in the Date field.
    public var date: CalendarDate?
    /// The clinic or therapist line.
    public var provider: String?
    /// Paragraphs added after the routine's own notes.
    public var notes: [String]?
    /// Whether the routine's own notes stay on this client's sheet; only a client file that says
    /// `keep-routine-notes: no` removes them.
    public var keepsRoutineNotes: Bool
    /// Dose values that replace the routine's `defaults`: a step's own value still wins.
    public var defaults: DoseChange
    /// Dose changes for single steps, by step name; these win over everything.
    public var steps: [StepChange]
    /// Steps to leave out, by name.
    public var skip: [StepReference]
    /// A built-in layout name or the absolute path of a layout file; wins over the routine's and
    /// the command line's.
    public var layout: String?
    /// BCP 47 tag of the language of the sheet's own words.
    public var language: String?
    /// Where the client's entry starts in the client file (its row or list item).
    public var location: SourceLocation?
    /// More routine files (absolute paths) printed after the routine in this client's handout
    /// (`routines:`), each starting on a new page, page numbers running through.
    public var routines: [String] = []

    /// Creates a client; only the name is required.
    public init(
        name: String, date: CalendarDate? = nil, provider: String? = nil, notes: [String]? = nil,
        defaults: DoseChange = DoseChange(), steps: [StepChange] = [], skip: [StepReference] = [],
        layout: String? = nil, language: String? = nil, location: SourceLocation? = nil, keepsRoutineNotes: Bool = true
    ) {
        self.name = name
        self.date = date
        self.provider = provider
        self.notes = notes
        self.defaults = defaults
        self.steps = steps
        self.skip = skip
        self.layout = layout
        self.language = language
        self.location = location
        self.keepsRoutineNotes = keepsRoutineNotes
    }
}

/// Dose values to change; each `nil` leaves the value as it is.
public struct DoseChange: Sendable, Equatable {
    /// The new hold; `.some(nil)` removes the hold.
    public var hold: TimeSpan??
    /// Repetitions per set, 1...50.
    public var reps: Int?
    /// Sets, 1...10.
    public var sets: Int?
    /// Which side or sides.
    public var sides: Sides?
    /// Rest between sets; `.some(nil)` removes it.
    public var rest: TimeSpan??

    /// Creates a change; with no arguments it changes nothing.
    public init(hold: TimeSpan?? = nil, reps: Int? = nil, sets: Int? = nil, sides: Sides? = nil, rest: TimeSpan?? = nil)
    {
        self.hold = hold
        self.reps = reps
        self.sets = sets
        self.sides = sides
        self.rest = rest
    }

    /// Whether it changes nothing.
    public var isEmpty: Bool { self == DoseChange() }

    /// `dose` with every value this change gives replaced.
    public func applied(to dose: Dose) -> Dose {
        var result = dose
        if let hold { result.hold = hold }
        if let reps { result.reps = reps }
        if let sets { result.sets = sets }
        if let sides { result.sides = sides }
        if let rest { result.rest = rest }
        return result
    }

    /// `dose` with the values this change gives replaced, except those in `explicit`, the dose keys
    /// (`hold`, `reps`, …) the step wrote itself.
    public func applied(to dose: Dose, keeping explicit: Set<String>) -> Dose {
        var change = self
        if explicit.contains("hold") { change.hold = nil }
        if explicit.contains("reps") { change.reps = nil }
        if explicit.contains("sets") { change.sets = nil }
        if explicit.contains("sides") { change.sides = nil }
        if explicit.contains("rest") { change.rest = nil }
        return change.applied(to: dose)
    }
}

/// A step named in a client's entry, with where it was named.
public struct StepReference: Sendable, Equatable {
    /// The step's name as written.
    public var name: String
    /// Where the name is written.
    public var location: SourceLocation?

    /// Creates a reference.
    public init(name: String, location: SourceLocation? = nil) {
        self.name = name
        self.location = location
    }
}

/// A dose change for the steps with one name.
public struct StepChange: Sendable, Equatable {
    /// The step.
    public var step: StepReference
    /// What changes.
    public var dose: DoseChange

    /// Creates a step change.
    public init(step: StepReference, dose: DoseChange) {
        self.step = step
        self.dose = dose
    }
}
