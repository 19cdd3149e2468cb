/// A heading repeated under a block's continuation header when the block is cut at or below
/// `from` and above `to`: the side ("Right") whose sets go on on the next page.
struct CutHeading {
    /// The y from which the heading applies, from the block's top.
    var from: Length
    /// The y where the heading stops applying.
    var to: Length
    /// The heading's items, y from its own top.
    var items: [PageItem]
    var height: Length

    /// Whether a cut at `cut` continues the rows under this heading.
    func applies(to cut: Length) -> Bool {
        cut >= from - .pt(0.01) && cut < to - .pt(0.01)
    }

    /// The heading's range moved down by `dy`.
    func offset(dy: Length) -> CutHeading {
        CutHeading(from: from + dy, to: to + dy, items: items, height: height)
    }
}
