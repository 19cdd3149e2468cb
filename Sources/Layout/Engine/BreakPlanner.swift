/// Finds the page breaks of a sheet by dynamic programming over its break points.
///
/// A position is where a page starts: a block's top, or one of the cuts the block allows. For
/// every position, from the last to the first, it keeps the cheapest way to lay out the rest of
/// the sheet starting a page there. A page's cost is a large constant (so fewer pages always
/// win), plus the square of the share it leaves empty, plus a penalty when it is under the fill
/// a reader expects, when it splits a block, and when the last page begins no step.
struct BreakPlanner {
    let blocks: [Block]
    /// The height of the first page's content area, and of the later pages'.
    let firstPage: Length
    let laterPages: Length
    /// The share of each gap between blocks a page may give up to hold what would otherwise
    /// overflow it (shrinkable glue): zero keeps every gap as set.
    let gapShrink: Double
    /// Whether any block begins a step (a blank sheet's header and notes begin none).
    private let hasSteps: Bool

    /// Where a page starts: at the top of `block` (`cut` zero) or at a cut inside it.
    struct Position: Hashable, Comparable {
        var block: Int
        var cut: Length

        static func < (a: Position, b: Position) -> Bool {
            a.block != b.block ? a.block < b.block : a.cut < b.cut
        }
    }

    /// What one page costs beyond its being a page.
    enum Cost {
        static let page = 1_000_000.0
        static let emptyShare = 100.0
        static let underFilled = 200.0
        /// What each further share of a page left empty below `wellFilled` adds: a page a quarter
        /// full is far worse than one two-thirds full.
        static let underFilledSlope = 1_000.0
        /// A page under this share full counts as under-filled.
        static let wellFilled = 0.75
        /// A page under this share full is sparse: worth cutting steps between their words, or
        /// carrying a step onto the last page, to avoid.
        static let sparseShare = 0.70
        static let sparse = 1_000.0
        static let split = 10.0
        /// Cutting a step between lines of its words (only where its boxes stand above them):
        /// dearer than evening out the fill, cheaper than leaving a page under-filled.
        static let splitWords = 150.0
        /// Cutting a set of boxes between its rows: only to save a page from being sparse.
        static let splitRows = 900.0
        /// Parting a step's words from its video code or picture: only to save a page from being
        /// sparse.
        static let splitMedia = 900.0
        /// Parting a panel's words from its tick key: only to save a page from being sparse.
        static let splitPanel = 900.0
        /// Leaving one row of a log's table alone on a page (`Block.loneRowCuts`): dearer than a
        /// page a little under-filled, cheaper than a sparse one even when it takes three.
        static let loneRow = 400.0
        static let lastPageWithoutStep = 2_000.0
        /// A first page left sparse that begins no step: the title and header alone, with step 1
        /// under a "continued" header on page 2. Dearer than a second sparse page.
        static let firstPageWithoutStep = 1_500.0
        /// A last page that begins no step but goes on with one (its rows of boxes under the
        /// step's number and name "(continued)"): less than a page left under-filled before it.
        static let lastPageContinuingStep = 100.0
        /// Closing a page's gaps up to hold what would not fit at their full size: dearer than a
        /// page a little under-filled, cheaper than a sparse one.
        static let shrunk = 500.0
        /// Ending a page after a block that must stay with the next (the title, a heading): more
        /// than a page, so it happens only on paper too small for the two together.
        static let partedFromNext = 2_000_000.0
        /// Ending a page after a block kept with the next unless that leaves a page sparse: less
        /// than a sparse page, more than one a little under-filled.
        static let partedSoftly = 900.0
    }

    /// Allowed cuts of each block, ascending, with where the rest resumes after each.
    private let cuts: [[Length]]
    private let restTops: [[Length: Length]]
    /// The cuts of each block that fall between lines of words.
    private let wordCuts: [Set<Length>]
    /// The cuts of each block between its words and its video code or picture.
    private let mediaCuts: [Set<Length>]
    /// The cuts of each block between the rows of one set of boxes.
    private let rowCuts: [Set<Length>]
    /// The cuts of each block between a panel's words and its tick key.
    private let panelCuts: [Set<Length>]
    /// The cuts of each block that leave one row of a log's table alone.
    private let loneRowCuts: [Set<Length>]
    /// The items of each block with many, ordered for quick pieces (`nil` for small blocks).
    let indices: [BlockIndex?]
    /// A block with more items than this is cut into pieces through its `BlockIndex`.
    static let indexedItems = 200

