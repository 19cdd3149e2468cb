/// The key's example: an empty checkbox with a tick drawn in it, showing what a box is for.
enum TickedBox {
    /// A checkbox in the layout's style at `frame`, with a tick in `color`.
    static func items(
        at frame: Rect, definition: LayoutDefinition, color: Color, tickWidth: Length = .pt(1.5)
    ) -> [PageItem] {
        [
            .box(
                Box(
                    frame: frame, fill: .white, stroke: definition.colors.checkbox,
                    lineWidth: definition.checkbox.lineWidth, cornerRadius: definition.checkbox.radius)),
            .checkmark(Checkmark(frame: frame, color: color, lineWidth: tickWidth)),
        ]
    }
}
