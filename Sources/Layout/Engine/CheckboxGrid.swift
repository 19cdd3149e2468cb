import Routine

/// Rows of rep checkboxes for one step: a row group per side, each set starting a new row.
struct CheckboxGrid {
    let definition: LayoutDefinition
    let setter: TextSetter
    let labels: SheetLabels

    /// Boxes and labels inside a column starting at `x`, `width` wide, from `top`; returns the items and height.
    func items(for dose: Dose, x: Length, width: Length, top: Length) -> (items: [PageItem], height: Length) {
        let style = definition.checkbox
        let sideLabels: [String?]
        switch dose.sides {
        case .none: sideLabels = [nil]
        case .each: sideLabels = [labels.left, labels.right]
        case .left: sideLabels = [labels.left]
        case .right: sideLabels = [labels.right]
        }
        let labelFont = definition.font(definition.type.label, .bold)
        // Long words for Left and Right (Gauche, Rechts) widen the label column.
        let widest = sideLabels.compactMap { $0 }.map { setter.measurer.width(of: $0, font: labelFont) }.max() ?? .zero
        let labelWidth = min(max(style.labelWidth, widest), width / 3)
        let boxesX = x + labelWidth + style.labelGap
        let room = x + width - boxesX
        let fitting = Int(((room + style.gap).points / (style.size + style.gap).points + 1e-6).rounded(.down))
        let perRow = max(1, min(style.perRow, fitting))
        var items: [PageItem] = []
        var y = top
        for (groupIndex, label) in sideLabels.enumerated() {
            if groupIndex > 0 { y += style.rowGap * (dose.sets > 1 || dose.reps > perRow ? 2 : 1) }
            if let label {
                let baseline = y + style.size / 2 + labelFont.size * 0.35
                items.append(.text(setter.line(label, font: labelFont, color: definition.colors.muted, x: x, baseline: baseline, maxWidth: labelWidth, alignment: .right)))
            }
            for set in 0..<dose.sets {
                if set > 0 { y += style.rowGap + .mm(1.5) }
                var remaining = dose.reps
                var firstRow = true
                while remaining > 0 {
                    if !firstRow { y += style.rowGap }
                    firstRow = false
                    let count = min(perRow, remaining)
                    for column in 0..<count {
                        let frame = Rect(x: boxesX + (style.size + style.gap) * Double(column), y: y, width: style.size, height: style.size)
                        items.append(.checkbox(Checkbox(frame: frame, stroke: definition.colors.checkbox, lineWidth: style.lineWidth, cornerRadius: style.radius)))
                    }
                    remaining -= count
                    y += style.size
                }
            }
        }
        return (items, y - top)
    }
}
