/// A titled group of steps, such as "Warm-up".
public struct Section: Sendable, Equatable {
    /// The heading; `nil` for the single untitled section of a routine without sections.
    public var title: String?
    /// A short note printed under the heading.
    public var note: String?
    /// The steps in order.
    public var steps: [Step]

    /// Creates a section.
    public init(title: String?, note: String? = nil, steps: [Step]) {
        self.title = title
        self.note = note
        self.steps = steps
    }
}
