import Yams

/// The work a routine may ask for, checked after decoding and before any layout: steps, notes
/// and checkboxes. (Characters after alias expansion are counted by `DocumentComposer`.)
///
/// Real routines stay far below: a few dozen steps, a few notes, a few hundred boxes.
package enum WorkBudget {
    /// The most steps in one routine.
    package static let maxSteps = 500
    /// The most notes in one routine.
    package static let maxNotes = 200
    /// The most checkboxes (reps × sets × sides, over every step) in one routine.
    package static let maxCheckboxes = 20_000

    /// The first budget `routine` exceeds, at the line where it is exceeded; `root` is the parsed
    /// document, for the position of a note.
    static func problem(in routine: Routine, root: Node, fileName: String) -> Diagnostic? {
        let steps = routine.allSteps
        if steps.count > maxSteps {
            return Diagnostic(
                .error, Messages.tooManySteps(steps.count, limit: maxSteps), at: steps[maxSteps].location)
        }
        if routine.notes.count > maxNotes {
            var location = SourceLocation(file: fileName, line: 1, column: 1)
            if case .mapping(let mapping) = root, case .sequence(let notes)? = mapping["notes"], notes.count > maxNotes,
                let mark = notes[maxNotes].mark
            {
                location = SourceLocation(file: fileName, line: mark.line, column: mark.column)
            }
            return Diagnostic(.error, Messages.tooManyNotes(routine.notes.count, limit: maxNotes), at: location)
        }
        var boxes = 0
        for step in steps {
            boxes += step.dose.checkboxCount
            if boxes > maxCheckboxes {
                let total = steps.reduce(0) { $0 + $1.dose.checkboxCount }
                return Diagnostic(
                    .error, Messages.tooManyCheckboxes(total, limit: maxCheckboxes), at: step.location)
            }
        }
        return nil
    }
}
