import Routine

/// A step as the cards layout shows it: the step, its number on the sheet and its section's title.
struct CardStep {
    let step: Step
    let number: Int
    let section: String?
    /// The section's number in the routine, from 1.
    var sectionNumber = 1
    /// The section's `note:`, on the section's first card only (often a precaution: "Hold on to
    /// the counter with both hands").
    var sectionNote: String? = nil

    /// The sources of the step's words.
    var sources: StepSources { StepSources(step, number: number) }
}

/// One card's content laid out at its place and width, before the card's height is chosen: the
/// picture band, badge, words and video code from the top; the checkbox grid for the foot.
///
/// All y positions are from the card's top.
struct CardFace {
    /// Left edge and width of the card.
    let x: Length
    let width: Length
    /// Picture band, badge, section, name, dose chips, instructions, notes and the video's QR code.
    var body: [PageItem] = []
    /// Bottom of the body's content.
    var bodyHeight: Length = .zero
    /// Bottom of the name and the dose chips: a card split across pages is never cut above it.
    var nameBottom: Length = .zero
    /// The checkbox grid, from y = 0.
    var ticks: [PageItem] = []
    /// Height of the checkbox grid.
    var ticksHeight: Length = .zero
    /// Where the grid may be cut (between sets and sides), from its top.
    var ticksCuts: [Length] = []
    /// The grid's side headings, repeated above its rows continued on a new page.
    var ticksHeadings: [CutHeading] = []
    /// The video's QR code beside the checkbox grid, from y = 0 at its right-hand end.
    var code: [PageItem] = []
    /// Side of the QR code (zero without a video).
    var codeSide: Length = .zero
    /// The badge and "Name (continued)" that head the rest of a card cut across pages, from y = 0.
    var continuation: [PageItem] = []
    /// Height of `continuation`, up to the bottom of its text.
    var continuationHeight: Length = .zero
}

extension CardFace {
    /// The face moved `dx` to the right, into another column.
    func moved(dx: Length) -> CardFace {
        var face = CardFace(x: x + dx, width: width)
        face.body = body.map { $0.moved(dx: dx) }
        face.bodyHeight = bodyHeight
        face.nameBottom = nameBottom
        face.ticks = ticks.map { $0.moved(dx: dx) }
        face.ticksHeight = ticksHeight
        face.ticksCuts = ticksCuts
        face.ticksHeadings = ticksHeadings.map {
            CutHeading(from: $0.from, to: $0.to, items: $0.items.map { $0.moved(dx: dx) }, height: $0.height)
        }
        face.code = code.map { $0.moved(dx: dx) }
        face.codeSide = codeSide
        face.continuation = continuation.map { $0.moved(dx: dx) }
        face.continuationHeight = continuationHeight
        return face
    }
}

extension PageItem {
    /// The item moved right by `dx`.
    func moved(dx: Length) -> PageItem {
        switch self {
        case .text(var run):
            run.origin.x += dx
            return .text(run)
        case .box(var box):
            box.frame = box.frame.offsetBy(dx: dx)
            return .box(box)
        case .rule(var rule):
            rule.from.x += dx
            rule.to.x += dx
            return .rule(rule)
        case .checkbox(var box):
            box.frame = box.frame.offsetBy(dx: dx)
            return .checkbox(box)
        case .checkmark(var mark):
            mark.frame = mark.frame.offsetBy(dx: dx)
            return .checkmark(mark)
        case .image(var image):
            image.frame = image.frame.offsetBy(dx: dx)
            return .image(image)
        case .link(var link):
            link.frame = link.frame.offsetBy(dx: dx)
            return .link(link)
        case .shape(let shape):
            return .shape(shape.offsetBy(dx: dx))
        }
    }
}

/// Lays out the content of one step card.
struct CardBuilder {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// Space between the hairline above the tick zone and the zone.
    static let ruleGap = Length.mm(2)
    /// Least space between the body's last line box and the hairline under it: a full card's
    /// descenders stay at least 2 mm clear of the hairline.
    static let bodyGap = Length.mm(2.1)
    /// Inset of the badge from the card's corner.
    static let badgeInset = Length.mm(3.5)
    /// A card at least this wide sets its picture as a tile beside its words, not as a band above them.
    static let wideCard = Length.mm(100)
    /// Width of the picture tile of a wide card, at most.
    static let tileWidth = Length.mm(48)

