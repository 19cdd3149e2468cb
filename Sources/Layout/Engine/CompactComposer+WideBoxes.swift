import Routine

extension CompactComposer {
    /// The most of the width a step's boxes may take when they are widened.
    static let widestBoxesShare = 0.62

    /// For a step whose every set would wrap into rows in the boxes column (12 reps as 6 + 6, a
    /// tower of rows for 3 sets a side beside a few lines of words): a boxes column as wide as one
    /// set's boxes on as few rows as fit `widestBoxesShare` of the width (one row for 15 reps, two
    /// of 10 for 20), the step's name and dose stacked beside it; `nil` when the boxes fit the
    /// usual column, or the widest column would take as many rows.
    func widenedBoxes(for dose: Dose, _ cols: Columns) -> (columns: Columns, definition: LayoutDefinition)? {
        let style = composer.definition.checkbox
        let reps = dose.reps
        guard reps > 1, dose.checkboxCount > reps, reps <= 40 else { return nil }
        let grid = CheckboxGrid(definition: composer.definition, setter: composer.setter, labels: composer.labels)
        // The usual column's grid: a set on more than one row, its labels (such as "Satz 10")
        // as wide as they are set.
        let usual = grid.layout(for: dose, x: cols.boxesX, width: cols.boxesWidth)
        guard usual.rowsPerSet > 1 else { return nil }
        let indent = max(usual.boxesX - cols.boxesX, style.labelWidth + style.labelGap)
        let right = cols.boxesX + cols.boxesWidth
        let widest = (right - composer.left) * Self.widestBoxesShare
        // The fewest rows a set can take in the widest column (one, or two rows of 10 for 20
        // reps), if fewer than in the usual column; the most boxes a row takes then.
        guard
            let rows = (1..<usual.rowsPerSet).first(where: {
                indent + style.rowWidth((reps + $0 - 1) / $0) <= widest && (reps + $0 - 1) / $0 <= 20
            })
        else { return nil }
        let perRow = (reps + rows - 1) / rows
        let needed = indent + style.rowWidth(perRow)
        var wide = cols
        wide.boxesX = right - needed
        wide.boxesWidth = needed
        wide.doseWidth = wide.boxesX - composer.definition.spacing.gutter - wide.doseX
        guard wide.doseWidth > .zero else { return nil }
        var definition = composer.definition
        definition.checkbox.perRow = max(style.perRow, perRow)
        return (wide, definition)
    }
}
