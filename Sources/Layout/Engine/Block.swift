/// A piece of a sheet that is never split across pages: a header, a step, a heading, the notes.
///
/// Items are positioned with y measured from the block's top.
struct Block {
    var items: [PageItem] = []
    var height: Length = .zero
    /// Space above the block, dropped when the block starts a page.
    var gapBefore: Length = .zero
    /// Whether the block must stay on the same page as the next one (a heading and its first step).
    var keepWithNext = false
    /// Put at the top of the next page when the block is taller than a page and must be split,
    /// such as "Pelvic tilts (continued)".
    var continuationHeader: [PageItem] = []
    /// Height of `continuationHeader`, including the space under it.
    var continuationHeaderHeight: Length = .zero

    /// Adds items positioned relative to the block's top.
    mutating func add(_ newItems: [PageItem]) { items.append(contentsOf: newItems) }
    mutating func add(_ item: PageItem) { items.append(item) }

    /// The lowest y at most `limit` where the block can be cut without cutting through an item.
    func cleanCut(atMost limit: Length) -> Length? {
        let frames = items.map(\.frame)
        // Candidate cuts: the bottoms of items, where nothing else straddles.
        let candidates = frames.map(\.maxY).filter { $0 > .zero && $0 <= limit }.sorted(by: >)
        for cut in candidates where !frames.contains(where: { $0.minY < cut - .pt(0.01) && $0.maxY > cut + .pt(0.01) }) {
            return cut
        }
        return nil
    }

    /// Splits the block at `cut`: the part above, and the rest moved up under the continuation header.
    func split(at cut: Length) -> (head: Block, tail: Block) {
        var head = self
        head.items = items.filter { $0.frame.minY < cut }
        head.height = cut
        head.keepWithNext = false
        var tail = self
        let shift = continuationHeaderHeight - cut
        // Skip the white space at the cut so the continuation starts with content.
        let restTop = items.filter { $0.frame.minY >= cut }.map(\.frame.minY).min() ?? cut
        let trim = restTop - cut
        tail.items = continuationHeader + items.filter { $0.frame.minY >= cut }.map { $0.offset(dy: shift - trim) }
        tail.height = height + shift - trim
        tail.gapBefore = .zero
        return (head, tail)
    }
}

extension PageItem {
    /// The item moved down by `dy`.
    func offset(dy: Length) -> PageItem {
        switch self {
        case .text(var run):
            run.origin.y += dy
            return .text(run)
        case .box(var box):
            box.frame = box.frame.offsetBy(dy: dy)
            return .box(box)
        case .rule(var rule):
            rule.from.y += dy
            rule.to.y += dy
            return .rule(rule)
        case .checkbox(var box):
            box.frame = box.frame.offsetBy(dy: dy)
            return .checkbox(box)
        case .checkmark(var mark):
            mark.frame = mark.frame.offsetBy(dy: dy)
            return .checkmark(mark)
        case .image(var image):
            image.frame = image.frame.offsetBy(dy: dy)
            return .image(image)
        case .link(var link):
            link.frame = link.frame.offsetBy(dy: dy)
            return .link(link)
        case .shape(let shape):
            return .shape(shape.offsetBy(dy: dy))
        }
    }
}