    /// The tick zone of a card with this face: the layout's zone, or taller for a taller grid or
    /// QR code.
    func zone(_ face: CardFace) -> Length { max(s.tickZone, face.ticksHeight, face.codeSide) }

    /// Space between the checkbox grid and the QR code beside it.
    static let codeGap = Length.mm(3)
    /// The QR code goes beside the checkbox grid only when a row there still holds this many boxes.
    static let fewestBoxesBesideCode = 4
    /// The most rows a set of boxes may take and still never be cut between them.
    static let wholeSetRows = 3

    /// The card's height when nothing stretches it: body, hairline, tick zone and inset.
    func naturalHeight(_ face: CardFace) -> Length {
        face.bodyHeight + Self.bodyGap + Self.ruleGap + zone(face) + s.cardInset
    }

    /// The face of `card` placed at `x`, `width` wide.
    func face(_ card: CardStep, x: Length, width: Length) -> CardFace {
        var face = CardFace(x: x, width: width)
        let step = card.step
        let setter = composer.setter
        var y = Length.zero
        var textX = x + s.cardInset
        var textWidth = width - s.cardInset * 2
        var pictureBottom = Length.zero
        // On a wide card, words that reach below the picture tile go on under it, across the card.
        var wrap: WrapAround?
        let badge = Rect(
            x: x + Self.badgeInset, y: Self.badgeInset, width: s.badgeDiameter, height: s.badgeDiameter)
        if d.picture.placement == .top, width >= Self.wideCard {
            // A wide card: the picture as a tile on the left, the words beside it.
            let tileWidth = min(width * 0.3, Self.tileWidth)
            let tile = Rect(x: x + s.cardInset, y: s.cardInset, width: tileWidth, height: tileWidth * 0.75)
            face.body += PictureFrame(composer: composer).tile(in: tile, step: step)
            pictureBottom = tile.maxY
            textX = tile.maxX + s.cardInset
            textWidth = x + width - s.cardInset - textX
            y = s.cardInset - .mm(1)
            wrap = WrapAround(until: pictureBottom + WrapAround.clearance, x: tile.minX, width: width - s.cardInset * 2)
        } else if d.picture.placement == .top {
            let band = Rect(x: x, y: .zero, width: width, height: d.picture.height)
            face.body += PictureFrame(composer: composer).items(in: band, step: step, radius: s.cardRadius)
            y = band.maxY + Self.badgeInset
        } else {
            y = badge.maxY
        }
        face.body += badgeItems(card.number, in: badge)
        if let section = card.section, !section.isEmpty {
            let text = setter.paragraph(
                section, font: d.font(d.type.small, .bold), color: d.colors.accent, x: textX, top: y,
                width: textWidth, source: TextSource(.sectionTitle(section: card.sectionNumber)))
            face.body += text.runs
            y += text.height + .mm(1)
        }
        if let note = card.sectionNote, !note.isEmpty {
            let text = setter.paragraph(
                note, font: d.font(d.type.small, italic: true), color: d.colors.ink, x: textX, top: y,
                width: textWidth, source: TextSource(.sectionNote(section: card.sectionNumber)))
            face.body += text.runs
            y += text.height + .mm(1.5)
        }
        let name = setter.paragraph(
            step.name, font: d.font(d.type.step, .bold), color: d.colors.ink, x: textX, top: y, width: textWidth,
            source: card.sources.name)
        face.body += name.runs
        if let video = step.video { face.body += name.runs.map { .link(Link(frame: $0.frame, url: video)) } }
        y += name.height + .mm(2.2)
        let chips = Chips(composer: composer).items(
            DoseLine(labels: composer.labels).parts(step.dose).map(\.capitalizedFirst), x: textX, top: y,
            width: textWidth)
        face.body += chips.items
        y += chips.height
        face.nameBottom = max(y, pictureBottom)
        if let instructions = step.instructions {
            y += .mm(2.8)
            let text = StepBuilder(composer: composer).instructions(
                instructions, x: textX, top: y, width: textWidth, sources: card.sources, wrap: wrap)
            face.body += text.items
            y += text.height
        }
        if let notes = step.notes, !notes.isEmpty {
            y += s.instructionsToNotes
            let text = setter.paragraph(
                notes, font: d.font(d.type.body, italic: true), color: d.colors.muted, x: textX, top: y,
                width: textWidth, source: card.sources.notes, wrap: wrap)
            face.body += text.runs
            y += text.height
        }
        let extrasColumn = wrap?.column(at: y, x: textX, width: textWidth) ?? (x: textX, width: textWidth)
        let extras = StepExtras(composer: composer).items(
            step, x: extrasColumn.x, top: y, width: extrasColumn.width, style: .figure, sources: card.sources)
        face.body += extras.items
        y += extras.height
        face.bodyHeight = max(y, pictureBottom)
        y = face.bodyHeight
        let ticksX = x + s.cardInset
        let ticksRoom = width - s.cardInset * 2
        // The video's code goes at the right-hand end of the tick zone, as tall as the zone when its
        // modules stay readable, the boxes in the rest.
        let media = StepMedia(composer: composer)
        let probe = media.bareQRCode(for: step, x: .zero, top: .zero, least: s.tickZone)
        var ticksWidth = ticksRoom
        let style = d.checkbox
        let leastTicks = style.labelWidth + style.labelGap + style.rowWidth(Self.fewestBoxesBesideCode)
        if probe.side > .zero, ticksRoom - probe.side - Self.codeGap >= leastTicks {
            let code = media.bareQRCode(for: step, x: ticksX + ticksRoom - probe.side, top: .zero, least: s.tickZone)
            face.code = code.items
            face.codeSide = code.side
            ticksWidth = ticksRoom - code.side - Self.codeGap
        } else if probe.side > .zero {
            // Too narrow to share: the code goes under the words.
            let code = media.bareQRCode(for: step, x: textX, top: y + .mm(3))
            face.body += code.items
            face.bodyHeight = y + .mm(3) + code.side
        }
        let grid = CheckboxGrid(definition: d, setter: setter, labels: composer.labels)
        let ticks = grid.layout(for: step.dose, x: ticksX, width: ticksWidth)
        face.ticks = ticks.items
        face.ticksHeight = ticks.height
        // A set in a tower of rows may go on between its rows; a set of a few rows stays whole.
        face.ticksCuts = (ticks.cuts + (ticks.rowsPerSet > Self.wholeSetRows ? ticks.rowCuts : [])).sorted()
        face.ticksHeadings = ticks.cutHeadings
        continuation(card, into: &face)
        return face
    }

    /// The numbered badge in `frame`.
    private func badgeItems(_ number: Int, in frame: Rect) -> [PageItem] {
        NumberBadge(number: number, disc: frame).items(d, setter: composer.setter)
    }

    /// Badge and "Name (continued)" beside it, for the top of a card's continuation.
    private func continuation(_ card: CardStep, into face: inout CardFace) {
        let top = s.cardInset
        let badge = Rect(x: face.x + s.cardInset, y: top, width: s.badgeDiameter, height: s.badgeDiameter)
        let textX = badge.maxX + .mm(3)
        let font = d.font(d.type.step, .bold)
        let oneLine = composer.setter.height(lines: 1, font: font)
        let name = composer.setter.paragraph(
            card.step.name + " (\(composer.labels.continued))", font: font, color: d.colors.muted, x: textX,
            top: top + max(.zero, (s.badgeDiameter - oneLine) / 2),
            width: face.x + face.width - s.cardInset - textX, source: card.sources.name)
        face.continuation = badgeItems(card.number, in: badge) + name.runs
        face.continuationHeight = max(badge.maxY, top + max(.zero, (s.badgeDiameter - oneLine) / 2) + name.height)
    }
}
