import Routine

/// One built-in exercise: its name, where it works, how to do it, a default dose and its figure.
package struct Exercise: Sendable, Hashable {
    /// The body region an exercise works.
    package enum Region: String, Sendable, Hashable, CaseIterable {
        case neck, shoulders, chest
        case upperBack = "upper-back"
        case lowBack = "low-back"
        case hips, legs, core
    }

    /// The position an exercise is done in.
    package enum Position: String, Sendable, Hashable, CaseIterable {
        case lying
        case lyingFaceDown = "lying-face-down"
        case sideLying = "side-lying"
        case handsAndKnees = "hands-and-knees"
        case kneeling, sitting, standing
    }

    /// The catalogue name, from the file name: `knee-to-chest`.
    package var id: String
    /// The name printed on a sheet: "Knee to chest".
    package var name: String
    /// Other names it is known by.
    package var aliases: [String]
    package var region: Region
    package var position: Position
    /// How to do it, in one to three sentences.
    package var instructions: String
    /// The default dose; `nil` parts leave the routine's values.
    package var hold: TimeSpan?
    package var reps: Int?
    package var sets: Int?
    package var sides: Sides?
    package var rest: TimeSpan?
    /// The pictogram.
    package var figure: Figure
    /// Where the entry was read from.
    package var source: String

    /// Creates an exercise.
    package init(
        id: String, name: String, aliases: [String] = [], region: Region, position: Position, instructions: String,
        hold: TimeSpan? = nil, reps: Int? = nil, sets: Int? = nil, sides: Sides? = nil, rest: TimeSpan? = nil,
        figure: Figure, source: String = ""
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.region = region
        self.position = position
        self.instructions = instructions
        self.hold = hold
        self.reps = reps
        self.sets = sets
        self.sides = sides
        self.rest = rest
        self.figure = figure
        self.source = source
    }

    /// "Hold 30 s · 3 reps · each side", the default dose in words.
    package var doseSummary: String {
        var parts: [String] = []
        if let hold { parts.append("hold \(hold)") }
        if let reps { parts.append(reps == 1 ? "1 rep" : "\(reps) reps") }
        if let sets, sets > 1 { parts.append("\(sets) sets") }
        if sides == .each { parts.append("each side") }
        return parts.joined(separator: " · ")
    }
}