    init(blocks: [Block], firstPage: Length, laterPages: Length, gapShrink: Double = 0) {
        self.blocks = blocks
        self.firstPage = firstPage
        self.laterPages = laterPages
        self.gapShrink = gapShrink
        hasSteps = blocks.contains { $0.startsStep }
        var cuts: [[Length]] = []
        var restTops: [[Length: Length]] = []
        var indices: [BlockIndex?] = []
        for block in blocks {
            let page = min(firstPage, laterPages)
            // Any clean cut only when the block's own cuts leave a piece taller than a page.
            let ownCuts = block.cutPoints?.isEmpty == false ? block.cuts(anywhere: false) : []
            let own = [.zero] + ownCuts + [block.height]
            // The first piece goes on a page as it is; the others under the continuation header.
            let pieces = zip(own, own.dropFirst()).map { $1 - $0 }
            let firstPiece = pieces.first ?? block.height
            let longestLater = pieces.dropFirst().max() ?? .zero
            let anywhere =
                block.height > page
                && (firstPiece > page || longestLater + block.continuationHeaderHeight > page)
            let keptTogether = block.keepTogetherUntil <= page - block.continuationHeaderHeight
            let blockCuts = (anywhere ? block.cuts(anywhere: true) : ownCuts).filter {
                !keptTogether || $0 >= block.keepTogetherUntil - .pt(0.01)
            }
            cuts.append(blockCuts)
            // Pieces of a block with containers are cut by `Block.split`, which clips them; where
            // the rest resumes the index finds for any block.
            let index = block.items.count > Self.indexedItems ? BlockIndex(block) : nil
            indices.append(index.flatMap { $0.hasContainers ? nil : $0 })
            restTops.append(
                Dictionary(
                    uniqueKeysWithValues: blockCuts.map { ($0, index?.restTop(after: $0) ?? block.restTop(after: $0)) })
            )
        }
        self.indices = indices
        self.cuts = cuts
        self.restTops = restTops
        self.wordCuts = blocks.map { Set($0.wordCuts) }
        self.mediaCuts = blocks.map { Set($0.mediaCuts) }
        self.rowCuts = blocks.map { Set($0.rowCuts) }
        self.panelCuts = blocks.map { Set($0.panelCuts) }
        self.loneRowCuts = blocks.map { Set($0.loneRowCuts) }
    }

    /// Whether ending a page `used` full at `cut` of block `index` leaves one row of a log's
    /// table alone, on a page that is not sparse anyway (a row alone on a page sparse without it
    /// is no loss).
    private func leavesRowAlone(_ cut: Length, in index: Int, _ used: Length, _ capacity: Length) -> Bool {
        loneRowCuts[index].contains(cut) && !isSparse(used, capacity)
    }

    /// Whether a page starting at `position` leaves one row of a log's table alone on the page
    /// before or on its own.
    func leavesRowAlone(_ position: Position) -> Bool {
        position.block < blocks.count && loneRowCuts[position.block].contains(position.cut)
    }

    /// The height of the piece of a block that starts at `position` and ends at `cut` (in the
    /// block's own coordinates), continuation header included.
    func pieceHeight(_ position: Position, to cut: Length) -> Length {
        let block = blocks[position.block]
        guard position.cut > .zero else { return cut }
        let resume = restTops[position.block][position.cut] ?? position.cut
        return block.continuationHeight(after: position.cut) + cut - resume
    }

    /// The page starts, in order; `nil` when some piece fits no page.
    func plan() -> [Position]? { plannedPages()?.starts }

    /// The page starts, in order, and how many flaws the plan keeps: pages other than the last
    /// left sparse, and a last page that begins no step. `nil` when some piece fits no page.
    func plannedPages() -> (starts: [Position], flaws: Int)? {
        let start = Position(block: 0, cut: .zero)
        var positions: [Position] = []
        for (index, blockCuts) in cuts.enumerated() {
            positions.append(Position(block: index, cut: .zero))
            positions += blockCuts.map { Position(block: index, cut: $0) }
        }
        let end = Position(block: blocks.count, cut: .zero)
        var best: [Position: (cost: Double, next: Position, flaws: Int)] = [:]
        for position in positions.reversed() {
            var cheapest: (cost: Double, next: Position, flaws: Int)? = nil
            for option in pageEnds(from: position, isFirst: position == start) {
                let rest: (cost: Double, flaws: Int)
                if option.next == end {
                    rest = (0, 0)
                } else if let after = best[option.next] {
                    rest = (after.cost, after.flaws)
                } else {
                    continue
                }
                let cost = option.cost + rest.cost
                if cost < cheapest?.cost ?? .infinity {
                    cheapest = (cost, option.next, rest.flaws + (option.flawed ? 1 : 0))
                }
            }
            if let cheapest { best[position] = cheapest }
        }
        guard let first = best[start] else { return nil }
        var plan: [Position] = []
        var position = start
        while position != end, let step = best[position] {
            plan.append(position)
            position = step.next
        }
        return position == end ? (plan, first.flaws) : nil
    }

