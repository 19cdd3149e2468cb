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
    /// Whether `keepWithNext` gives way when keeping the two together would leave a page sparse:
    /// a notice such as the pain guide may end the first page under the panel.
    var keepsWithNextUnlessSparse = false
    /// Put at the top of the next page when the block is taller than a page and must be split,
    /// such as "Pelvic tilts (continued)".
    var continuationHeader: [PageItem] = []
    /// Height of `continuationHeader`, including the space under it.
    var continuationHeaderHeight: Length = .zero
    /// The continuation header heads only what a cut above this y leaves: a tracker's day
    /// headings go on over its rows, not over the routine's notes under its table. `nil` for
    /// the whole block.
    var continuationHeaderUntil: Length? = nil
    /// The continuation header heads only what a cut below this y leaves: a cut just above a
    /// tracker's day headings, under the routine's notes, leaves the headings to head the rest
    /// themselves. `nil` for the whole block.
    var continuationHeaderAfter: Length? = nil
    /// Where the block may be cut when it must be split (y from the block's top), such as between
    /// the rows of a checkbox grid; `nil` allows any cut that passes through no item. An empty list
    /// keeps the block whole unless it is taller than an empty page.
    var cutPoints: [Length]? = nil
    /// The cuts in `cutPoints` that fall between lines of a step's words rather than between its
    /// rows of boxes: allowed only where the boxes stand above the words, and dearer to take.
    var wordCuts: [Length] = []
    /// The cuts (among `cutPoints`) between the rows of one set of boxes: dearer to take.
    var rowCuts: [Length] = []
    /// The cuts (among `cutPoints`) that part a step's words from its video code or picture: a
    /// last resort against a page left under-filled.
    var mediaCuts: [Length] = []
    /// The cuts (among `cutPoints`) that part a panel's words from its tick key: a last resort
    /// against a page left under-filled, such as a large-print title, caution and panel too tall
    /// for a small page together.
    var panelCuts: [Length] = []
    /// The cuts (among `cutPoints`) that leave one step row of a log's table alone on a page, under
    /// its day headings or over its Notes row: taken only to keep a page from being sparse, so a
    /// week goes on a page whole or in pieces a reader can follow.
    var loneRowCuts: [Length] = []
    /// Headings that join the continuation header when a cut falls at or below their `from`, such
    /// as "Right" over the sets of the Right side continued on a new page.
    var cutHeadings: [CutHeading] = []
    /// No cut above this y unless what lies above it is taller than a page: a step keeps its
    /// number, name and first row of boxes together.
    var keepTogetherUntil: Length = .zero
    /// Drawn above the block unless the block starts a page, such as the hairline between steps.
    var separator: [PageItem] = []
    /// Whether the block begins a step: the last page of a sheet must begin one.
    var startsStep = false
    /// Writing lines that may go on under the block to the foot of the last page (the Notes block).
    var fillLines: WritingLines? = nil
    /// What the block is to a reader; `nil` reads a block that starts a step as a step, others as paragraphs.
    var role: StructureRole? = nil
    /// A description of the block's pictures for a screen reader.
    var alt: String? = nil
    /// A description of the block's boxes for a screen reader, in the sheet's words.
    var boxes: String? = nil

    /// The role the block is tagged with.
    var structureRole: StructureRole { role ?? (startsStep ? .step : .paragraphs) }

    /// Adds items positioned relative to the block's top.
    mutating func add(_ newItems: [PageItem]) { items.append(contentsOf: newItems) }
    mutating func add(_ item: PageItem) { items.append(item) }

    /// The lowest y at most `limit` where the block can be cut without cutting through an item
    /// (containers such as panels and card frames aside: they are drawn on both sides of a cut).
    func cleanCut(atMost limit: Length) -> Length? {
        let frames = items.filter { !$0.isContainer }.map(\.frame)
        if let cutPoints {
            return cutPoints.filter { $0 > .zero && $0 <= limit && !Block.straddles(frames, $0) }.max()
        }
        // Candidate cuts: the bottoms of items, where nothing else straddles.
        let candidates = frames.map(\.maxY).filter { $0 > .zero && $0 <= limit }.sorted(by: >)
        return candidates.first { !Block.straddles(frames, $0) }
    }

    /// Every y where the block may be cut: its `cutPoints` that pass through no item, and when
    /// `anywhere` (a block taller than a page) also every clean cut between items; ascending.
    /// One sweep over the items sorted by their tops, so a block of many items costs n log n.
    func cuts(anywhere: Bool) -> [Length] {
        let frames = items.filter { !$0.isContainer }.map(\.frame).sorted { $0.minY < $1.minY }
        var candidates = cutPoints ?? []
        if anywhere { candidates += frames.map(\.maxY) }
        let epsilon = Length.pt(0.01)
        let sorted = Set(candidates.filter { $0 > epsilon && $0 < height - epsilon }).sorted()
        var result: [Length] = []
        var next = 0
        var lowestBottom = Length.pt(-Double.greatestFiniteMagnitude)
        for cut in sorted {
            // Every frame that starts above the cut; the cut is clean when none reaches below it.
            while next < frames.count, frames[next].minY < cut - epsilon {
                lowestBottom = max(lowestBottom, frames[next].maxY)
                next += 1
            }
            if lowestBottom <= cut + epsilon { result.append(cut) }
        }
        return result
    }

    /// The height of the header put above the rest after a cut at `cut`.
    func continuationHeight(after cut: Length) -> Length {
        header(after: cut).height + (cutHeadings.last { $0.applies(to: cut) }?.height ?? .zero)
    }

    /// The continuation header put above the rest after a cut at `cut`: none below
    /// `continuationHeaderUntil`.
    func header(after cut: Length) -> (items: [PageItem], height: Length) {
        if let until = continuationHeaderUntil, cut >= until - .pt(0.01) { return ([], .zero) }
        if let after = continuationHeaderAfter, cut <= after + .pt(0.01) { return ([], .zero) }
        return (continuationHeader, continuationHeaderHeight)
    }

    /// Where the rest starts after a cut at `cut`: the first item below it (white space skipped),
    /// less `continuedContainerInset` when the cut passes through an outline that starts inside
    /// the block (a caution's), so the rest goes on inside the outline drawn again under the
    /// continuation header.
    func restTop(after cut: Length) -> Length {
        let epsilon = Length.pt(0.01)
        let below = items.filter {
            $0.frame.maxY > cut + epsilon && ($0.frame.minY >= cut - epsilon || !$0.isContainer)
        }
        let top = max(cut, below.map(\.frame.minY).min() ?? cut)
        let throughOutline = items.contains {
            $0.isOutline && $0.frame.minY > epsilon && $0.frame.minY < cut - epsilon && $0.frame.maxY > cut + epsilon
        }
        return throughOutline ? top - Self.continuedContainerInset : top
    }

    /// The space between a container's outline, drawn again on a new page, and what goes on
    /// inside it.
    static let continuedContainerInset = Length.mm(2)

    /// Whether a cut at `y` passes through one of `frames`.
    static func straddles(_ frames: [Rect], _ y: Length) -> Bool {
        frames.contains { $0.minY < y - .pt(0.01) && $0.maxY > y + .pt(0.01) }
    }

    /// Splits the block at `cut`: the part above, and the rest moved up under the continuation header.
    /// An item the cut passes through goes with the rest; a container is drawn on both sides.
    func split(at cut: Length) -> (head: Block, tail: Block) {
        let epsilon = Length.pt(0.01)
        var headItems: [PageItem] = []
        var tailItems: [PageItem] = []
        var straddling: [PageItem] = []
        for item in items {
            let frame = item.frame
            if frame.maxY <= cut + epsilon {
                headItems.append(item)
            } else if frame.minY >= cut - epsilon || !item.isContainer {
                tailItems.append(item)
            } else {
                straddling.append(item)
                // Drawn where it stood, under what it holds: appended after its text, a filled
                // outline (a caution's) would cover the words above the cut.
                if let above = item.clipped(top: nil, bottom: cut) { headItems.append(above) }
            }
        }
        // Skip the white space at the cut so the continuation starts with content.
        let restTop = restTop(after: cut)
        let heading = cutHeadings.last { $0.applies(to: cut) }
        let header = header(after: cut)
        let headerHeight = header.height + (heading?.height ?? .zero)
        let shift = headerHeight - restTop
        var head = self
        head.items = headItems
        head.height = cut
        head.keepWithNext = false
        var tail = self
        tail.role = structureRole
        let moved = tailItems.map { $0.offset(dy: shift) }
        // A container round the whole block (a card's frame) goes on round the header too; one
        // inside the block (a caution's outline) goes on under it.
        let rest = straddling.compactMap {
            $0.offset(dy: shift).clipped(top: $0.frame.minY > epsilon ? headerHeight : .zero, bottom: nil)
        }
        let headingItems = heading?.items.map { $0.offset(dy: header.height) } ?? []
        tail.items = rest + header.items + headingItems + moved
        tail.continuationHeaderUntil = continuationHeaderUntil.map { $0 + shift }
        tail.continuationHeaderAfter = continuationHeaderAfter.map { $0 + shift }
        tail.height = max(height + shift, headerHeight)
        tail.cutHeadings = cutHeadings.map { $0.offset(dy: shift) }
        tail.gapBefore = .zero
        tail.separator = []
        tail.startsStep = false
        tail.keepTogetherUntil = .zero
        tail.cutPoints = cutPoints?.map { $0 + shift }.filter { $0 > headerHeight }
        tail.wordCuts = wordCuts.map { $0 + shift }.filter { $0 > headerHeight }
        tail.rowCuts = rowCuts.map { $0 + shift }.filter { $0 > headerHeight }
        tail.mediaCuts = mediaCuts.map { $0 + shift }.filter { $0 > headerHeight }
        tail.panelCuts = panelCuts.map { $0 + shift }.filter { $0 > headerHeight }
        tail.loneRowCuts = loneRowCuts.map { $0 + shift }.filter { $0 > headerHeight }
        tail.fillLines = fillLines.map { $0.offset(dy: shift) }
        head.fillLines = nil
        return (head, tail)
    }
}

