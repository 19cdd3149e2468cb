extension LayoutDefinition {
    /// How far a field's words sit above its line: 1.5 mm, or more for type whose descenders
    /// (about a fifth of the size) would reach the line: from 21 pt, as in a layout that sets its
    /// fields in 72 pt.
    var fieldBaselineRaise: Length {
        max(.mm(1.5), max(type.label, type.field) * 0.21)
    }

    /// This definition with its fields at least as tall as their type needs, so that a field's
    /// words stay inside it and a field stacked under another clears that one's line. A layout
    /// that sets its label or field type large (72 pt) would otherwise print Date over Name; the
    /// built-in layouts' 9 mm fields are tall enough already and do not change.
    func withRoomForFieldType() -> LayoutDefinition {
        var definition = self
        let tallest = max(font(type.label, .bold).ascent, font(type.field).ascent)
        definition.spacing.fieldHeight = max(spacing.fieldHeight, tallest + fieldBaselineRaise + .mm(1))
        return definition
    }
}
