import Routine

/// Rows of rep checkboxes for one step: one row per set and side, as many boxes a row as the width
/// allows (at most the style's `per-row`), a set too long for one row split into balanced rows.
///
/// Sets are labelled "Set 1", "Set 2", … when there is more than one. With `sides: each` the Left
/// and Right groups stand side by side when every set of both fits one row, else one under the other.
struct CheckboxGrid {
    let definition: LayoutDefinition
    let setter: TextSetter
    let labels: SheetLabels

    private var style: CheckboxStyle { definition.checkbox }
    private var labelFont: FontSpec { definition.font(definition.type.label, .bold) }

    /// The side labels of a dose: Left and Right, one of them, or a single unlabelled group.
    func sideLabels(_ dose: Dose) -> [String?] {
        switch dose.sides {
        case .none: return [nil]
        case .each: return [labels.left, labels.right]
        case .left: return [labels.left]
        case .right: return [labels.right]
        }
    }

    /// How many boxes fit in one row of `room`, at least one and at most the style's `per-row`.
    func perRow(room: Length) -> Int {
        var count = style.perRow
        while count > 1 && style.rowWidth(count) > room + .pt(0.01) { count -= 1 }
        return count
    }

    /// `reps` boxes in balanced rows of at most `capacity`: 12 → 6 + 6, 7 → 4 + 3, never 5 + 1.
    static func balancedRows(_ reps: Int, capacity: Int) -> [Int] {
        guard reps > 0 else { return [] }
        let rows = (reps + max(capacity, 1) - 1) / max(capacity, 1)
        let base = reps / rows
        let longer = reps % rows
        return (0..<rows).map { $0 < longer ? base + 1 : base }
    }

    /// Boxes and labels inside a column starting at `x`, `width` wide, from `top`; returns the
    /// items and height.
    func items(for dose: Dose, x: Length, width: Length, top: Length) -> (items: [PageItem], height: Length) {
        let grid = layout(for: dose, x: x, width: width)
        return (grid.items.map { $0.offset(dy: top) }, grid.height)
    }

    /// The grid laid out in a column `width` wide at `x`, y from the grid's top.
    func layout(for dose: Dose, x: Length, width: Length) -> GridLayout {
        let sides = sideLabels(dose)
        if sides.count == 2, let grid = sideBySide(dose, sides: sides.compactMap { $0 }, x: x, width: width) {
            return grid
        }
        return stacked(dose, sides: sides, x: x, width: width)
    }

    // MARK: - Arrangements

    /// Left and Right next to each other, one row per set: "Left □□□  Right □□□" for one set;
    /// with several sets, "Left" and "Right" head two columns and each row is a set.
    private func sideBySide(_ dose: Dose, sides: [String], x: Length, width: Length) -> GridLayout? {
        guard dose.reps <= style.perRow else { return nil }
        let between = max(style.groupGap, style.size)
        let boxes = style.rowWidth(dose.reps)
        var grid = GridLayout()
        if dose.sets == 1 {
            let labelWidth = labelColumn(for: sides, width: width)
            let groupWidth = labelWidth + style.labelGap + boxes
            guard groupWidth * 2 + between <= width + .pt(0.01) else { return nil }
            for (index, side) in sides.enumerated() {
                let groupX = x + (groupWidth + between) * Double(index)
                grid.items += row(
                    label: side, count: dose.reps, labelX: groupX, labelWidth: labelWidth,
                    boxesX: groupX + labelWidth + style.labelGap, y: .zero)
            }
            grid.boxesX = x + labelWidth + style.labelGap
            grid.height = style.size
            grid.firstRowBottom = style.size
            grid.rows = 1
            return grid
        }
        let setNames = (1...dose.sets).map { labels.set($0) }
        // The style's label column, or only as wide as the widest set name when that lets both
        // sides stand in one row.
        let fits = { (labelWidth: Length) in
            x + labelWidth + style.labelGap + boxes + between + boxes <= x + width + .pt(0.01)
        }
        guard
            let labelWidth = [labelColumn(for: setNames, width: width), widestLabel(setNames)].first(where: fits)
        else { return nil }
        let firstX = x + labelWidth + style.labelGap
        let secondX = firstX + boxes + between
        let heading = headingLine(sides, at: [firstX, secondX])
        grid.items = heading.items
        var y = heading.height
        for set in 0..<dose.sets {
            if set > 0 {
                grid.cuts.append(cut(under: y, in: grid))
                y += style.rowGap
            }
            grid.items += row(
                label: setNames[set], count: dose.reps, labelX: x, labelWidth: labelWidth, boxesX: firstX, y: y)
            grid.items += row(label: nil, count: dose.reps, labelX: x, labelWidth: .zero, boxesX: secondX, y: y)
            y += style.size
            grid.rows += 1
            if set == 0 { grid.firstRowBottom = y }
        }
        grid.boxesX = firstX
        grid.height = y
        grid.cutHeadings = [CutHeading(from: heading.height, to: y, items: heading.items, height: heading.height)]
        return grid
    }

