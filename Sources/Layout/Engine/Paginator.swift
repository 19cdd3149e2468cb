/// Chooses all the page breaks of a sheet together, then fills the pages.
///
/// Break points are the boundaries between blocks and the cuts each block allows (between the
/// rows of a checkbox grid, say). Dynamic programming over them, in the spirit of Knuth and
/// Plass, finds the fewest pages first, then the most even fill with as few split blocks as
/// possible, and a last page that begins a step. A heading never ends a page. A sheet whose plan
/// leaves a page sparse, or a last page beginning no step, is planned again with the gaps between
/// blocks allowed to close up a little (`gapShrink`). When no plan exists (a block with no
/// allowed cut is taller than a page) the greedy paginator takes over.
struct Paginator {
    let frame: ContentFrame

    func paginate(_ blocks: [Block]) -> [Page] { layOut(blocks).pages }

    /// The pages, whether the last of several begins a step or goes on with one, how many flaws
    /// they keep (pages but the last left sparse, a last page beginning no step), and how many of
    /// their breaks leave one row of a log's table alone on a page. The greedy paginator's pages
    /// count as beginning a step and as flawless: it is the last resort.
    typealias Layout = (pages: [Page], lastPageBeginsStep: Bool, flaws: Int, loneRows: Int)

    func layOut(_ blocks: [Block]) -> Layout {
        guard !blocks.isEmpty else {
            return (GreedyPaginator(frame: frame).paginate(blocks), true, 0, 0)
        }
        guard let (planner, plan, flaws) = plan(blocks) else {
            return (GreedyPaginator(frame: frame).paginate(blocks), true, 0, 0)
        }
        // The last page begins a step, or goes on with one under its number and name.
        let start = plan[plan.count - 1]
        let beginsStep = plan.count == 1 || blocks[start.block...].contains(where: \.startsStep)
        let loneRows = plan.filter(planner.leavesRowAlone).count
        return (place(blocks, plan: plan, planner: planner), beginsStep, flaws, loneRows)
    }

    /// The share of a gap between blocks a page may give up (down to 60 % of it) when the
    /// sheet would otherwise leave a page sparse or a last page beginning no step.
    static let gapShrink = 0.4

    /// The planner that planned the pages, and the pages' starts: with every gap at full size,
    /// or, when that leaves a page sparse or a last page beginning no step and closing gaps up
    /// leaves fewer such flaws (or as few on fewer pages), with gaps shrunk where it helps.
    private func plan(_ blocks: [Block]) -> (BreakPlanner, [BreakPlanner.Position], flaws: Int)? {
        let firstPage = frame.content.height
        let laterPages = frame.content.maxY - frame.continuationTop
        let planner = BreakPlanner(blocks: blocks, firstPage: firstPage, laterPages: laterPages)
        let plan = planner.plannedPages()
        if let plan, plan.flaws == 0 { return (planner, plan.starts, 0) }
        let shrinking = BreakPlanner(
            blocks: blocks, firstPage: firstPage, laterPages: laterPages, gapShrink: Self.gapShrink)
        guard let shrunk = shrinking.plannedPages() else { return plan.map { (planner, $0.starts, $0.flaws) } }
        guard let plan else { return (shrinking, shrunk.starts, shrunk.flaws) }
        let better =
            shrunk.flaws < plan.flaws || (shrunk.flaws == plan.flaws && shrunk.starts.count < plan.starts.count)
        return better ? (shrinking, shrunk.starts, shrunk.flaws) : (planner, plan.starts, plan.flaws)
    }

    /// The most space added above each step of a page that is not the last, so that its content
    /// reaches nearer the foot of the page (flush bottom); a page far from full stays as it is.
    static let stretchPerStep = Length.mm(6)

    /// Puts each page's pieces of blocks on it, in order, spreading what is left of a page that is
    /// not the last between its steps.
    private func place(_ blocks: [Block], plan: [BreakPlanner.Position], planner: BreakPlanner) -> [Page] {
        var state = GreedyPaginator.State(frame: frame)
        for (pageIndex, start) in plan.enumerated() {
            if pageIndex > 0 { state.newPage() }
            let isLast = pageIndex + 1 == plan.count
            let end = isLast ? BreakPlanner.Position(block: blocks.count, cut: .zero) : plan[pageIndex + 1]
            let pieces = self.pieces(blocks, from: start, to: end, planner: planner)
            var used = Length.zero
            var gaps = Length.zero
            var stretchable = 0
            for (index, piece) in pieces.enumerated() {
                used += (index > 0 ? piece.gapBefore : .zero) + piece.height
                if index > 0 { gaps += piece.gapBefore }
                if index > 0 && (piece.startsStep || piece.gapBefore > .zero) { stretchable += 1 }
            }
            let left = state.bottom - state.y - used
            let stretch =
                isLast || stretchable == 0 || left <= .zero
                ? .zero : min(Paginator.stretchPerStep, left / Double(stretchable))
            // Over-full by what the planner let the gaps give up: each gap gives its share.
            let kept = left < .zero && gaps > .zero ? max(1 - planner.gapShrink, 1 + left.points / gaps.points) : 1
            for (index, piece) in pieces.enumerated() {
                var gap = index > 0 ? piece.gapBefore * kept : .zero
                if index > 0 && (piece.startsStep || piece.gapBefore > .zero) { gap += stretch }
                state.put(piece, gap: gap)
            }
        }
        state.fillLastPage()
        return state.pages
    }

    /// The blocks and pieces of blocks between two page starts.
    private func pieces(
        _ blocks: [Block], from start: BreakPlanner.Position, to end: BreakPlanner.Position, planner: BreakPlanner
    ) -> [Block] {
        var pieces: [Block] = []
        var position = start
        while position < end {
            let block = blocks[position.block]
            let endsInside = end.block == position.block && end.cut > .zero
            if let index = planner.indices[position.block] {
                pieces.append(index.piece(of: block, from: position.cut, to: endsInside ? end.cut : nil))
                if endsInside { break }
                position = BreakPlanner.Position(block: position.block + 1, cut: .zero)
                continue
            }
            var piece = position.cut > .zero ? block.split(at: position.cut).tail : block
            if endsInside {
                let cutInPiece = position.cut > .zero ? planner.pieceHeight(position, to: end.cut) : end.cut
                piece = piece.split(at: cutInPiece).head
            }
            pieces.append(piece)
            if endsInside { break }
            position = BreakPlanner.Position(block: position.block + 1, cut: .zero)
        }
        return pieces
    }
}
