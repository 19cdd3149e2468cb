import Routine

/// The sources of one step's texts: its number on the sheet, counted over every section, and
/// where the step starts in the routine file.
struct StepSources: Sendable, Hashable {
    /// The step's number on the sheet, from 1.
    let number: Int
    /// Where the step starts in the routine file.
    let location: SourceLocation?

    /// The sources of `step`, numbered `number`.
    init(_ step: Step, number: Int) {
        self.number = number
        location = step.location
    }

    /// The step's name.
    var name: TextSource { TextSource(.stepName(step: number), at: location) }
    /// The step's instructions as one paragraph.
    var instructions: TextSource { TextSource(.stepInstructions(step: number), at: location) }
    /// The step's notes.
    var notes: TextSource { TextSource(.stepNotes(step: number), at: location) }
    /// The step's caution.
    var caution: TextSource { TextSource(.stepCaution(step: number), at: location) }
    /// Any text of the step's alternative: reason, name or instructions.
    var alternative: TextSource { TextSource(.alternative(step: number), at: location) }

    /// Sub-step `index` (from 1) of the step's numbered instructions.
    func instruction(_ index: Int) -> TextSource {
        TextSource(.instruction(index, step: number), at: location)
    }

    /// Stage `index` (from 1) of the step's progression, at the stage's own line when known.
    func stage(_ index: Int, _ stage: Stage?) -> TextSource {
        TextSource(.stage(index, step: number), at: stage?.location ?? location)
    }
}
