/// Chooses all the page breaks of a sheet together, then fills the pages.
///
/// Break points are the boundaries between blocks and the cuts each block allows (between the
/// rows of a checkbox grid, say). Dynamic programming over them, in the spirit of Knuth and
/// Plass, finds the fewest pages first, then the most even fill with as few split blocks as
/// possible, and a last page that begins a step. A heading never ends a page. When no plan
/// exists (a block with no allowed cut is taller than a page) the greedy paginator takes over.
struct Paginator {
    let frame: ContentFrame

    func paginate(_ blocks: [Block]) -> [Page] { layOut(blocks).pages }

    /// The pages, and whether the last of several begins a step or goes on with one (the greedy
    /// paginator's pages count as beginning one: it is the last resort).
    func layOut(_ blocks: [Block]) -> (pages: [Page], lastPageBeginsStep: Bool) {
        guard !blocks.isEmpty else {
            return (GreedyPaginator(frame: frame).paginate(blocks), true)
        }
        let planner = BreakPlanner(
            blocks: blocks, firstPage: frame.content.height,
            laterPages: frame.content.maxY - frame.continuationTop)
        guard let plan = planner.plan() else {
            return (GreedyPaginator(frame: frame).paginate(blocks), true)
        }
        // The last page begins a step, or goes on with one under its number and name.
        let start = plan[plan.count - 1]
        let beginsStep = plan.count == 1 || blocks[start.block...].contains(where: \.startsStep)
        return (place(blocks, plan: plan, planner: planner), beginsStep)
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
            var stretchable = 0
            for (index, piece) in pieces.enumerated() {
                used += (index > 0 ? piece.gapBefore : .zero) + piece.height
                if index > 0 && (piece.startsStep || piece.gapBefore > .zero) { stretchable += 1 }
            }
            let left = state.bottom - state.y - used
            let stretch =
                isLast || stretchable == 0 || left <= .zero
                ? .zero : min(Paginator.stretchPerStep, left / Double(stretchable))
            for (index, piece) in pieces.enumerated() {
                var gap = index > 0 ? piece.gapBefore : .zero
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
