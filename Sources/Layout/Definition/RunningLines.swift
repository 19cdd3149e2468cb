extension LayoutDefinition {
    /// The running header's rule, from the top of the page: the layout's `header-rule`, or lower
    /// when the header's words (its `small` type) would otherwise reach past the printer's edge.
    var headerRuleY: Length {
        guard header.show else { return spacing.headerRule }
        return max(spacing.headerRule, PageScaling.printerEdge + type.small * PageScaling.footerLine + .mm(1.5))
    }

    /// The footer's rule, from the bottom of the page: the layout's `footer-rule`, or higher when
    /// the footer's words (its `small` type) under it would otherwise reach past the printer's edge.
    var footerRuleInset: Length {
        guard footer.provider || footer.pageNumber else { return spacing.footerRule }
        return max(
            spacing.footerRule, PageScaling.printerEdge + spacing.footerText + type.small * PageScaling.footerLine)
    }
}
