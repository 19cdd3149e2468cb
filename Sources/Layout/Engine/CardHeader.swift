import Routine

/// The top of a cards sheet: title and subtitle with the Name and Date fields, then the tinted panel.
struct CardHeader {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// The title column keeps at least this share of the width when the fields widen for a long name.
    static let titleShare = 0.45
    /// A title column narrower than this (on paper a little larger than a postcard) breaks a title
    /// into a tower of single words: the fields go under the title instead.
    static let narrowestTitle = Length.mm(55)

    /// Width the Name and Date fields need to show their values whole.
    func fieldsWidth(_ routine: Routine) -> Length {
        max(
            fieldWidth(composer.labels.name, value: routine.client),
            fieldWidth(composer.labels.date, value: routine.date?.description))
    }

    /// Width a field needs to show `value` whole (see `BlockComposer.fieldWidth`).
    func fieldWidth(_ label: String, value: String?) -> Length {
        composer.fieldWidth(label, value: value)
    }

    /// Title and subtitle on the left; Name and Date stacked in a column on the right, as wide as a
    /// long name needs. When even the widest column would cut the name, the fields go under the
    /// title in a row of their own, the name taking all but the Date field's width; so do they
    /// when the title's column would be narrower than `narrowestTitle`, or too narrow for one of
    /// its words.
    func block(_ routine: Routine) -> Block {
        let width = composer.width
        let needed = fieldsWidth(routine)
        let standard = min(.mm(70), width * 0.4)
        let widest = width * (1 - Self.titleShare) - s.fieldGap
        if needed > widest { return stacked(routine) }
        let fieldsWidth = max(standard, needed)
        if width - fieldsWidth - s.fieldGap < Self.narrowestTitle { return stacked(routine) }
        let textWidth = width - fieldsWidth - s.fieldGap
        if !titleWordsFit(routine, width: textWidth) { return stacked(routine) }
        var block = Block()
        let y = titleAndSubtitle(routine, width: textWidth, into: &block)
        // A long title kept beside the fields would stand as a tall narrow column: across the
        // page it takes fewer lines, the fields under it. (A title no taller than the lines it
        // may gain is never set across to compare.)
        let gain = d.font(d.type.title, .bold).lineHeight * Double(Self.tallTitleLines)
        if y > gain {
            var across = Block()
            if y - titleAndSubtitle(routine, width: width, into: &across) > gain { return stacked(routine) }
        }
        let fieldsX = composer.left + width - fieldsWidth
        block.add(
            composer.field(
                composer.labels.name, value: routine.client, x: fieldsX, width: fieldsWidth, top: .zero,
                source: TextSource(.client)))
        block.add(
            composer.field(
                composer.labels.date, value: routine.date?.description, x: fieldsX, width: fieldsWidth,
                top: s.fieldHeight + .mm(2)))
        block.height = max(y, s.fieldHeight * 2 + .mm(2))
        return block
    }

    /// How many more lines beside the fields than across the page the title may take.
    static let tallTitleLines = 2

    /// Whether each word of the title fits `width` set as small as a title may be made to show
    /// it whole (`TextSetter.fittingWords`); when one does not, the title goes across the page.
    private func titleWordsFit(_ routine: Routine, width: Length) -> Bool {
        // Widths grow with the size: the widest word at full size, scaled to the least.
        composer.setter.widestWord(of: routine.title, font: d.font(d.type.title, .bold)) * TextSetter.leastFittedSize
            <= width
    }

    /// Title and subtitle full width, then Name (filling) and Date in one row; or, for a name
    /// longer than that leaves room for, Name across the full width and Date under it.
    private func stacked(_ routine: Routine) -> Block {
        var block = Block()
        let width = composer.width
        let y = titleAndSubtitle(routine, width: width, into: &block) + s.subtitleToFields
        block.height = composer.nameRow(
            client: routine.client, label: composer.labels.date, value: routine.date?.description, top: y, into: &block)
        return block
    }

    /// The panel of a narrow page: the intro across it, then "HOW OFTEN" and the frequency chip in
    /// a line (the frequency as wrapped bold text under the label when the chip does not fit).
    private func stackedPanel(intro: String, frequency: String) -> Block {
        var block = Block(gapBefore: s.fieldsToPanel)
        let innerX = composer.left + s.panelInsetX
        let innerWidth = composer.width - s.panelInsetX * 2
        let text = composer.setter.paragraph(
            intro, font: d.font(d.type.body), color: d.colors.ink, x: innerX, top: s.panelInsetY, width: innerWidth,
            source: TextSource(.intro))
        block.add(text.runs)
        var y = s.panelInsetY + text.height + .mm(2.5)
        let labelFont = d.font(d.type.panelLabel, .bold)
        let labelText = composer.labels.howOften.uppercased()
        let chipFont = d.font(d.type.dose, .bold)
        let chipHeight = chipFont.ascent + chipFont.descent + Chips.paddingY * 2
        let labelWidth = composer.setter.measurer.width(of: labelText, font: labelFont)
        let chipX = innerX + labelWidth + .mm(3)
        let measurer = composer.setter.measurer
        if measurer.width(of: frequency, font: chipFont) + Chips.paddingX * 2 <= innerX + innerWidth - chipX {
            let label = composer.setter.line(
                labelText, font: labelFont, color: d.colors.accent, x: innerX,
                baseline: y + chipHeight / 2 + labelFont.size * 0.35, maxWidth: labelWidth)
            block.add(.text(label))
            let chip = Chips(composer: composer).items(
                [frequency], x: chipX, top: y, width: innerX + innerWidth - chipX, inverted: true,
                sources: [TextSource(.frequency)])
            block.add(chip.items)
            y += chip.height
        } else {
            let label = composer.setter.paragraph(
                labelText, font: labelFont, color: d.colors.accent, x: innerX, top: y, width: innerWidth)
            block.add(label.runs)
            y += label.height + .mm(1.2)
            let value = composer.setter.paragraph(
                frequency, font: d.font(d.type.frequency, .bold), color: d.colors.ink, x: innerX, top: y,
                width: innerWidth, source: TextSource(.frequency))
            block.add(value.runs)
            y += value.height
        }
        block.height = y + s.panelInsetY
        composer.tintBehind(&block)
        return block
    }

