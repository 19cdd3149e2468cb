/// A home-exercise routine as read from a routine file, with defaults applied and validated.
public struct Routine: Sendable, Equatable {
    /// The sheet's title, such as "Back Stretches".
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// BCP 47 tag of the language of the sheet's own words; "en" by default.
    public var language: String
    /// The client's name, printed in the Name field; an empty fill-in line when absent.
    public var client: String?
    /// The clinic or therapist line.
    public var provider: String?
    /// The date printed in the Date field.
    public var date: CalendarDate?
    /// A paragraph under the title.
    public var intro: String?
    /// How often to do the routine, such as "Twice a day".
    public var frequency: String?
    /// The sections in order. A routine written with top-level `steps` has one section without a title.
    public var sections: [Section]
    /// Paragraphs of the Notes block, printed after the steps.
    public var notes: [String]
    /// The adherence log, when the routine asks for one.
    public var track: Track?
    /// A built-in layout name or a path to a layout file (resolved against the routine's folder).
    public var layout: String?
    /// Where the `layout:` value is in the routine file, so a layout that names nothing is
    /// reported there.
    public var layoutLocation: SourceLocation?
    /// Where the routine was read from; `nil` for text that came from memory.
    public var source: String?
    /// The sheet's own words chosen by the routine, label name → text (such as "hold" → "Keep"),
    /// overriding the language's string table.
    public var labels: [String: String] = [:]
    /// A warning printed at the top of the sheet (`caution:`).
    public var caution: String?
    /// The clinic's brand file (`brand:`), an absolute path inside the routine's folder.
    public var brand: String?
    /// Which stage each week uses (`weeks:`), from week 1: `[1, 1, 2, 2, 3, 3]`; empty gives week N stage N.
    public var weeks: [Int] = []
    /// The week the sheet is printed for (`--week`), once chosen.
    public var week: Int?
    /// Print the traffic-light pain guide and a pain row in the log (`pain_guide: true`).
    public var painGuide = false

    /// Creates a routine from its parts.
    public init(
        title: String, subtitle: String? = nil, language: String = "en", client: String? = nil,
        provider: String? = nil, date: CalendarDate? = nil, intro: String? = nil,
        frequency: String? = nil, sections: [Section], notes: [String] = [], track: Track? = nil,
        layout: String? = nil, source: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.client = client
        self.provider = provider
        self.date = date
        self.intro = intro
        self.frequency = frequency
        self.sections = sections
        self.notes = notes
        self.track = track
        self.layout = layout
        self.source = source
    }

    /// Every step of every section, in reading order.
    public var allSteps: [Step] { sections.flatMap(\.steps) }

    /// Every step and every step's alternative, in reading order.
    public var allStepsAndAlternatives: [Step] {
        allSteps.flatMap { step in [step] + (step.alternative.map { [$0.step] } ?? []) }
    }
}
