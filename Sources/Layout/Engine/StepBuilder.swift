import Routine

/// One numbered step: badge, name, dose line, instructions, notes, and its checkbox rows.
struct StepBuilder {
    let composer: BlockComposer

    /// The least width of a step's text for its picture and its video's code to share a row.
    static let mediaRowWidth = Length.mm(120)

    func block(_ step: Step, number: Int, ruleAbove: Bool) -> Block {
        let d = composer.definition
        let s = d.spacing
        let setter = composer.setter
        let left = composer.left, width = composer.width
        var block = Block(startsStep: true, alt: step.imageAlt, boxes: composer.labels.boxesDescription(step.dose))
        if ruleAbove {
            block.separator = [
                .rule(
                    Rule(
                        from: Point(x: left, y: .zero), to: Point(x: left + width, y: .zero), color: d.colors.hairline,
                        lineWidth: s.hairline))
            ]
        }
        let top = s.stepPadding
        let sources = StepSources(step, number: number)
        block.add(badge(number, top: top))
        let textX = left + s.badgeColumn
        let fullWidth = width - s.badgeColumn
        let columnWidth = min(s.ticksColumn, width * 0.35)
        let columnX = left + width - columnWidth
        let grid = CheckboxGrid(definition: d, setter: setter, labels: composer.labels)
        let media = StepMedia(composer: composer)
        let gridGap = s.doseToInstructions * 2
        let rowPitch = d.checkbox.size + d.checkbox.rowGap
        let header = continuationHeader(step, number: number)
        block.continuationHeader = header.items
        block.continuationHeaderHeight = header.height
        if d.checkbox.placement == .underDose {
            return underDose(step, in: block, top: top, sources: sources)
        }
        let hasPicture = media.picture(for: step, x: columnX, width: columnWidth, top: top).height > .zero
        // Full width: the text (beside the picture, when there is one) over the rows of boxes.
        let besideWidth = hasPicture && d.checkbox.placement == .right ? fullWidth - s.gutter - columnWidth : fullWidth
        // A picture under the boxes shares its row with the video's code when the page is wide enough.
        let codeBesidePicture =
            hasPicture && step.video != nil && d.checkbox.placement == .below && fullWidth >= Self.mediaRowWidth
        let wide = text(step, sources, x: textX, width: besideWidth, top: top, videoCode: !codeBesidePicture)
        let full = grid.layout(for: step.dose, x: textX, width: fullWidth)
        let beside =
            d.checkbox.placement == .right && hasPicture
            ? media.picture(for: step, x: columnX, width: columnWidth, top: top, room: wide.bottom - top) : nil
        let gridTop = max(wide.bottom, top + (beside?.height ?? .zero)) + gridGap
        let mediaTop = gridTop + full.height + gridGap - StepMedia.gap
        let pictureWidth = codeBesidePicture ? min(besideWidth * 0.4, .mm(60)) : besideWidth
        let codeWidth = codeBesidePicture ? besideWidth - pictureWidth - s.gutter : .zero
        let picture = beside == nil ? media.picture(for: step, x: textX, width: pictureWidth, top: mediaTop) : nil
        let code =
            codeBesidePicture
            ? media.qrCode(for: step, x: textX + pictureWidth + s.gutter, width: codeWidth, top: mediaTop) : nil
        let mediaHeight = max(picture?.height ?? .zero, code?.height ?? .zero)
        let below = picture.map { (items: $0.items + (code?.items ?? []), height: mediaHeight) }
        let fullHeight =
            gridTop + full.height
            + ((below?.height ?? .zero) > .zero ? gridGap - StepMedia.gap + (below?.height ?? .zero) : .zero)
        // In the column right of the text when the rows stand beside the text (or every set fits
        // one row there) and the step is no taller than with the rows under the text.
        if d.checkbox.placement == .right {
            let narrow = text(step, sources, x: textX, width: fullWidth - s.gutter - columnWidth, top: top)
            let column = grid.layout(for: step.dose, x: columnX, width: columnWidth)
            let picture = media.picture(
                for: step, x: column.boxesX, width: left + width - column.boxesX, top: top + column.height,
                room: narrow.bottom - top - column.height)
            let columnHeight = top + max(narrow.bottom - top, column.height + picture.height)
            let besideText = column.height + picture.height <= narrow.bottom - top + d.checkbox.rowGap
            // A set in more than two rows, or in two short ones, is a tower of boxes: never beside the text.
            let compactRows = column.setsInOneRow || column.rowsPerSet == 2 && column.longestRow >= 4
            if (besideText || column.setsInOneRow) && compactRows && columnHeight <= fullHeight + rowPitch / 2 {
                block.add(narrow.items)
                block.add(column.items.map { $0.offset(dy: top) })
                block.add(picture.items)
                block.rowCuts = column.rowCuts.map { $0 + top }
                block.cutPoints = column.cuts.map { $0 + top } + block.rowCuts
                block.cutHeadings = column.cutHeadings.map { $0.offset(dy: top) }
                block.keepTogetherUntil = top + column.firstRowBottom
                block.height = max(columnHeight, top + s.badgeDiameter) + s.stepPadding
                return block
            }
        }
        block.add(wide.items)
        block.add(beside?.items ?? [])
        block.add(full.items.map { $0.offset(dy: gridTop) })
        block.add(below?.items ?? [])
        block.rowCuts = full.rowCuts.map { $0 + gridTop }
        block.cutPoints = full.cuts.map { $0 + gridTop } + block.rowCuts
        block.cutHeadings = full.cutHeadings.map { $0.offset(dy: gridTop) }
        block.keepTogetherUntil = gridTop + full.firstRowBottom
        block.height = max(fullHeight, top + s.badgeDiameter) + s.stepPadding
        return block
    }