    /// Each side's sets one under the other; a side with several sets gets its name as a heading,
    /// and so does a side whose name in the label column would leave too little room for its boxes.
    private func stacked(_ dose: Dose, sides: [String?], x: Length, width: Length) -> GridLayout {
        let sets = dose.sets
        let setNames = sets > 1 ? (1...sets).map { labels.set($0) } : []
        var sideNamesInColumn = sets > 1 ? [] : sides.compactMap { $0 }
        let labelWidth = labelColumn(for: setNames + sideNamesInColumn, width: width)
        var indent = labelWidth + style.labelGap
        // In a narrow column, a label column that would break a set's boxes into more rows gives
        // way: with no set names, the side names go above their boxes, and the boxes move left
        // only as far as their fewest rows need.
        let rowsBesideLabels = Self.balancedRows(dose.reps, capacity: perRow(room: width - indent))
        let fewestRows = Self.balancedRows(dose.reps, capacity: perRow(room: width))
        if setNames.isEmpty, rowsBesideLabels.count > fewestRows.count {
            sideNamesInColumn = []
            indent = max(.zero, min(indent, width - style.rowWidth(fewestRows.max() ?? 0)))
        }
        let sideHeadings = sets > 1 || (setNames.isEmpty && sideNamesInColumn.isEmpty)
        let boxesX = x + indent
        let capacity = perRow(room: x + width - boxesX)
        let rowsOfASet = Self.balancedRows(dose.reps, capacity: capacity)
        var grid = GridLayout()
        grid.boxesX = boxesX
        grid.rowsPerSet = max(rowsOfASet.count, 1)
        grid.longestRow = rowsOfASet.max() ?? 0
        var y = Length.zero
        for (groupIndex, side) in sides.enumerated() {
            if groupIndex > 0 {
                grid.cuts.append(cut(under: y, in: grid))
                // Groups of several rows stand further apart than a Left row and a Right row.
                y += style.rowGap * (sets > 1 || rowsOfASet.count > 1 ? 2 : 1)
            }
            var heading: (items: [PageItem], height: Length)? = nil
            if sideHeadings, let side {
                heading = headingLine([side], at: [boxesX])
                grid.items += heading?.items.map { $0.offset(dy: y) } ?? []
                y += heading?.height ?? .zero
            }
            let groupTop = y
            var setHeadings: [CutHeading] = []
            for set in 0..<sets {
                if set > 0 {
                    grid.cuts.append(cut(under: y, in: grid))
                    y += style.rowGap + .mm(1.5)
                }
                let setTop = y
                for (rowIndex, count) in rowsOfASet.enumerated() {
                    if rowIndex > 0 {
                        grid.rowCuts.append(cut(under: y, in: grid))
                        y += style.rowGap
                    }
                    let label = rowIndex > 0 ? nil : (sets > 1 ? setNames[set] : sideHeadings ? nil : side)
                    grid.items += row(
                        label: label, count: count, labelX: x, labelWidth: labelWidth, boxesX: boxesX, y: y,
                        widest: grid.longestRow)
                    y += style.size
                    grid.rows += 1
                    if grid.rows == 1 { grid.firstRowBottom = y }
                }
                if sets > 1 && rowsOfASet.count > 1 {
                    // Rows of a set continued on a new page go on under its name (and its side's).
                    let name = side.map { $0 + " · " + labels.set(set + 1) } ?? labels.set(set + 1)
                    let setHeading = headingLine([name], at: [boxesX])
                    setHeadings.append(
                        CutHeading(
                            from: setTop, to: y, items: setHeading.items, height: setHeading.height))
                }
            }
            if let heading {
                grid.cutHeadings.append(CutHeading(from: groupTop, to: y, items: heading.items, height: heading.height))
            }
            // After the side's heading: a cut inside a set takes the set's own.
            grid.cutHeadings += setHeadings
        }
        grid.height = y
        return grid
    }

