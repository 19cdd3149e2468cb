import Routine

/// What to do instead of a step, printed under it: an accent bar, the reason, "Instead: Name",
/// the alternative's dose and instructions, and on cards its own small figure. It has no boxes
/// of its own: the person ticks the step's boxes whichever of the two they do.
struct AlternativeBlock {
    let composer: BlockComposer

    /// How much of the alternative to print.
    enum Style {
        /// Reason, name, dose and instructions (classic and large print).
        case full
        /// As `full`, with the alternative's figure beside its words when the layout draws figures (cards).
        case figure
        /// Reason, name and dose, without the instructions (large print, whose type leaves no room).
        case brief
        /// One short paragraph: "Instead: Name · dose. Reason" (tracker and compact).
        case short
    }

    /// Width of the accent bar on the left.
    static let bar = Length.pt(2)
    /// Space between the bar and the words.
    static let inset = Length.mm(3)
    /// Widest figure tile on a card.
    static let tileWidth = Length.mm(24)

    /// The alternative at `x`, `width` wide, from `top`; its words carry `source`, the step's alternative.
    func items(_ alternative: Alternative, x: Length, top: Length, width: Length, style: Style, source: TextSource)
        -> (

            items: [PageItem], height: Length
        )
    {
        let d = composer.definition
        let setter = composer.setter
        let labels = composer.labels
        let step = alternative.step
        var items: [PageItem] = []
        var textX = x + Self.inset
        var textWidth = width - Self.inset
        var tileBottom = top
        if style == .figure, StepFigure(composer: composer).shows(step), width >= .mm(60) {
            let tileWidth = min(Self.tileWidth, width * 0.32)
            let tile = Rect(x: textX, y: top, width: tileWidth, height: tileWidth * 0.75)
            items += StepFigure(composer: composer).items(for: step, in: tile, background: .white)
            tileBottom = tile.maxY
            textX = tile.maxX + .mm(2.5)
            textWidth = x + width - textX
        }
        var y = top
        if style == .short {
            let dose = DoseLine(labels: labels).parts(step.dose).joined(separator: " · ")
            var line = "\(labels.instead): \(step.name)"
            if !dose.isEmpty { line += " · \(dose)" }
            if let reason = alternative.reason { line = Self.line(line, after: reason) }
            let text = setter.paragraph(
                line, font: d.font(d.type.small, .bold), color: d.colors.muted, x: textX, top: y, width: textWidth,
                source: source)
            items += text.runs
            y += text.height
        } else {
            let font = d.font(style == .figure ? d.type.small : d.type.body)
            if let reason = alternative.reason {
                let text = setter.paragraph(
                    reason, font: d.font(font.size, italic: true), color: d.colors.muted, x: textX, top: y,
                    width: textWidth, source: source)
                items += text.runs
                y += text.height + .mm(0.6)
            }
            let name = setter.paragraph(
                "\(labels.instead): \(step.name)", font: font.with(weight: .bold), color: d.colors.ink, x: textX,
                top: y, width: textWidth, source: source)
            items += name.runs
            y += name.height + .mm(0.6)
            let dose = StepBuilder(composer: composer).doseLine(step.dose, x: textX, top: y, width: textWidth)
            items += dose.items
            y += dose.height
            if let instructions = step.instructions, style != .brief {
                y += .mm(0.8)
                let text = instructionItems(
                    instructions, font: font, x: textX, top: y, width: textWidth, source: source)
                items += text.items
                y += text.height
            }
        }
        let bottom = max(y, tileBottom)
        let barX = x + Self.bar / 2
        items.append(
            .rule(
                Rule(
                    from: Point(x: barX, y: top), to: Point(x: barX, y: bottom), color: d.colors.accentMid,
                    lineWidth: Self.bar)))
        return (items, bottom - top)
    }

    /// Instructions in `font`: a paragraph, or sub-steps joined into one.
    private func instructionItems(
        _ instructions: Instructions, font: FontSpec, x: Length, top: Length, width: Length, source: TextSource
    ) -> (items: [PageItem], height: Length) {
        let text: String
        switch instructions {
        case .paragraph(let paragraph): text = paragraph
        case .numbered(let list):
            text = list.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
        }
        let result = composer.setter.paragraph(
            text, font: font, color: composer.definition.colors.ink, x: x, top: top, width: width, source: source)
        return (result.runs, result.height)
    }

    /// `line` on one line after `reason`: after a space when the reason ends its sentence ("Can't
    /// kneel? Instead: …"), else after a dash, so it does not run into "Instead" ("If the hips
    /// hurt — Instead: …").
    static func line(_ line: String, after reason: String) -> String {
        var reason = Substring(reason)
        while reason.last?.isWhitespace == true { reason.removeLast() }
        guard let last = reason.last else { return line }
        return last.isPunctuation ? "\(reason) \(line)" : "\(reason) — \(line)"
    }
}

/// A step's stage, caution and alternative, stacked under its words: the hook every layout calls.
struct StepExtras {
    let composer: BlockComposer

    /// Space above each piece.
    static let gap = Length.mm(2)

    /// Whether `step` has anything to print here.
    static func has(_ step: Step) -> Bool {
        step.caution != nil || step.alternative != nil || ProgressNote.has(step)
    }

    /// The caution and the alternative of `step` from `top` (after a gap), and their height with
    /// the gaps; their words carry the step's `sources`.
    func items(
        _ step: Step, x: Length, top: Length, width: Length, style: AlternativeBlock.Style, sources: StepSources
    ) -> (
        items: [PageItem], height: Length
    ) {
        var items: [PageItem] = []
        var y = top
        if ProgressNote.has(step) {
            y += Self.gap
            let note = ProgressNote(composer: composer).items(
                step, x: x, top: y, width: width, small: style == .short || style == .figure, sources: sources)
            items += note.items
            y += note.height
        }
        if let caution = step.caution {
            y += Self.gap
            let block = CautionBlock(composer: composer).items(
                caution, x: x, top: y, width: width, small: style == .short || style == .figure,
                source: sources.caution)
            items += block.items
            y += block.height
        }
        if let alternative = step.alternative {
            y += Self.gap
            let block = AlternativeBlock(composer: composer).items(
                alternative, x: x, top: y, width: width, style: style, source: sources.alternative)
            items += block.items
            y += block.height
        }
        return (items, y - top)
    }

}