    /// The step's name (a link to its video), dose line, instructions, notes and video code in a
    /// column `width` wide at `x` from `top`; returns the items and where they end. The words carry
    /// the step's `sources`.
    func text(
        _ step: Step, _ sources: StepSources, x textX: Length, width textWidth: Length, top: Length,
        videoCode: Bool = true
    ) -> (
        items: [PageItem], bottom: Length
    ) {
        let heading = self.heading(step, sources, x: textX, width: textWidth, top: top)
        let body = self.body(step, sources, x: textX, width: textWidth, top: heading.bottom, videoCode: videoCode)
        return (heading.items + body.items, body.bottom)
    }

    /// The step's name (a link to its video) and dose line.
    func heading(_ step: Step, _ sources: StepSources, x textX: Length, width textWidth: Length, top: Length) -> (
        items: [PageItem], bottom: Length
    ) {
        let d = composer.definition
        var items: [PageItem] = []
        var y = top
        let name = composer.setter.paragraph(
            step.name, font: d.font(d.type.step, .bold), color: d.colors.ink, x: textX, top: y, width: textWidth,
            source: sources.name)
        items += name.runs
        if let video = step.video { items += name.runs.map { .link(Link(frame: $0.frame, url: video)) } }
        y += name.height + d.spacing.nameToDose
        let dose = doseLine(step.dose, x: textX, top: y, width: textWidth)
        items += dose.items
        return (items, y + dose.height)
    }

    /// The step's instructions, notes, extras (alternative, caution) and video code.
    func body(
        _ step: Step, _ sources: StepSources, x textX: Length, width textWidth: Length, top: Length,
        videoCode: Bool = true
    ) -> (
        items: [PageItem], bottom: Length
    ) {
        let d = composer.definition
        let s = d.spacing
        let setter = composer.setter
        var items: [PageItem] = []
        var y = top
        if let instructions = step.instructions {
            y += s.doseToInstructions
            let text = self.instructions(instructions, x: textX, top: y, width: textWidth, sources: sources)
            items += text.items
            y += text.height
        }
        if let notes = step.notes, !notes.isEmpty {
            y += s.instructionsToNotes
            let text = setter.paragraph(
                notes, font: d.font(d.type.body, italic: true), color: d.colors.muted, x: textX, top: y,
                width: textWidth, source: sources.notes)
            items += text.runs
            y += text.height
        }
        let extras = StepExtras(composer: composer).items(
            step, x: textX, top: y, width: textWidth, style: d.type.body > .pt(14) ? .brief : .full,
            sources: sources)
        items += extras.items
        y += extras.height
        if videoCode {
            let qrCode = StepMedia(composer: composer).qrCode(for: step, x: textX, width: textWidth, top: y)
            items += qrCode.items
            y += qrCode.height
        }
        return (items, y)
    }