extension PageItem {
    /// Panels, card frames and long vertical rules: drawn on both sides when a page break cuts them.
    var isContainer: Bool {
        switch self {
        case .box(let box):
            return box.frame.height > .pt(40) && box.cornerRadius * 2 < box.frame.height - .pt(0.1)
        case .rule(let rule):
            return rule.from.x == rule.to.x && rule.frame.height > .pt(40)
        default:
            return false
        }
    }

    /// A container drawn as an outline (a caution's box), not a tinted area or a rule.
    var isOutline: Bool {
        if case .box(let box) = self { return isContainer && box.stroke != nil }
        return false
    }

    /// A container cut to the part between `top` and `bottom` (either may be open); `nil` when
    /// nothing is left or the item is not a container.
    func clipped(top: Length?, bottom: Length?) -> PageItem? {
        let frame = self.frame
        let newTop = max(frame.minY, top ?? frame.minY)
        let newBottom = min(frame.maxY, bottom ?? frame.maxY)
        guard newBottom - newTop > .pt(1) else { return nil }
        switch self {
        case .box(var box):
            box.frame = Rect(x: frame.minX, y: newTop, width: frame.width, height: newBottom - newTop)
            return .box(box)
        case .rule(var rule):
            let upward = rule.from.y > rule.to.y
            rule.from.y = upward ? newBottom : newTop
            rule.to.y = upward ? newTop : newBottom
            return .rule(rule)
        default:
            return nil
        }
    }

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
