import Routine

/// The picture area of a card: the step's image, else its figure, else a tinted frame with a
/// pictogram to sketch in.
struct PictureFrame {
    let composer: BlockComposer
    private var definition: LayoutDefinition { composer.definition }

    /// Room kept clear on the left (and, to stay centred, on the right) for the card's badge.
    static let badgeRoom = Length.mm(13)
    /// Room kept clear on the right of a band's Left and Right figures.
    static let edgeRoom = Length.mm(5)
    /// Space between the top of a band and its figure.
    static let figureTop = Length.mm(3)

    /// Items filling `frame` for `step`; only the top corners are rounded by `radius`.
    func items(in frame: Rect, step: Step, radius: Length) -> [PageItem] {
        let colors = definition.colors
        let image = step.image
        var items: [PageItem] = [
            .shape(Shape(segments: Self.topRounded(frame, radius: radius), fill: colors.tint))
        ]
        let edgeY = frame.maxY - .pt(0.5)
        items.append(
            .rule(
                Rule(
                    from: Point(x: frame.minX, y: edgeY), to: Point(x: frame.maxX, y: edgeY),
                    color: colors.accentMid, lineWidth: .pt(1))))
        if let image {
            let inset = Length.mm(2)
            let area = Rect(
                x: frame.minX + inset, y: frame.minY + inset, width: frame.width - inset * 2,
                height: frame.height - inset * 2 - .pt(1))
            items.append(
                .image(
                    PlacedImage(
                        frame: area, path: image, alt: step.imageAlt ?? step.name,
                        source: step.imageLocation ?? step.location)))
        } else if StepFigure(composer: composer).shows(step) {
            // Two panels (Left and Right) need no room on the right to stay centred on the badge's
            // side: they take the band's width but the badge's, so each is drawn larger.
            let right = step.dose.sides == .each ? Self.edgeRoom : Self.badgeRoom
            let area = Rect(
                x: frame.minX + Self.badgeRoom, y: frame.minY + Self.figureTop,
                width: frame.width - Self.badgeRoom - right,
                height: frame.height - Self.figureTop - .mm(1.5))
            let figure = StepFigure(composer: composer).items(
                for: step, in: area, background: colors.tint)
            items += figure.isEmpty ? pictogram(centeredIn: frame) : figure
        } else {
            items += pictogram(centeredIn: frame)
        }
        return items
    }

    /// Items filling a rounded tile `frame` for `step`, for a card that sets its picture beside
    /// its words; the top-left corner is left clear for the card's badge.
    func tile(in frame: Rect, step: Step) -> [PageItem] {
        let colors = definition.colors
        var items: [PageItem] = [
            .box(Box(frame: frame, fill: colors.tint, cornerRadius: definition.spacing.cardRadius))
        ]
        let inset = Length.mm(2)
        if let image = step.image {
            let area = Rect(
                x: frame.minX + inset, y: frame.minY + inset, width: frame.width - inset * 2,
                height: frame.height - inset * 2)
            items.append(
                .image(
                    PlacedImage(
                        frame: area, path: image, alt: step.imageAlt ?? step.name,
                        source: step.imageLocation ?? step.location)))
        } else if StepFigure(composer: composer).shows(step) {
            let room = Self.badgeRoom - .mm(3)
            let area = Rect(
                x: frame.minX + room, y: frame.minY + inset, width: frame.width - room - inset,
                height: frame.height - inset - .mm(1.5))
            let figure = StepFigure(composer: composer).items(for: step, in: area, background: colors.tint)
            items += figure.isEmpty ? pictogram(centeredIn: frame) : figure
        } else {
            items += pictogram(centeredIn: frame)
        }
        return items
    }

    /// A framed landscape (hills and a sun): the universal "picture goes here" sign.
    private func pictogram(centeredIn frame: Rect) -> [PageItem] {
        let color = definition.colors.accentMid
        // A lowered band keeps a margin of a sixth of its height above and under the pictogram.
        let w = min(definition.picture.iconWidth, frame.width * 0.5, frame.height / 1.5 / 0.75)
        let h = w * 0.75
        let x = frame.minX + (frame.width - w) / 2
        let y = frame.minY + (frame.height - h) / 2
        func p(_ u: Double, _ v: Double) -> Point { Point(x: x + w * u, y: y + h * v) }
        let outline = Box(
            frame: Rect(x: x, y: y, width: w, height: h), stroke: color, lineWidth: .pt(1.2),
            cornerRadius: w * 0.08)
        let hills = Shape(
            segments: [
                .move(p(0.12, 0.86)), .line(p(0.38, 0.48)), .line(p(0.56, 0.72)), .line(p(0.68, 0.6)),
                .line(p(0.88, 0.86)), .close,
            ], fill: color)
        let sun = Shape(segments: [.circle(center: p(0.74, 0.3), radius: w * 0.075)], fill: color)
        return [.box(outline), .shape(hills), .shape(sun)]
    }

    /// A rectangle path with rounded top corners and square bottom corners.
    static func topRounded(_ f: Rect, radius r: Length) -> [Shape.Segment] {
        let k = 0.5523
        return [
            .move(Point(x: f.minX, y: f.maxY)), .line(Point(x: f.minX, y: f.minY + r)),
            .curve(
                Point(x: f.minX, y: f.minY + r - r * k), Point(x: f.minX + r - r * k, y: f.minY),
                Point(x: f.minX + r, y: f.minY)),
            .line(Point(x: f.maxX - r, y: f.minY)),
            .curve(
                Point(x: f.maxX - r + r * k, y: f.minY), Point(x: f.maxX, y: f.minY + r - r * k),
                Point(x: f.maxX, y: f.minY + r)),
            .line(Point(x: f.maxX, y: f.maxY)), .close,
        ]
    }
}