    /// The step's badge and name with "(continued)", put at the top of a page the step runs onto.
    func continuationHeader(_ step: Step, number: Int) -> (items: [PageItem], height: Length) {
        let d = composer.definition
        let s = d.spacing
        let setter = composer.setter
        let textX = composer.left + s.badgeColumn
        let textWidth = composer.width - s.badgeColumn
        var items = badge(number, top: .zero)
        let name = setter.paragraph(
            step.name + " (\(composer.labels.continued))", font: d.font(d.type.step, .bold), color: d.colors.muted,
            x: textX, top: .zero, width: textWidth, source: StepSources(step, number: number).name)
        items += name.runs
        return (items, max(name.height, s.badgeDiameter) + s.nameToDose * 2)
    }

    /// The step's number in an accent disc at the left edge, from `top`.
    func badge(_ number: Int, top: Length) -> [PageItem] {
        let diameter = composer.definition.spacing.badgeDiameter
        let disc = Rect(x: composer.left, y: top, width: diameter, height: diameter)
        return NumberBadge(number: number, disc: disc).items(composer.definition, setter: composer.setter)
    }

    /// The dose parts separated by accent-mid dots, wrapping between parts when the line is full.
    func doseLine(_ dose: Dose, x: Length, top: Length, width: Length) -> (items: [PageItem], height: Length) {
        let d = composer.definition
        let font = d.font(d.type.dose, .bold)
        let measurer = composer.setter.measurer
        let dot = " · "
        let dotWidth = measurer.width(of: dot, font: font)
        var items: [PageItem] = []
        var cursor = x
        var baseline = top + font.ascent
        var lines = 1
        for (index, part) in DoseLine(labels: composer.labels).parts(dose).enumerated() {
            let partWidth = min(measurer.width(of: part, font: font), width)
            if index > 0 {
                if cursor + dotWidth + partWidth > x + width {
                    cursor = x
                    baseline += font.lineHeight
                    lines += 1
                } else {
                    items.append(
                        .text(
                            TextRun(
                                text: "·", font: font, color: d.colors.accentMid,
                                origin: Point(
                                    x: cursor + (dotWidth - measurer.width(of: "·", font: font)) / 2, y: baseline),
                                width: measurer.width(of: "·", font: font))))
                    cursor += dotWidth
                }
            }
            let run = composer.setter.line(
                part, font: font, color: d.colors.accent, x: cursor, baseline: baseline, maxWidth: width)
            items.append(.text(run))
            cursor += run.width
        }
        return (items, composer.setter.height(lines: lines, font: font))
    }

    /// A paragraph, or numbered sub-steps with a hanging indent, in the body type (or `font`).
    /// - Parameters:
    ///   - indentGap: the space between a sub-step's number and its text.
    ///   - itemGap: the space between sub-steps.
    ///   - sources: the step's, which the words carry.
    func instructions(
        _ instructions: Instructions, x: Length, top: Length, width: Length, font: FontSpec? = nil,
        indentGap: Length = .mm(2), itemGap: Length = .mm(1), sources: StepSources, wrap: WrapAround? = nil
    ) -> (items: [PageItem], height: Length) {
        let d = composer.definition
        let font = font ?? d.font(d.type.body)
        let setter = composer.setter
        switch instructions {
        case .paragraph(let text):
            let result = setter.paragraph(
                text, font: font, color: d.colors.ink, x: x, top: top, width: width, source: sources.instructions,
                wrap: wrap)
            return (result.runs, result.height)
        case .numbered(let items):
            var placed: [PageItem] = []
            var y = top
            let indent = setter.measurer.width(of: "\(items.count).", font: font) + indentGap
            for (index, item) in items.enumerated() {
                if index > 0 { y += itemGap }
                let column = wrap?.column(at: y, x: x, width: width) ?? (x: x, width: width)
                placed.append(
                    .text(
                        setter.line(
                            "\(index + 1).", font: font, color: d.colors.accent, x: column.x,
                            baseline: y + font.ascent, maxWidth: indent)))
                let itemWrap = wrap.map { WrapAround(until: $0.until, x: $0.x + indent, width: $0.width - indent) }
                let text = setter.paragraph(
                    item, font: font, color: d.colors.ink, x: column.x + indent, top: y, width: column.width - indent,
                    source: sources.instruction(index + 1), wrap: itemWrap)
                placed.append(contentsOf: text.runs)
                y += max(text.height, setter.height(lines: 1, font: font))
            }
            return (placed, y - top)
        }
    }
}
