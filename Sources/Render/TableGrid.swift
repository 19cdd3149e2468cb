import Layout

/// The rows and columns of a ruled table in a group of items: rows end at rules that run the
/// table's whole width, columns start at vertical dividers.
struct TableGrid {
    /// The y of each full-width rule, top to bottom.
    var rowEdges: [Double]
    /// The x of each vertical divider, left to right.
    var columnEdges: [Double]
    /// The top of the table: what lies above it (a title, fields) is read before it.
    var top: Double

    /// The grid of `group`'s rules; `nil` when the group has no full-width rules and dividers.
    init?(_ group: ItemGroup, _ items: [PageItem]) {
        let rules = group.items.compactMap { index -> Rule? in
            if case .rule(let rule) = items[index] { rule } else { nil }
        }
        let horizontal = rules.filter { $0.from.y == $0.to.y }
        let vertical = rules.filter { $0.from.x == $0.to.x }
        let lefts = horizontal.map { min($0.from.x, $0.to.x).points }
        let rights = horizontal.map { max($0.from.x, $0.to.x).points }
        guard let left = lefts.min(), let right = rights.max(), !vertical.isEmpty else { return nil }
        let full = horizontal.filter {
            abs(min($0.from.x, $0.to.x).points - left) < 1 && abs(($0.to.x - $0.from.x).points) >= (right - left) * 0.9
        }
        top = vertical.map { min($0.from.y, $0.to.y).points }.min() ?? 0
        let table = top
        rowEdges = Self.distinct(full.map { $0.from.y.points }.filter { $0 > table + 1 })
        columnEdges = Self.distinct(vertical.map { $0.from.x.points }.filter { $0 > left + 1 && $0 < right - 1 })
        guard !rowEdges.isEmpty else { return nil }
    }

    /// Whether an item with `frame` lies above the table.
    func isAbove(_ frame: Rect) -> Bool { (frame.minY.points + frame.maxY.points) / 2 < top }

    /// The row and column an item with `frame` lies in, by its centre.
    func cell(of frame: Rect) -> (row: Int, column: Int) {
        let x = (frame.minX.points + frame.maxX.points) / 2, y = (frame.minY.points + frame.maxY.points) / 2
        return (rowEdges.filter { $0 < y }.count, columnEdges.filter { $0 <= x }.count)
    }

    /// The values sorted, with those within a point of the one before dropped.
    private static func distinct(_ values: [Double]) -> [Double] {
        var result: [Double] = []
        for value in values.sorted() where result.last.map({ value - $0 > 1 }) ?? true { result.append(value) }
        return result
    }
}
