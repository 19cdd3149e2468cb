/// Where one sheet's pages stand in a handout of several sheets: its footers say "Page N of M"
/// counting through the whole handout.
package struct PageNumbering: Sendable, Hashable {
    /// How many pages come before this sheet's first page.
    package var pagesBefore: Int
    /// The pages of the whole handout.
    package var total: Int

    /// Creates a numbering.
    package init(pagesBefore: Int, total: Int) {
        self.pagesBefore = pagesBefore
        self.total = total
    }
}
