import Routine

/// A step's picture and the QR code of its video, stacked under its checkbox rows.
struct StepMedia {
    let composer: BlockComposer

    /// Height of the picture slot; the picture is fitted inside it keeping its proportions.
    static let pictureHeight = Length.mm(30)
    /// Side of the QR code at its smallest; long addresses get a larger code.
    static let qrSide = Length.mm(19)
    /// Smallest module (cell) a phone camera still reads from paper.
    static let qrModule = Length.mm(0.45)

    /// The picture and QR code in a column starting at `x`, `width` wide, from `top`;
    /// returns the items and their height (zero when the step has neither).
    func items(for step: Step, x: Length, width: Length, top: Length) -> (items: [PageItem], height: Length) {
        let d = composer.definition
        var items: [PageItem] = []
        var y = top
        if let path = step.image {
            y += .mm(4)
            let slot = Rect(x: x, y: y, width: width, height: Self.pictureHeight)
            items.append(.box(Box(frame: slot, fill: d.colors.tint, cornerRadius: d.spacing.panelRadius)))
            let inset = Length.mm(2)
            let frame = Rect(x: x + inset, y: y + inset, width: width - inset * 2, height: Self.pictureHeight - inset * 2)
            items.append(.image(PlacedImage(frame: frame, path: path)))
            y += Self.pictureHeight
        }
        if let url = step.video, let code = composer.qrCodes?.qrCode(for: url) {
            y += .mm(4)
            let side = min(max(Self.qrSide, Self.qrModule * Double(code.size)), width)
            items.append(.shape(code.shape(origin: Point(x: x, y: y), side: side, color: .black)))
            items.append(.link(Link(frame: Rect(x: x, y: y, width: side, height: side), url: url)))
            let captionX = x + side + .mm(3)
            if width - side - .mm(3) > .mm(12) {
                let font = d.font(d.type.small)
                let caption = composer.setter.paragraph(
                    composer.labels.video, font: font, color: d.colors.muted, x: captionX, top: y, width: x + width - captionX)
                items.append(contentsOf: caption.runs)
            }
            y += side
        }
        return (items, y - top)
    }
}
