import CPango

extension PangoText {
    /// The layout width, in Pango units, at which `lines(maxWidth:)` breaks text `maxWidth` points wide.
    static func wrapWidth(points maxWidth: Double) -> Int32 { Int32(max(1, maxWidth * Double(PANGO_SCALE))) }

    /// Whether this unwrapped layout, `logicalWidth` Pango units wide, stays one whole line when
    /// Pango breaks it at `wrapWidth`: its text is one line of one run (one item: one font, one
    /// script, one direction, no line break or tab), it is no wider than the line, and no hyphen
    /// would be added at its end. Pango then places the item on the line whole without looking
    /// for a break inside it, so `lines(maxWidth:)` would give the text back as it is.
    func staysOneLine(logicalWidth: Int32, wrapWidth: Int32) -> Bool {
        guard logicalWidth <= wrapWidth, pango_layout_get_line_count(layout) == 1,
            let line = pango_layout_get_line_readonly(layout, 0), let runs = line.pointee.runs,
            runs.pointee.next == nil
        else { return false }
        var count: Int32 = 0
        guard let attributes = pango_layout_get_log_attrs_readonly(layout, &count), count > 0 else { return false }
        return attributes[Int(count) - 1].break_inserts_hyphen == 0
    }
}