    /// Every way to end a page that starts at `position`, with the page's cost and where the
    /// next page starts.
    private func pageEnds(from position: Position, isFirst: Bool) -> [(cost: Double, next: Position, flawed: Bool)] {
        let capacity = isFirst ? firstPage : laterPages
        let tolerance = Length.pt(0.01)
        var options: [(cost: Double, next: Position, flawed: Bool)] = []
        var used = Length.zero
        // What the page's gaps so far may give up.
        var shrinkable = Length.zero
        let splits = position.cut > .zero ? 1 : 0
        var beginsStep = false
        let continuesStep = position.cut > .zero && blocks[position.block].startsStep
        var index = position.block
        var from = position
        while index < blocks.count {
            let block = blocks[index]
            let gap = used > .zero ? block.gapBefore : .zero
            shrinkable += gap * gapShrink
            let room = capacity + tolerance + shrinkable
            if from.cut == .zero && block.startsStep { beginsStep = true }
            // End the page inside this block, at one of its cuts.
            let blockCuts = cuts[index]
            for cut in blockCuts[firstCut(after: from.cut, in: blockCuts)...] {
                let height = used + gap + pieceHeight(from, to: cut)
                if height > room { break }
                let next = Position(block: index, cut: cut)
                let words =
                    wordCuts[index].contains(cut)
                    ? Cost.splitWords
                    : mediaCuts[index].contains(cut)
                        ? Cost.splitMedia
                        : rowCuts[index].contains(cut)
                            ? Cost.splitRows
                            : panelCuts[index].contains(cut)
                                ? Cost.splitPanel : leavesRowAlone(cut, in: index, height, capacity) ? Cost.loneRow : 0
                let cost =
                    pageCost(used: height, capacity: capacity, splits: splits + 1) + words
                    + withoutStep(isFirst: isFirst, beginsStep: beginsStep, height, capacity)
                options.append((cost + shrinking(height, capacity), next, isSparse(height, capacity)))
            }
            let whole = from.cut > .zero ? pieceHeight(from, to: block.height) : block.height
            used += gap + whole
            if used > room { break }
            index += 1
            from = Position(block: index, cut: .zero)
            // End the page after this block, unless it must stay with the next.
            if index == blocks.count {
                let orphan =
                    isFirst || beginsStep
                    ? 0 : continuesStep ? Cost.lastPageContinuingStep : Cost.lastPageWithoutStep
                let cost = Cost.page + orphan + Double(splits) * Cost.split + shrinking(used, capacity)
                options.append((cost, from, !isFirst && !beginsStep && !continuesStep))
            } else {
                // A block kept with the next ends a page only when nothing else can: parting a
                // heading from its step costs more than a page.
                let parting =
                    block.keepWithNext ? (block.keepsWithNextUnlessSparse ? Cost.partedSoftly : Cost.partedFromNext) : 0
                let cost =
                    pageCost(used: used, capacity: capacity, splits: splits) + parting
                    + withoutStep(isFirst: isFirst, beginsStep: beginsStep, used, capacity)
                options.append((cost + shrinking(used, capacity), from, isSparse(used, capacity)))
            }
        }
        return options
    }

    /// The position in `cuts` (ascending) of the first cut below `y`.
    private func firstCut(after y: Length, in cuts: [Length]) -> Int {
        var low = 0
        var high = cuts.count
        while low < high {
            let middle = (low + high) / 2
            if cuts[middle] <= y { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// What closing up a page's gaps costs: nothing when its content fits at full size.
    private func shrinking(_ used: Length, _ capacity: Length) -> Double {
        used > capacity + .pt(0.01) ? Cost.shrunk : 0
    }

    /// What a first page that is not the last costs for beginning no step while left sparse.
    private func withoutStep(isFirst: Bool, beginsStep: Bool, _ used: Length, _ capacity: Length) -> Double {
        isFirst && !beginsStep && hasSteps && isSparse(used, capacity) ? Cost.firstPageWithoutStep : 0
    }

    /// Whether a page that is not the last, `used` of `capacity` full, is left sparse.
    private func isSparse(_ used: Length, _ capacity: Length) -> Bool {
        capacity > .zero && used.points / capacity.points < Cost.sparseShare
    }

    /// The cost of a page that is not the last, `used` of `capacity` full.
    private func pageCost(used: Length, capacity: Length, splits: Int) -> Double {
        let share = capacity > .zero ? min(1, used.points / capacity.points) : 1
        var cost = Cost.page + Cost.emptyShare * (1 - share) * (1 - share) + Double(splits) * Cost.split
        if share < Cost.wellFilled {
            cost += Cost.underFilled + Cost.underFilledSlope * (Cost.wellFilled - share)
        }
        if share < Cost.sparseShare { cost += Cost.sparse }
        return cost
    }
}
