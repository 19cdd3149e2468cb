import Routine

/// The traffic-light pain guide (`pain_guide: true`): a heading and three bands, 0–3 fine, 4–5
/// go easier, 6–10 stop and call. Each band has its own swatch pattern — open, hatched, solid —
/// and its words, so the bands stay apart in grey print and for a reader who cannot tell green
/// from red; the colour is only a light tint behind the words.
struct PainGuideBlock {
    let composer: BlockComposer

    /// One band of the guide.
    struct Band {
        var range: String
        var words: String
        var tint: Color
        var pattern: Pattern
    }

    /// How a band's swatch is filled.
    enum Pattern {
        /// A white square in a dark frame.
        case open
        /// Diagonal stripes.
        case hatched
        /// Solid dark.
        case solid
    }

    /// The three bands in the sheet's words.
    var bands: [Band] {
        let labels = composer.labels
        return [
            Band(range: "0–3", words: labels.painFine, tint: Self.green, pattern: .open),
            Band(range: "4–5", words: labels.painEasier, tint: Self.amber, pattern: .hatched),
            Band(range: "6–10", words: labels.painStop, tint: Self.red, pattern: .solid),
        ]
    }

    static let green = Color(red: 0xE2 / 255, green: 0xF2 / 255, blue: 0xE4 / 255)
    static let amber = Color(red: 0xFC / 255, green: 0xEF / 255, blue: 0xCF / 255)
    static let red = Color(red: 0xFA / 255, green: 0xDF / 255, blue: 0xDC / 255)
    /// The narrowest band set beside the others; narrower pages stack them.
    static let narrowestBand = Length.mm(45)
    /// Space between a stacked band's range and its words.
    static let rangeGap = Length.mm(3)
    /// The narrowest column of words set beside a stacked band's range; narrower, they go under it.
    static let narrowestWords = Length.mm(40)

    /// The guide at `x`, `width` wide, from `top`; `small` sets it in the small type.
    func items(x: Length, top: Length, width: Length, small: Bool = false) -> (items: [PageItem], height: Length) {
        let d = composer.definition
        let setter = composer.setter
        let font = d.font(small ? d.type.small : d.type.body)
        let bold = font.with(weight: .bold)
        var items: [PageItem] = []
        let heading = setter.paragraph(
            composer.labels.painGuide, font: bold, color: d.colors.ink, x: x, top: top, width: width)
        items += heading.runs
        let bandsTop = top + heading.height + .mm(1.2)
        let gap = Length.mm(2)
        let across = (width - gap * 2) / 3 >= Self.narrowestBand
        let bandWidth = across ? (width - gap * 2) / 3 : width
        let pad = Length.mm(1.8)
        let swatch = max(.mm(5), bold.ascent * 1.3)
        // Stacked across the page, each band's words stand beside its range, not under it.
        let rangeColumn =
            (bands.map { setter.measurer.width(of: $0.range, font: bold) }.max() ?? .zero) + Self.rangeGap
        let wordsBeside = !across && width - pad * 2 - swatch - .mm(2) - rangeColumn >= Self.narrowestWords
        var laid: [(frame: Rect, items: [PageItem])] = []
        var y = bandsTop
        for (index, band) in bands.enumerated() {
            let bandX = across ? x + (bandWidth + gap) * Double(index) : x
            let bandTop = across ? bandsTop : y
            let textX = bandX + pad + swatch + .mm(2)
            let textWidth = max(bandX + bandWidth - pad - textX, .mm(10))
            let range = setter.paragraph(
                band.range, font: bold, color: d.colors.ink, x: textX, top: bandTop + pad,
                width: wordsBeside ? rangeColumn : textWidth)
            let words = setter.paragraph(
                band.words, font: font, color: d.colors.ink, x: wordsBeside ? textX + rangeColumn : textX,
                top: bandTop + pad + (wordsBeside ? .zero : range.height),
                width: wordsBeside ? textWidth - rangeColumn : textWidth)
            let inner = max(wordsBeside ? max(range.height, words.height) : range.height + words.height, swatch)
            let frame = Rect(x: bandX, y: bandTop, width: bandWidth, height: inner + pad * 2)
            var bandItems = [PageItem.box(Box(frame: frame, fill: band.tint, cornerRadius: .mm(1.2)))]
            let square = Rect(x: bandX + pad, y: bandTop + pad, width: swatch, height: swatch)
            bandItems += Self.swatch(band.pattern, in: square, ink: d.colors.ink)
            bandItems += range.runs + words.runs
            laid.append((frame, bandItems))
            y = frame.maxY + (across ? .zero : .mm(1.2))
        }
        // Side by side, the bands share the tallest one's height.
        let tallest = laid.map(\.frame.height).max() ?? .zero
        for (frame, bandItems) in laid {
            var bandItems = bandItems
            if across, case .box(var box) = bandItems[0] {
                box.frame = Rect(x: frame.minX, y: frame.minY, width: frame.width, height: tallest)
                bandItems[0] = .box(box)
            }
            items += bandItems
        }
        let bottom = across ? bandsTop + tallest : y - .mm(1.2)
        return (items, bottom - top)
    }

    /// The guide as a block across the content width, kept with what follows it unless that
    /// leaves a page sparse.
    func block(gapBefore: Length, small: Bool = false) -> Block {
        var block = Block(gapBefore: gapBefore, keepWithNext: true, keepsWithNextUnlessSparse: true)
        let guide = items(x: composer.left, top: .zero, width: composer.width, small: small)
        block.add(guide.items)
        block.height = guide.height
        return block
    }

    /// `blocks` with the pain guide after the block at `index` (the title, or the title and the
    /// caution) when `routine` asks for it.
    func inserting(for routine: Routine, into blocks: [Block], after index: Int, gapBefore: Length) -> [Block] {
        guard routine.painGuide, index < blocks.count else { return blocks }
        var result = blocks
        result.insert(block(gapBefore: gapBefore), at: index + 1)
        return result
    }

    /// A band's swatch: open, hatched or solid, always framed in ink.
    static func swatch(_ pattern: Pattern, in square: Rect, ink: Color) -> [PageItem] {
        var items: [PageItem] = []
        let line = Length.pt(1)
        let inner = Rect(
            x: square.minX + line / 2, y: square.minY + line / 2, width: square.width - line,
            height: square.height - line)
        switch pattern {
        case .open:
            items.append(.box(Box(frame: inner, fill: .white, stroke: ink, lineWidth: line)))
        case .solid:
            items.append(.box(Box(frame: inner, fill: ink, stroke: ink, lineWidth: line)))
        case .hatched:
            items.append(.box(Box(frame: inner, fill: .white, stroke: ink, lineWidth: line)))
            // Stripes from the bottom-left to the top-right, cut at the square's edges.
            let side = inner.width
            let step = side / 4
            var offset = -side + step / 2
            while offset < side {
                let x0 = max(offset, .zero)
                let x1 = min(offset + side, side)
                let from = Point(x: inner.minX + x0, y: inner.maxY - (x0 - offset))
                let to = Point(x: inner.minX + x1, y: inner.maxY - (x1 - offset))
                items.append(.rule(Rule(from: from, to: to, color: ink, lineWidth: step * 0.45)))
                offset += step
            }
        }
        return items
    }
}
