/// Where one sheet's pages stand in a handout of several sheets: its footers say "Page N of M"
/// counting through the whole handout.
public struct PageNumbering: Sendable, Hashable {
    /// How many pages come before this sheet's first page.
    public var pagesBefore: Int
    /// The pages of the whole handout.
    public var total: Int

    /// Creates a numbering.
    public init(pagesBefore: Int, total: Int) {
        self.pagesBefore = pagesBefore
        self.total = total
    }
}
