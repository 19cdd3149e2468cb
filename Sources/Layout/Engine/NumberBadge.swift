/// A step's number on its round badge, the same in every layout: white, bold, centred, and set
/// smaller when the number is too wide for the disc at the layout's badge size, so that step
/// 100 of a long programme reads "100" and not "1…".
struct NumberBadge {
    /// The share of the disc's width the number may take.
    static let room = 0.84

    let number: Int
    let disc: Rect

    /// The disc and its number.
    func items(_ definition: LayoutDefinition, setter: TextSetter) -> [PageItem] {
        let text = String(number)
        var font = definition.font(definition.type.badge, .bold)
        let width = setter.measurer.width(of: text, font: font)
        let room = disc.width * Self.room
        if width > room, width > .zero {
            font = font.with(size: max(.pt(5), font.size * (room.points / width.points)))
        }
        return [
            .box(Box(frame: disc, fill: definition.colors.accent, cornerRadius: disc.width / 2)),
            .text(
                setter.line(
                    text, font: font, color: .white, x: disc.minX,
                    baseline: disc.minY + disc.height / 2 + font.size * 0.35, maxWidth: disc.width,
                    alignment: .center)),
        ]
    }
}
