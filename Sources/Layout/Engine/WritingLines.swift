/// Ruled lines to write on, repeated every `pitch` under `lastY` (the last line drawn) down to the
/// foot of the page: the Notes block fills what is left of the last page with them.
struct WritingLines {
    var x: Length
    var width: Length
    var pitch: Length
    var color: Color
    var lineWidth: Length
    /// The y of the last line already drawn, from the block's top.
    var lastY: Length
    /// Whether the block is only a heading over these lines (a write-in Notes area that drew
    /// none itself): with no room for a line under it, the heading is left out too.
    var onlyHeading = false

    /// The lines moved down by `dy`.
    func offset(dy: Length) -> WritingLines {
        var moved = self
        moved.lastY += dy
        return moved
    }

    /// Further lines after the last one drawn, at `lastY` placed at `placedLastY` on a page whose
    /// content ends at `bottom`.
    func more(placedLastY: Length, bottom: Length) -> [PageItem] {
        guard pitch > .pt(1) else { return [] }
        var items: [PageItem] = []
        var y = placedLastY + pitch
        while y + lineWidth <= bottom && items.count < 200 {
            items.append(
                .rule(Rule(from: Point(x: x, y: y), to: Point(x: x + width, y: y), color: color, lineWidth: lineWidth)))
            y += pitch
        }
        return items
    }
}
