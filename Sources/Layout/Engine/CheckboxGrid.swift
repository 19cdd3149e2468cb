import Routine

/// Rows of rep checkboxes for one step: a row group per side, each set starting a new row.
///
/// Rows that do not fit wrap onto more rows, every row aligned under the first box.
struct CheckboxGrid {
    let definition: LayoutDefinition
    let setter: TextSetter
    let labels: SheetLabels

    /// The side labels of a dose: Left and Right, one of them, or a single unlabelled group.
    func sideLabels(_ dose: Dose) -> [String?] {
        switch dose.sides {
        case .none: return [nil]
        case .each: return [labels.left, labels.right]
        case .left: return [labels.left]
        case .right: return [labels.right]
        }
    }

    /// How many boxes fit in one row of `room`, at most the style's `per-row`.
    func perRow(room: Length) -> Int {
        let style = definition.checkbox
        var count = style.perRow
        while count > 1 && style.rowWidth(count) > room + .pt(0.01) { count -= 1 }
        return count
    }

    /// Boxes and labels inside a column starting at `x`, `width` wide, from `top`; returns the items and height.
    func items(for dose: Dose, x: Length, width: Length, top: Length) -> (
        items: [PageItem], height: Length
    ) {
        let style = definition.checkbox
        let sides = sideLabels(dose)
        // Long words for Left and Right (Gauche, Rechts) widen the label column.
        let labelFont = definition.font(definition.type.label, .bold)
        let widest = sides.compactMap { $0 }.map { setter.measurer.width(of: $0, font: labelFont) }.max() ?? .zero
        let labelWidth = min(max(style.labelWidth, widest), width / 3)
        let boxesX = x + labelWidth + style.labelGap
        let perRow = self.perRow(room: x + width - boxesX)
        // Both sides on one line when each fits in one group (large print).
        if style.group > 0, sides.count == 2, dose.boxesPerSide <= style.group, style.group < perRow {
            var items = row(
                label: sides[0], count: dose.boxesPerSide, labelX: x, boxesX: boxesX, y: top, labelWidth: labelWidth)
            let secondX = boxesX + style.offset(ofBox: style.group)
            items += row(
                label: sides[1], count: dose.boxesPerSide,
                labelX: secondX - style.labelGap - labelWidth, boxesX: secondX, y: top, labelWidth: labelWidth)
            return (items, style.size)
        }
        var items: [PageItem] = []
        var y = top
        for (groupIndex, label) in sides.enumerated() {
            if groupIndex > 0 { y += style.rowGap * (dose.sets > 1 || dose.reps > perRow ? 2 : 1) }
            var labelToPlace = label
            for set in 0..<dose.sets {
                if set > 0 { y += style.rowGap + .mm(1.5) }
                var remaining = dose.reps
                var firstRow = true
                while remaining > 0 {
                    if !firstRow { y += style.rowGap }
                    firstRow = false
                    let count = min(perRow, remaining)
                    items += row(
                        label: labelToPlace, count: count, labelX: x, boxesX: boxesX, y: y, labelWidth: labelWidth)
                    labelToPlace = nil
                    remaining -= count
                    y += style.size
                }
            }
        }
        return (items, y - top)
    }

    /// One row of `count` boxes at `boxesX`, with an optional label right-aligned before it.
    private func row(
        label: String?, count: Int, labelX: Length, boxesX: Length, y: Length, labelWidth: Length
    ) -> [PageItem] {
        let style = definition.checkbox
        var items: [PageItem] = []
        if let label {
            let font = definition.font(definition.type.label, .bold)
            let baseline = y + style.size / 2 + font.size * 0.35
            items.append(
                .text(
                    setter.line(
                        label, font: font, color: definition.colors.muted, x: labelX, baseline: baseline,
                        maxWidth: labelWidth,
                        alignment: .right)))
        }
        for column in 0..<count {
            let frame = Rect(
                x: boxesX + style.offset(ofBox: column), y: y, width: style.size, height: style.size)
            items.append(
                .checkbox(
                    Checkbox(
                        frame: frame, stroke: definition.colors.checkbox, lineWidth: style.lineWidth,
                        cornerRadius: style.radius)))
        }
        return items
    }
}
