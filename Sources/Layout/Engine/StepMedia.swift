import Routine

/// A step's picture (under its checkbox rows) and the QR code of its video (under its text).
struct StepMedia {
    let composer: BlockComposer

    /// Height of the picture slot; the picture is fitted inside it keeping its proportions.
    static let pictureHeight = Length.mm(28)
    /// Side of the QR code at its smallest; long addresses get a larger code.
    static let qrSide = Length.mm(19)
    /// Smallest module (cell) a phone camera still reads from paper.
    static let qrModule = Length.mm(0.45)
    /// Space above the picture or the QR code.
    static let gap = Length.mm(4)
    /// The most characters of a video's address printed beside its code (about three lines).
    static let longestShownAddress = 120
    /// Height of a figure's slot at its smallest and largest; between them it fills the room
    /// the step's text leaves, so a figure rarely makes a step taller.
    static let figureHeights = (min: Length.mm(16), max: Length.mm(24))

    /// The body size pictures are drawn for: classic's. A layout with larger type (large print)
    /// draws its pictures and figures larger by the same ratio, and a figure's lines with them.
    static let referenceBody = Length.pt(12.5)

    /// How much larger this layout draws pictures than classic: its body size over classic's,
    /// never less than 1.
    var scale: Double { max(1, composer.definition.type.body.points / Self.referenceBody.points) }

    /// The picture on a tinted card `width` wide at `x`, from `top`; returns the items and
    /// their height (zero without a picture).
    /// A step without an image shows its figure instead, when the layout shows figures: its slot
    /// is `room` tall, kept within `figureHeights`.
    func picture(for step: Step, x: Length, width: Length, top: Length, room: Length = .zero) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let figure = StepFigure(composer: composer)
        if step.image == nil, figure.shows(step) {
            let height = min(max(room - Self.gap, Self.figureHeights.min * scale), Self.figureHeights.max * scale)
            let slot = Rect(x: x, y: top + Self.gap, width: width, height: height)
            let inset = Length.mm(1.5)
            let area = Rect(
                x: slot.minX + inset, y: slot.minY + inset, width: slot.width - inset * 2,
                height: slot.height - inset * 2)
            let items = figure.items(for: step, in: area, background: d.colors.tint)
            guard !items.isEmpty else { return ([], .zero) }
            return (
                [.box(Box(frame: slot, fill: d.colors.tint, cornerRadius: d.spacing.panelRadius))] + items,
                Self.gap + height
            )
        }
        guard let path = step.image else { return ([], .zero) }
        let pictureHeight = Self.pictureHeight * scale
        let slot = Rect(x: x, y: top + Self.gap, width: width, height: pictureHeight)
        let inset = Length.mm(2)
        let frame = Rect(
            x: slot.minX + inset, y: slot.minY + inset, width: slot.width - inset * 2, height: slot.height - inset * 2)
        return (
            [
                .box(Box(frame: slot, fill: d.colors.tint, cornerRadius: d.spacing.panelRadius)),
                .image(
                    PlacedImage(
                        frame: frame, path: path, alt: step.imageAlt ?? step.name,
                        source: step.imageLocation ?? step.location)),
            ],
            Self.gap + pictureHeight
        )
    }

    /// The video's QR code alone, its top-left corner at `x`, `top`, and a link over it; returns
    /// the items and the code's side (zero without a video): `least`, or larger for a long address
    /// so a module stays readable.
    func bareQRCode(for step: Step, x: Length, top: Length, least: Length = qrSide) -> (
        items: [PageItem], side: Length
    ) {
        guard let url = step.video, let code = composer.qrCodes?.qrCode(for: url) else { return ([], .zero) }
        let side = max(least, Self.qrModule * Double(code.size))
        return (
            [
                .shape(code.shape(origin: Point(x: x, y: top), side: side, color: .black)),
                .link(Link(frame: Rect(x: x, y: top, width: side, height: side), url: url)),
            ], side
        )
    }

    /// The video's QR code at `x` with a caption and the address beside it, from `top`;
    /// returns the items and their height, to the lower of the code and the address (zero
    /// without a video).
    func qrCode(for step: Step, x: Length, width: Length, top: Length) -> (items: [PageItem], height: Length) {
        guard let url = step.video, let code = composer.qrCodes?.qrCode(for: url) else { return ([], .zero) }
        let d = composer.definition
        let y = top + Self.gap
        let side = min(max(Self.qrSide, Self.qrModule * Double(code.size)), width)
        var items: [PageItem] = [
            .shape(code.shape(origin: Point(x: x, y: y), side: side, color: .black)),
            .link(Link(frame: Rect(x: x, y: y, width: side, height: side), url: url)),
        ]
        let captionX = x + side + .mm(4)
        let room = x + width - captionX
        var bottom = y + side
        if room > .mm(15) {
            let setter = composer.setter
            let font = d.font(d.type.small, .bold)
            let caption = setter.paragraph(
                composer.labels.video, font: font, color: d.colors.accent, x: captionX, top: y + .mm(1), width: room)
            items += caption.runs
            var address = Substring(url)
            for prefix in ["https://", "http://", "www."] where address.lowercased().hasPrefix(prefix) {
                address = address.dropFirst(prefix.count)
            }
            // The whole address, wrapped rather than cut: a reader may have to type it. One too
            // long to type (a tracking link of a thousand characters) is shown in part; the code
            // and the link carry it whole.
            if address.count > Self.longestShownAddress {
                address = address.prefix(Self.longestShownAddress - 1) + "…"
            }
            let small = d.font(d.type.small)
            let lines = setter.paragraph(
                String(address), font: small, color: d.colors.muted, x: captionX,
                top: y + .mm(1) + caption.height + .mm(1), width: room)
            items += lines.runs
            items += lines.runs.map { .link(Link(frame: $0.frame, url: url)) }
            // A narrow column wraps the caption: the address under it may reach below the code.
            bottom = max(bottom, y + .mm(1) + caption.height + .mm(1) + lines.height)
        }
        return (items, bottom - top)
    }
}
