import Routine

/// The tinted panel under the title: intro on the left; how often and the tick key on the right.
struct PanelBuilder {
    let composer: BlockComposer

    func block(_ routine: Routine) -> Block {
        if composer.definition.panel == .outlined { return outlined(routine) }
        let d = composer.definition
        let s = d.spacing
        let setter = composer.setter
        let left = composer.left, width = composer.width
        var block = Block(gapBefore: s.fieldsToPanel)
        let innerLeft = left + s.panelInsetX
        let innerWidth = width - 2 * s.panelInsetX
        let hasIntro = !(routine.intro ?? "").isEmpty
        // On a narrow page the intro takes the panel's width, with how often and the key under it.
        let besideIntro = hasIntro && innerWidth - min(s.panelColumn, innerWidth / 2) - s.panelGap >= .mm(75)
        let columnWidth = besideIntro ? min(s.panelColumn, innerWidth / 2) : innerWidth
        let columnX = besideIntro ? innerLeft + innerWidth - columnWidth : innerLeft
        let top = s.panelInsetY
        var leftHeight = Length.zero
        var y = top
        if let intro = routine.intro, hasIntro {
            let text = setter.paragraph(
                intro, font: d.font(d.type.body), color: d.colors.ink, x: innerLeft, top: top,
                width: besideIntro ? innerWidth - columnWidth - s.panelGap : innerWidth, source: TextSource(.intro))
            block.add(text.runs)
            leftHeight = text.height
            if !besideIntro { y += text.height + .mm(4) }
        }
        if let frequency = routine.frequency, !frequency.isEmpty {
            let label = setter.paragraph(
                composer.labels.howOften.uppercased(), font: d.font(d.type.panelLabel, .bold), color: d.colors.accent,
                x: columnX, top: y, width: columnWidth)
            block.add(label.runs)
            y += label.height + .mm(1.2)
            let text = setter.paragraph(
                frequency, font: d.font(d.type.frequency, .bold), color: d.colors.ink, x: columnX, top: y,
                width: columnWidth, source: TextSource(.frequency))
            block.add(text.runs)
            y += text.height + .mm(4)
        }
        // The key: a ticked box explaining what the boxes are for.
        let box = d.checkbox.size
        let keyFont = d.font(d.type.key)
        let keyX = columnX + box + .mm(2.5)
        let key = setter.paragraph(
            composer.labels.key, font: keyFont, color: d.colors.muted, x: keyX, top: y,
            width: columnWidth - box - .mm(2.5))
        let boxFrame = Rect(x: columnX, y: y + .mm(0.3), width: box, height: box)
        block.add(TickedBox.items(at: boxFrame, definition: d, color: d.colors.accent, tickWidth: .pt(1.5)))
        block.add(key.runs)
        y += max(key.height, box + .mm(0.3))
        let height = max(leftHeight + top, y) + s.panelInsetY
        let panel = PageItem.box(
            Box(
                frame: Rect(x: left, y: .zero, width: width, height: height), fill: d.colors.tint,
                cornerRadius: s.panelRadius))
        block.items.insert(panel, at: 0)
        block.height = height
        return block
    }

    /// High contrast: a black outline holding "How often: …", the intro and the tick key, stacked.
    /// On a page too small for it under the title and the caution, the key may go on at the top of
    /// the next page, in an outline of its own (`Block.panelCuts`).
    func outlined(_ routine: Routine) -> Block {
        let d = composer.definition
        let s = d.spacing
        let setter = composer.setter
        let left = composer.left, width = composer.width
        var block = Block(gapBefore: s.fieldsToPanel)
        let x = left + s.panelInsetX
        let inner = width - 2 * s.panelInsetX
        var y = s.panelInsetY
        if let frequency = routine.frequency, !frequency.isEmpty {
            let text = setter.paragraph(
                "\(composer.labels.howOften): \(frequency)", font: d.font(d.type.frequency, .bold), color: d.colors.ink,
                x: x, top: y,
                width: inner, source: TextSource(.frequency))
            block.add(text.runs)
            y += text.height + .mm(3.5)
        }
        if let intro = routine.intro, !intro.isEmpty {
            let text = setter.paragraph(
                intro, font: d.font(d.type.body), color: d.colors.ink, x: x, top: y, width: inner,
                source: TextSource(.intro))
            block.add(text.runs)
            // The words above the key close their outline an inset under them when the key goes on.
            let inset = min(s.panelInsetY, .mm(5))
            let cut = y + text.height + inset
            y += text.height + .mm(5)
            block.cutPoints = [cut]
            block.panelCuts = [cut]
            block.continuationHeaderHeight = inset
        }
        let box = d.checkbox.size
        let keyFont = d.font(d.type.key, .bold)
        let keyX = x + box + .mm(3)
        let key = setter.paragraph(
            composer.labels.key, font: keyFont, color: d.colors.ink, x: keyX, top: y, width: inner - box - .mm(3))
        let keyShift = max(.zero, (box - key.height) / 2)
        let boxFrame = Rect(x: x, y: y, width: box, height: box)
        block.add(TickedBox.items(at: boxFrame, definition: d, color: d.colors.ink, tickWidth: .pt(2)))
        block.add(key.runs.map { $0.offset(dy: keyShift) })
        y += max(key.height, box) + s.panelInsetY
        let half = s.panelLine / 2
        let frame = Rect(x: left + half, y: half, width: width - s.panelLine, height: y - s.panelLine)
        block.items.insert(
            .box(Box(frame: frame, stroke: d.colors.ink, lineWidth: s.panelLine, cornerRadius: s.panelRadius)), at: 0)
        block.height = y
        return block
    }
}
