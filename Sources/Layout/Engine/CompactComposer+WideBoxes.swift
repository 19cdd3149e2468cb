import Routine

extension CompactComposer {
    /// The most of the width a step's boxes may take when they are widened.
    static let widestBoxesShare = 0.62

    /// For a step whose every set would wrap into rows in the boxes column (12 reps as 6 + 6, a
    /// tower of rows for 3 sets a side beside a few lines of words): a boxes column as wide as one
    /// set's boxes on one row, up to `widestBoxesShare` of the width, the step's name and dose
    /// stacked beside it; `nil` when the boxes fit the usual column, or would not fit one row.
    func widenedBoxes(for dose: Dose, _ cols: Columns) -> (columns: Columns, definition: LayoutDefinition)? {
        let style = composer.definition.checkbox
        let reps = dose.reps
        guard reps > 1, dose.checkboxCount > reps, reps <= 20 else { return nil }
        let grid = CheckboxGrid(definition: composer.definition, setter: composer.setter, labels: composer.labels)
        guard grid.perRow(room: cols.boxesWidth - style.labelWidth - style.labelGap) < reps else { return nil }
        let needed = style.labelWidth + style.labelGap + style.rowWidth(reps)
        let right = cols.boxesX + cols.boxesWidth
        let left = composer.left
        guard needed <= (right - left) * Self.widestBoxesShare else { return nil }
        var wide = cols
        wide.boxesX = right - needed
        wide.boxesWidth = needed
        wide.doseWidth = wide.boxesX - composer.definition.spacing.gutter - wide.doseX
        guard wide.doseWidth > .zero else { return nil }
        var definition = composer.definition
        definition.checkbox.perRow = max(style.perRow, reps)
        return (wide, definition)
    }
}
