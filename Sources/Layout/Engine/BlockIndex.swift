/// A block's items ordered by their tops, so that finding where the rest resumes after a cut, and
/// taking the piece between two cuts, costs a binary search rather than a pass over every item:
/// a Notes block of forty thousand lines is paginated in linear time.
struct BlockIndex {
    /// Item indices, ordered by the item's top.
    private let order: [Int]
    private let tops: [Length]
    private let bottoms: [Length]
    /// Whether the block has containers (panels, card frames), which pieces must clip.
    let hasContainers: Bool
    /// The outlines that start inside the block (a caution's box): a cut through one resumes
    /// a little inside it (`Block.continuedContainerInset`).
    private let outlines: [Rect]

    init(_ block: Block) {
        let frames = block.items.map(\.frame)
        order = frames.indices.sorted { frames[$0].minY < frames[$1].minY }
        tops = order.map { frames[$0].minY }
        bottoms = order.map { frames[$0].maxY }
        hasContainers = block.items.contains(where: \.isContainer)
        outlines = block.items.filter { $0.isOutline && $0.frame.minY > .pt(0.01) }.map(\.frame)
    }

    /// The first position in `order` whose top is at least `y`.
    private func firstIndex(topAtLeast y: Length) -> Int {
        var low = 0
        var high = tops.count
        while low < high {
            let middle = (low + high) / 2
            if tops[middle] < y { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where the rest starts after a clean cut at `cut`: the top of the first item below it,
    /// less `Block.continuedContainerInset` when the cut passes through an outline, as
    /// `Block.restTop(after:)` finds it.
    func restTop(after cut: Length) -> Length {
        let epsilon = Length.pt(0.01)
        var index = firstIndex(topAtLeast: cut - epsilon)
        while index < tops.count, bottoms[index] <= cut + epsilon { index += 1 }
        let top = index < tops.count ? max(cut, tops[index]) : cut
        return Block.straddles(outlines, cut) ? top - Block.continuedContainerInset : top
    }

    /// The items that start at or below `top`, end below `after` (the cut a piece resumes from,
    /// if any) and end at or above `end` (`nil`: anywhere), in drawing order.
    func items(of block: Block, from top: Length, after: Length?, to end: Length?) -> [PageItem] {
        let epsilon = Length.pt(0.01)
        var indices: [Int] = []
        var index = firstIndex(topAtLeast: top - epsilon)
        while index < tops.count {
            if let end, tops[index] > end + epsilon { break }
            let endsInside = end.map { bottoms[index] <= $0 + epsilon } ?? true
            let belowStart = after.map { bottoms[index] > $0 + epsilon } ?? true
            if endsInside && belowStart { indices.append(order[index]) }
            index += 1
        }
        return indices.sorted().map { block.items[$0] }
    }

    /// The piece of `block` from the cut `start` (zero: the block's top) to the cut `end` (`nil`:
    /// its bottom), laid out as `Block.split` would: a continued piece under the continuation
    /// header, moved up to it.
    func piece(of block: Block, from start: Length, to end: Length?) -> Block {
        var piece = block
        piece.role = block.structureRole
        guard start > .zero else {
            piece.items = items(of: block, from: .pt(-Double.greatestFiniteMagnitude), after: nil, to: end)
            if let end {
                piece.height = end
                piece.keepWithNext = false
                piece.fillLines = nil
            }
            return piece
        }
        let resume = restTop(after: start)
        let heading = block.cutHeadings.last { $0.applies(to: start) }
        let header = block.header(after: start)
        let headerHeight = header.height + (heading?.height ?? .zero)
        let shift = headerHeight - resume
        let body = items(of: block, from: resume, after: start, to: end)
        piece.items =
            header.items + (heading?.items.map { $0.offset(dy: header.height) } ?? [])
            + body.map { $0.offset(dy: shift) }
        piece.continuationHeaderUntil = block.continuationHeaderUntil.map { $0 + shift }
        piece.continuationHeaderAfter = block.continuationHeaderAfter.map { $0 + shift }
        piece.height = end.map { $0 + shift } ?? max(block.height + shift, headerHeight)
        piece.gapBefore = .zero
        piece.separator = []
        piece.startsStep = false
        piece.keepTogetherUntil = .zero
        piece.cutPoints = block.cutPoints?.map { $0 + shift }.filter { $0 > headerHeight }
        piece.cutHeadings = block.cutHeadings.map { $0.offset(dy: shift) }
        piece.fillLines = end == nil ? block.fillLines.map { $0.offset(dy: shift) } : nil
        if end != nil { piece.keepWithNext = false }
        return piece
    }
}