    /// Sets the title and subtitle `width` wide from the block's top; returns their height.
    private func titleAndSubtitle(_ routine: Routine, width: Length, into block: inout Block) -> Length {
        let font = composer.setter.fittingWords(routine.title, font: d.font(d.type.title, .bold), width: width)
        let title = composer.setter.paragraph(
            routine.title, font: font, color: d.colors.ink, x: composer.left, top: .zero, width: width,
            source: TextSource(.title))
        block.add(title.runs)
        var y = title.height
        if let subtitle = composer.subtitleLine(routine) {
            y += s.titleToSubtitle
            let text = composer.setter.paragraph(
                subtitle.text, font: d.font(d.type.subtitle), color: d.colors.muted, x: composer.left, top: y,
                width: width, source: subtitle.source)
            block.add(text.runs)
            y += text.height
        }
        return y
    }

    /// The intro keeps its column beside "HOW OFTEN" only when the column is at least this wide.
    static let narrowestIntro = Length.mm(60)

    /// The panel of a routine with no intro and no frequency: a ticked box and the key beside it,
    /// so the sheet still says what its boxes are for.
    private func keyPanel() -> Block {
        var block = Block(gapBefore: s.fieldsToPanel)
        let innerX = composer.left + s.panelInsetX
        let innerWidth = composer.width - s.panelInsetX * 2
        let box = d.checkbox.size
        let key = composer.setter.paragraph(
            composer.labels.key, font: d.font(d.type.key), color: d.colors.muted, x: innerX + box + .mm(2.5),
            top: s.panelInsetY, width: innerWidth - box - .mm(2.5))
        let boxTop = s.panelInsetY + max(.zero, (key.height - box) / 2)
        let boxFrame = Rect(x: innerX, y: boxTop, width: box, height: box)
        block.add(TickedBox.items(at: boxFrame, definition: d, color: d.colors.accent, tickWidth: .pt(1.5)))
        block.add(key.runs)
        block.height = max(key.height, box) + s.panelInsetY * 2
        composer.tintBehind(&block)
        return block
    }

    /// A tinted panel: the intro on the left, "HOW OFTEN" and the frequency chip on the right; on
    /// a narrow page, the intro across the panel and "HOW OFTEN" with its chip in a line under it.
    func panel(_ routine: Routine) -> Block {
        var block = Block(gapBefore: s.fieldsToPanel)
        let innerX = composer.left + s.panelInsetX
        let innerWidth = composer.width - s.panelInsetX * 2
        let hasFrequency = !(routine.frequency ?? "").isEmpty
        let hasIntro = !(routine.intro ?? "").isEmpty
        // Without an intro, "HOW OFTEN" and its frequency take the panel from the left.
        let columnWidth = hasFrequency ? (hasIntro ? min(s.panelColumn, innerWidth / 2) : innerWidth) : .zero
        if let intro = routine.intro, !intro.isEmpty, let frequency = routine.frequency, hasFrequency,
            innerWidth - columnWidth - s.panelGap < Self.narrowestIntro
        {
            return stackedPanel(intro: intro, frequency: frequency)
        }
        var leftHeight = Length.zero
        if let intro = routine.intro, !intro.isEmpty {
            let width = innerWidth - columnWidth - (hasFrequency ? s.panelGap : .zero)
            let text = composer.setter.paragraph(
                intro, font: d.font(d.type.body), color: d.colors.ink, x: innerX, top: s.panelInsetY, width: width,
                source: TextSource(.intro))
            block.add(text.runs)
            leftHeight = text.height
        }
        var rightHeight = Length.zero
        if let frequency = routine.frequency, hasFrequency {
            let x = innerX + innerWidth - columnWidth
            let label = composer.setter.paragraph(
                composer.labels.howOften.uppercased(), font: d.font(d.type.panelLabel, .bold),
                color: d.colors.accent, x: x, top: s.panelInsetY, width: columnWidth)
            block.add(label.runs)
            let top = s.panelInsetY + label.height + .mm(1.2)
            let chipFont = d.font(d.type.dose, .bold)
            let fitsChip =
                composer.setter.measurer.width(of: frequency, font: chipFont) <= columnWidth - Chips.paddingX * 2
            if fitsChip {
                let chip = Chips(composer: composer).items(
                    [frequency], x: x, top: top, width: columnWidth, inverted: true, sources: [TextSource(.frequency)])
                block.add(chip.items)
                rightHeight = label.height + .mm(1.2) + chip.height
            } else {
                // Too long for one chip (a longer language, say): bold text that wraps, never cut short.
                let text = composer.setter.paragraph(
                    frequency, font: d.font(d.type.frequency, .bold), color: d.colors.ink, x: x, top: top,
                    width: columnWidth, source: TextSource(.frequency))
                block.add(text.runs)
                rightHeight = label.height + .mm(1.2) + text.height
            }
        }
        // Without intro or frequency the panel still says what the boxes are for.
        guard leftHeight > .zero || rightHeight > .zero else { return keyPanel() }
        block.height = max(leftHeight, rightHeight) + s.panelInsetY * 2
        composer.tintBehind(&block)
        return block
    }
}
