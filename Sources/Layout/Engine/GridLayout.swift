/// A step's checkbox grid laid out in a column: items with y from the grid's top.
struct GridLayout {
    var items: [PageItem] = []
    var height: Length = .zero
    /// Where a page may break inside the grid (y from its top): between sets and between sides.
    var cuts: [Length] = []
    /// Where a page may break between the rows of one set (y from the grid's top): taken only to
    /// keep a page from being left sparse, with the set's name repeated over the rows it continues.
    var rowCuts: [Length] = []
    /// Headings ("Left", "Right") to repeat above the rows continued on a new page.
    var cutHeadings: [CutHeading] = []
    /// The bottom of the first row of boxes.
    var firstRowBottom: Length = .zero
    /// The x of the first box of a row.
    var boxesX: Length = .zero
    /// How many rows of boxes.
    var rows = 0
    /// How many rows each set takes, and the most boxes in one of them.
    var rowsPerSet = 1
    var longestRow = 0
    /// Whether every set fits one row.
    var setsInOneRow: Bool { rowsPerSet <= 1 }
}
