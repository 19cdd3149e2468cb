/// One exercise of a routine: its name, how to do it, and how much of it.
public struct Step: Sendable, Equatable {
    /// The exercise's name, such as "Knee to chest".
    public var name: String
    /// How to do it: one paragraph, or several numbered sub-steps.
    public var instructions: Instructions?
    /// Hold time, reps, sets, sides and rest, with the routine's defaults applied.
    public var dose: Dose
    /// Absolute path of a picture (PNG, JPEG or SVG).
    public var image: String?
    /// A description of the step's picture or figure for a screen reader (`image_alt:`).
    public var imageAlt: String?
    /// An http(s) link to a video of the exercise.
    public var video: String?
    /// A short note printed with the step.
    public var notes: String?
    /// Where the step starts in its routine file.
    public var location: SourceLocation?
    /// Where the step's `image:` value is in its routine file, so a picture that cannot be drawn
    /// is reported there.
    package var imageLocation: SourceLocation?
    /// The dose keys (`hold`, `reps`, `sets`, `sides`, `rest`) the step wrote itself rather than
    /// inheriting from the routine's `defaults`: a client's own defaults change only the others.
    package var explicitDoseKeys: Set<String> = []
    /// The catalogue exercise this step is based on (`exercise:`), before resolution.
    public var exercise: ExerciseReference?
    /// The figure to draw (`figure:`, or the exercise's); `image` wins when both are given.
    package var figure: FigureReference?
    /// What to do instead for someone who cannot do this step (`alternative:`).
    public var alternative: Alternative?
    /// A warning printed beside the step (`caution:`), such as "Only after a diagnosis".
    public var caution: String?
    /// The stages of a week-by-week progression (`progress:`), in order; empty without one.
    public var progress: [Stage] = []
    /// The index in `progress` of the stage the sheet prints, once a week is chosen.
    public var stage: Int?

    /// Creates a step, as a routine file's `steps:` entry would: its name, how to do it and how
    /// much of it, and optionally a picture (an absolute path), a video link, a note and where it
    /// stands in a file.
    public init(
        name: String, instructions: Instructions? = nil, dose: Dose = Dose(), image: String? = nil,
        video: String? = nil, notes: String? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.instructions = instructions
        self.dose = dose
        self.image = image
        self.video = video
        self.notes = notes
        self.location = location
    }

    /// Creates a step as the routine reader does, with where its picture stands and the dose keys
    /// it wrote itself.
    package init(
        name: String, instructions: Instructions? = nil, dose: Dose = Dose(), image: String? = nil,
        video: String? = nil, notes: String? = nil, location: SourceLocation? = nil,
        imageLocation: SourceLocation? = nil, explicitDoseKeys: Set<String> = []
    ) {
        self.init(
            name: name, instructions: instructions, dose: dose, image: image, video: video, notes: notes,
            location: location)
        self.imageLocation = imageLocation
        self.explicitDoseKeys = explicitDoseKeys
    }
}

/// How to do a step: a paragraph, or numbered sub-steps.
public enum Instructions: Sendable, Equatable {
    /// A single paragraph.
    case paragraph(String)
    /// Sub-steps printed as a numbered list.
    case numbered([String])
}