    // MARK: - Pieces

    /// Where a page may break under rows that end at `y`: below the lowest item so far, since a
    /// label's line may reach a little under its boxes, but above the next row.
    private func cut(under y: Length, in grid: GridLayout) -> Length {
        min(y + style.rowGap, max(y, grid.items.map(\.frame.maxY).max() ?? y))
    }

    /// The width of the label column: the widest label, at least the style's `label-width`, at
    /// most a third of the grid.
    private func labelColumn(for texts: [String], width: Length) -> Length {
        min(max(style.labelWidth, widestLabel(texts)), width / 3)
    }

    /// The width of the widest of `texts` in the label font.
    private func widestLabel(_ texts: [String]) -> Length {
        texts.map { setter.measurer.width(of: $0, font: labelFont) }.max() ?? .zero
    }

    /// Side names over their groups of boxes, starting at each x.
    private func headingLine(_ names: [String], at xs: [Length]) -> (items: [PageItem], height: Length) {
        let font = labelFont
        let items = zip(names, xs).map { name, x in
            PageItem.text(
                setter.line(
                    name, font: font, color: definition.colors.muted, x: x, baseline: font.ascent,
                    maxWidth: style.rowWidth(style.perRow)))
        }
        return (items, setter.height(lines: 1, font: font) + .mm(1))
    }

    /// One row of `count` boxes at `boxesX`, with an optional label right-aligned before it;
    /// `widest` is the longest row of its set, whose group gaps every row of the set shares, so
    /// the boxes of a set's rows stand in columns (15 in rows of 8 and 7: 5 + 3 over 5 + 2).
    private func row(
        label: String?, count: Int, labelX: Length, labelWidth: Length, boxesX: Length, y: Length,
        widest: Int? = nil
    ) -> [PageItem] {
        var items: [PageItem] = []
        if let label {
            // A label wider than its column (a long word in another language: "المجموعة 1") is
            // set smaller, down to three quarters of its size, before it would be cut short.
            var run = setter.shrinkingLine(
                label, font: labelFont, color: definition.colors.muted, x: labelX, baseline: y,
                maxWidth: labelWidth, alignment: .right)
            // Centred on the boxes at the size it is set in.
            run.origin.y = y + style.size / 2 + run.font.size * 0.35
            items.append(.text(run))
        }
        // A short row reads at a glance: group gaps only from one and a half groups on.
        var rowStyle = style
        if max(count, widest ?? 0) * 2 < style.group * 3 { rowStyle.group = 0 }
        for column in 0..<count {
            let frame = Rect(x: boxesX + rowStyle.offset(ofBox: column), y: y, width: style.size, height: style.size)
            items.append(
                .checkbox(
                    Checkbox(
                        frame: frame, stroke: definition.colors.checkbox, lineWidth: style.lineWidth,
                        cornerRadius: style.radius)))
        }
        return items
    }
}
