import Routine

/// Where a step is in its week-by-week progression, printed under its words: "Stage 2 of 3:
/// Bridge" in the accent colour, and a small "Next: Bridge, two sets · 10 reps · 2 sets — when
/// 3 sets feel easy" line (none at the last stage).
struct ProgressNote {
    let composer: BlockComposer

    /// Whether `step` is at a stage of a progression.
    static func has(_ step: Step) -> Bool { step.currentStage != nil }

    /// "Stage 2 of 3: Bridge".
    func stageLine(_ step: Step) -> String? {
        guard let stage = step.stage, let current = step.currentStage else { return nil }
        let words = composer.labels.stage(stage + 1, of: step.progress.count)
        guard let name = current.name else { return words }
        return "\(words): \(name)"
    }

    /// "Next: Bridge, two sets · 10 reps · 2 sets — when 3 sets feel easy".
    func nextLine(_ step: Step) -> String? {
        guard let next = step.nextStage else { return nil }
        let labels = composer.labels
        var parts: [String] = []
        if let name = next.name { parts.append(name) }
        parts += DoseLine(labels: labels).parts(next.dose)
        var line = "\(labels.next): " + parts.joined(separator: " · ")
        if let when = next.when { line += " — \(when)" }
        return line
    }

    /// The note at `x`, `width` wide, from `top`; `small` sets the stage line in the small type too.
    /// The stage line carries the current stage's source, the "Next" line the next stage's.
    func items(_ step: Step, x: Length, top: Length, width: Length, small: Bool, sources: StepSources) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let setter = composer.setter
        var items: [PageItem] = []
        var y = top
        if let stage = stageLine(step) {
            let font = d.font(small ? d.type.small : d.type.body, .bold)
            let text = setter.paragraph(
                stage, font: font, color: d.colors.accent, x: x, top: y, width: width,
                source: step.stage.map { sources.stage($0 + 1, step.currentStage) })
            items += text.runs
            y += text.height
        }
        if let next = nextLine(step) {
            y += .mm(0.4)
            let text = setter.paragraph(
                next, font: d.font(d.type.small), color: d.colors.muted, x: x, top: y, width: width,
                source: step.stage.map { sources.stage($0 + 2, step.nextStage) })
            items += text.runs
            y += text.height
        }
        return (items, y - top)
    }
}
