import Routine

/// A caution: a framed block with a warning sign drawn as a shape and the word "Caution" in bold
/// before the text, so it stands out in grey print and to a reader who cannot tell colours apart.
struct CautionBlock {
    let composer: BlockComposer

    /// Space between the frame and what is inside it.
    static let padding = Length.mm(2)
    /// Width of the frame's line: dark and heavy enough to survive grey printing.
    static let frameWidth = Length.pt(1.4)

    /// The caution framed at `x`, `width` wide, from `top`; `small` sets it in the small type.
    /// `source` is the routine's caution or a step's.
    func items(_ text: String, x: Length, top: Length, width: Length, small: Bool = false, source: TextSource) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let setter = composer.setter
        let font = d.font(small ? d.type.small : d.type.body)
        let bold = font.with(weight: .bold)
        let pad = Self.padding
        let iconSide = max(.mm(3.5), bold.ascent * 1.25)
        let textX = x + pad + iconSide + .mm(2)
        let textWidth = max(x + width - pad - textX, .mm(10))
        var items: [PageItem] = []
        var y = top + pad
        let word = setter.paragraph(
            composer.labels.caution, font: bold, color: d.colors.ink, x: textX, top: y, width: textWidth)
        let body = setter.paragraph(
            text, font: font, color: d.colors.ink, x: textX, top: y + word.height + .mm(0.6), width: textWidth,
            source: source)
        let inner = max(word.height + .mm(0.6) + body.height, iconSide * 0.9)
        let frame = Rect(x: x, y: top, width: width, height: inner + pad * 2)
        items.append(
            .box(
                Box(
                    frame: Rect(
                        x: frame.minX + Self.frameWidth / 2, y: frame.minY + Self.frameWidth / 2,
                        width: frame.width - Self.frameWidth, height: frame.height - Self.frameWidth),
                    fill: .white, stroke: d.colors.ink, lineWidth: Self.frameWidth, cornerRadius: .mm(1.5))))
        items += Self.sign(
            x: x + pad, top: y + (word.height - iconSide * 0.87) / 2, side: iconSide, color: d.colors.ink)
        items += word.runs
        items += body.runs
        y = frame.maxY
        return (items, y - top)
    }

    /// The routine's caution as a block across the content width, kept with what follows it.
    func block(_ text: String, gapBefore: Length) -> Block {
        var block = Block(gapBefore: gapBefore, keepWithNext: true)
        let caution = items(text, x: composer.left, top: .zero, width: composer.width, source: TextSource(.caution))
        block.add(caution.items)
        block.height = caution.height
        return block
    }

    /// `blocks` with the routine's caution (when it has one) after the first block, the title.
    /// `after` puts it after another block instead (the panel, on paper too small for the title,
    /// the caution and the panel together).
    func inserting(_ caution: String?, into blocks: [Block], gapBefore: Length, after index: Int = 0) -> [Block] {
        guard let caution, !caution.isEmpty, index < blocks.count else { return blocks }
        var result = blocks
        result.insert(block(caution, gapBefore: gapBefore), at: index + 1)
        return result
    }

    /// A warning sign: a filled triangle with an exclamation mark cut out of it, `side` wide.
    static func sign(x: Length, top: Length, side: Length, color: Color) -> [PageItem] {
        let height = side * 0.87
        let triangle = Shape(
            segments: [
                .move(Point(x: x + side / 2, y: top)), .line(Point(x: x + side, y: top + height)),
                .line(Point(x: x, y: top + height)), .close,
            ], fill: color, stroke: color, lineWidth: side * 0.08)
        let centre = x + side / 2
        let bar = Shape(
            segments: [
                .move(Point(x: centre, y: top + height * 0.34)), .line(Point(x: centre, y: top + height * 0.66)),
            ],
            stroke: .white, lineWidth: side * 0.13)
        let dot = Shape(
            segments: [.circle(center: Point(x: centre, y: top + height * 0.83), radius: side * 0.075)], fill: .white)
        return [.shape(triangle), .shape(bar), .shape(dot)]
    }
}
