import Foundation
/// Chooses all the page breaks of a sheet together, then fills the pages.
///
/// Break points are the boundaries between blocks and the cuts each block allows (between the
/// rows of a checkbox grid, say). Dynamic programming over them, in the spirit of Knuth and
/// Plass, finds the fewest pages first, then the most even fill with as few split blocks as
/// possible, and a last page that begins a step. A heading never ends a page. When no plan
/// exists (a block with no allowed cut is taller than a page) the greedy paginator takes over.
struct Paginator {
    let frame: ContentFrame
    /// Put at the top of every page after the first, such as a table's header row.
    var repeating: Block? = nil

    func paginate(_ blocks: [Block]) -> [Page] {
        guard !blocks.isEmpty else { return GreedyPaginator(frame: frame, repeating: repeating).paginate(blocks) }
        let planner = BreakPlanner(
            blocks: blocks, firstPage: frame.content.height,
            laterPages: frame.content.maxY - frame.continuationTop - (repeating?.height ?? .zero))
        guard let plan = planner.plan() else {
            return GreedyPaginator(frame: frame, repeating: repeating).paginate(blocks)
        }
        if ProcessInfo.processInfo.environment["REPSHEET_DEBUG_BREAKS"] != nil {
            FileHandle.standardError.write("capacity \(planner.firstPage) \(planner.laterPages)\n".data(using: .utf8)!)
            for (i, b) in blocks.enumerated() { FileHandle.standardError.write("block \(i) h=\(b.height) gap=\(b.gapBefore) keep=\(b.keepWithNext) step=\(b.startsStep) cuts=\(b.cuts(anywhere: false))\n".data(using: .utf8)!) }
            FileHandle.standardError.write("plan \(plan)\n".data(using: .utf8)!)
        }
        return place(blocks, plan: plan, planner: planner)
    }

    /// Puts each page's pieces of blocks on it, in order.
    private func place(_ blocks: [Block], plan: [BreakPlanner.Position], planner: BreakPlanner) -> [Page] {
        var state = GreedyPaginator.State(frame: frame, repeating: repeating)
        for (pageIndex, start) in plan.enumerated() {
            if pageIndex > 0 { state.newPage() }
            let end = pageIndex + 1 < plan.count ? plan[pageIndex + 1] : BreakPlanner.Position(block: blocks.count, cut: .zero)
            var position = start
            while position.block < end.block || (position.block == end.block && position.cut < end.cut) {
                let block = blocks[position.block]
                var piece = position.cut > .zero ? block.split(at: position.cut).tail : block
                let endsInside = end.block == position.block && end.cut > .zero
                if endsInside {
                    let cutInPiece = position.cut > .zero ? planner.pieceHeight(position, to: end.cut) : end.cut
                    piece = piece.split(at: cutInPiece).head
                }
                state.put(piece, gap: state.atTop ? .zero : piece.gapBefore)
                if endsInside { break }
                position = BreakPlanner.Position(block: position.block + 1, cut: .zero)
            }
        }
        state.fillLastPage()
        return state.pages
    }
}
