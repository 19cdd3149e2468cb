/// What a step's `figure:` key says: a catalogue pose by name, or a pose written inline.
///
/// Routine keeps it as written; the Figures stage reads it (`FigureReader`) and reports problems
/// at their lines. `image:` wins over a figure when a step has both.
package enum FigureReference: Sendable, Hashable {
    /// A catalogue exercise whose figure to draw, such as `knee-to-chest`.
    case named(String, at: SourceLocation)
    /// A pose (or `start:`/`end:` poses) written in the routine file.
    case inline(SourceNode)

    /// Where the reference is written.
    package var location: SourceLocation {
        switch self {
        case .named(_, let location): return location
        case .inline(let node): return node.location
        }
    }
}

/// What a step's `exercise:` key says: a catalogue exercise the step is based on.
///
/// The step's own keys win over the catalogue entry; `givenKeys` lists them (including dose keys
/// the routine's `defaults` supplied), so resolution knows which of the entry's values to take.
public struct ExerciseReference: Sendable, Hashable {
    /// The catalogue name or alias as written, such as `knee-to-chest`.
    public var name: String
    /// Where the name is written.
    public var location: SourceLocation
    /// Step keys given in the file or by `defaults`: `name`, `instructions`, `hold`, `reps`, …
    package var givenKeys: Set<String>

    /// Creates a reference.
    package init(name: String, location: SourceLocation, givenKeys: Set<String>) {
        self.name = name
        self.location = location
        self.givenKeys = givenKeys
    }
}
