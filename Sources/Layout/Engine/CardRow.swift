/// Puts card faces side by side in a row block: each card keeps its own height, top-aligned with
/// its neighbours; cards of nearly the same height are levelled so their hairlines line up.
///
/// A row is never cut across pages; a single full-width card taller than a page (or than half a
/// page, when moving it whole would leave a page mostly empty) may be cut between its lines and
/// checkbox rows, and goes on under its badge and "Name (continued)".
struct CardRow {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// Cards in a row within this much of the tallest are made as tall as it, to keep the row tidy;
    /// a shorter card keeps its own height rather than being stretched to a tall neighbour.
    static let levelling = Length.mm(12)
    /// Space kept under the last line of a card that is cut across pages.
    static let cutPadding = Length.mm(4)

    /// The heights the cards of a row get: their natural heights (at least `minHeight`), those
    /// close to the tallest raised to it.
    func heights(_ faces: [CardFace], minHeight: Length) -> [Length] {
        let builder = CardBuilder(composer: composer)
        let natural = faces.map { max(builder.naturalHeight($0), minHeight) }
        let tallest = natural.max() ?? .zero
        return natural.map { $0 >= tallest - Self.levelling ? tallest : $0 }
    }

    /// The row block of `faces`, each card at least `minHeight` tall; a lone card taller than
    /// `cutAbove` gets the points where it may be cut across pages (between the lines of its words
    /// too when it is taller than `page`, the height of an empty page).
    func block(_ faces: [CardFace], minHeight: Length, cutAbove: Length, page: Length) -> Block {
        let builder = CardBuilder(composer: composer)
        let heights = heights(faces, minHeight: minHeight)
        let tallest = heights.max() ?? .zero
        // Levelled cards share the deepest tick zone that still fits each of them, so their hairlines line up.
        let levelled = faces.indices.filter { heights[$0] == tallest }
        let sharedZone = levelled.map { builder.zone(faces[$0]) }.max() ?? .zero
        var block = Block(gapBefore: s.rowGap, startsStep: true)
        var ticksTop = Length.zero
        var hairline = Length.zero
        for (face, height) in zip(faces, heights) {
            let fitsShared =
                height == tallest
                && face.bodyHeight + CardBuilder.bodyGap + CardBuilder.ruleGap + sharedZone + s.cardInset
                    <= height + .pt(0.01)
            let zone = fitsShared ? sharedZone : builder.zone(face)
            block.add(items(face, height: height, zone: zone))
            ticksTop = self.ticksTop(face, height: height, zone: zone)
            hairline = height - s.cardInset - zone - CardBuilder.ruleGap
        }
        block.height = tallest
        block.cutPoints = []
        if faces.count == 1, let face = faces.first, tallest > cutAbove {
            // Cut between the lines of the words, and between the sets and sides of the boxes.
            // Between the lines of the words only when the card is taller than a page; a shorter
            // card keeps its words with its first row of boxes.
            let words =
                tallest > page
                ? Self.cutPoints(
                    in: block.items, below: face.nameBottom, height: tallest, padding: Self.cutPadding
                ).filter { $0 - Self.cutPadding < hairline - .pt(0.5) } : []
            let boxes = face.ticksCuts.compactMap { Self.cut(at: ticksTop + $0, in: block.items, height: tallest) }
            block.cutPoints = words + boxes
            // The name, the words and the first set of boxes stay on one page when they fit one.
            block.keepTogetherUntil = ticksTop + (face.ticksCuts.first ?? face.ticksHeight)
            block.cutHeadings = face.ticksHeadings.map { $0.offset(dy: ticksTop) }
            block.continuationHeader = face.continuation
            block.continuationHeaderHeight = face.continuationHeight + .mm(3) + Self.cutPadding
        }
        return block
    }

    /// Top of the checkbox grid of a card `height` tall with a tick zone `zone` tall.
    func ticksTop(_ face: CardFace, height: Length, zone: Length) -> Length {
        height - s.cardInset - zone + (zone - face.ticksHeight) / 2
    }

    /// A cut just under `gapTop` (the foot of a set of boxes): `cutPadding` below it, or less
    /// when the next row starts sooner, so nothing is cut through; nil when nothing follows.
    static func cut(at gapTop: Length, in items: [PageItem], height: Length) -> Length? {
        let epsilon = Length.pt(0.01)
        let below = items.filter { !$0.isContainer && $0.frame.minY >= gapTop - epsilon }.map(\.frame.minY)
        guard let next = below.min(), next < height - epsilon else { return nil }
        return gapTop + min(cutPadding, next - gapTop)
    }

    /// The items of one card `height` tall: body, hairline, checkbox grid and QR code centred in
    /// `zone`, frame.
    func items(_ face: CardFace, height: Length, zone: Length) -> [PageItem] {
        var items = face.body
        let ruleY = height - s.cardInset - zone - CardBuilder.ruleGap
        items.append(
            .rule(
                Rule(
                    from: Point(x: face.x + s.cardInset, y: ruleY),
                    to: Point(x: face.x + face.width - s.cardInset, y: ruleY), color: d.colors.hairline,
                    lineWidth: s.hairline)))
        items += face.ticks.map { $0.offset(dy: ticksTop(face, height: height, zone: zone)) }
        items += face.code.map { $0.offset(dy: ruleY + CardBuilder.ruleGap + (zone - face.codeSide) / 2) }
        items.append(
            .box(
                Box(
                    frame: Rect(x: face.x, y: .zero, width: face.width, height: height),
                    stroke: d.colors.hairline, lineWidth: .pt(0.75), cornerRadius: s.cardRadius)))
        return items
    }

    /// Where a card may be cut: `padding` under a gap between lines, checkbox rows or parts that no
    /// item straddles, below `below` and with something left under the cut. Every item the cut
    /// leaves above ends above the gap, so the part above keeps `padding` under its last line.
    static func cutPoints(in items: [PageItem], below: Length, height: Length, padding: Length) -> [Length] {
        let epsilon = Length.pt(0.01)
        let frames = items.filter { !$0.isContainer }.map(\.frame)
        var cuts: [Length] = []
        for gapTop in Set(frames.map(\.maxY.points)).sorted().map(Length.init(points:)) where gapTop >= below {
            let cut = gapTop + padding
            guard cut < height - padding,
                !frames.contains(where: { $0.minY < gapTop - epsilon && $0.maxY > gapTop + epsilon }),
                frames.allSatisfy({ $0.maxY <= gapTop + epsilon || $0.maxY > cut + epsilon }),
                frames.contains(where: { $0.minY >= gapTop - epsilon && $0.maxY > cut })
            else { continue }
            cuts.append(cut)
        }
        return cuts
    }
}
