/// Fills pages with blocks in order, keeping a heading with the block after it and splitting
/// only a block taller than a whole page: the fallback when `Paginator` finds no plan.
struct GreedyPaginator {
    let frame: ContentFrame
    /// The least height of a block that a page must take when it is split, so splitting ends.
    static let leastProgress = Length.pt(12)

    func paginate(_ blocks: [Block]) -> [Page] {
        var state = State(frame: frame)
        for (index, block) in blocks.enumerated() {
            // Keep a chain of keep-with-next blocks together with the block that ends it.
            var needed = (state.atTop ? .zero : block.gapBefore) + block.height
            var next = index
            while blocks[next].keepWithNext, next + 1 < blocks.count {
                next += 1
                needed += blocks[next].gapBefore + blocks[next].height
            }
            if !state.atTop, state.y + needed > state.bottom, needed <= state.fullPage || block.keepWithNext {
                state.newPage()
            }
            place(block, in: &state)
        }
        state.fillLastPage()
        return state.pages
    }

    private func place(_ block: Block, in state: inout State) {
        var block = block
        while true {
            let gap = state.atTop ? .zero : block.gapBefore
            let room = state.bottom - state.y - gap
            if block.height <= room + .pt(0.01) {
                state.put(block, gap: gap)
                return
            }
            // Taller than what is left: split when it cannot fit on a fresh page either.
            // Each split must leave less than it took, or a tiny page would never finish.
            let progress = block.continuationHeaderHeight + GreedyPaginator.leastProgress
            if block.height > state.fullPage, let cut = block.cleanCut(atMost: room), cut > progress,
                cut > room * 0.25 || state.atTop
            {
                let parts = block.split(at: cut)
                state.put(parts.head, gap: gap)
                state.newPage()
                block = parts.tail
                continue
            }
            if !state.atTop {
                state.newPage()
                continue
            }
            // A page too small to hold more than the continuation header: splitting again would
            // never shrink the rest, so put it on this page whole (cut off at the page's edge).
            if room <= progress {
                state.put(block, gap: .zero)
                return
            }
            // Nothing cleanly fits on an empty page: cut hard at the page's end.
            let parts = block.split(at: room)
            state.put(parts.head, gap: .zero)
            state.newPage()
            block = parts.tail
        }
    }

    /// The pages so far and where the next block goes.
    struct State {
        let frame: ContentFrame
        var pages: [Page]
        var top: Length
        var y: Length
        /// The writing lines of the block placed last, where its last line landed, and the
        /// index of its first item on the page (its separator's, if any).
        var lastFill: (WritingLines, Length, Int)? = nil

        init(frame: ContentFrame) {
            self.frame = frame
            pages = [Page(size: frame.pageSize)]
            top = frame.content.minY
            y = top
        }

        var bottom: Length { frame.content.maxY }
        var atTop: Bool { y == top }
        /// The height of an empty continuation page.
        var fullPage: Length { bottom - frame.continuationTop }

        mutating func newPage() {
            lastFill = nil
            pages.append(Page(size: frame.pageSize))
            top = frame.continuationTop
            y = top
        }

        mutating func put(_ block: Block, gap: Length) {
            let first = pages[pages.count - 1].items.count
            if !atTop {
                pages[pages.count - 1].items.append(contentsOf: block.separator.map { $0.offset(dy: y + gap) })
            }
            y += gap
            let placed = block.items.map { $0.offset(dy: y) }
            let start = pages[pages.count - 1].items.count
            pages[pages.count - 1].items.append(contentsOf: placed)
            pages[pages.count - 1].groups.append(
                ItemGroup(
                    role: block.structureRole, items: start..<start + placed.count, alt: block.alt,
                    boxes: block.boxes))
            lastFill = block.fillLines.map { ($0, y + $0.lastY, first) }
            y += block.height
        }

        /// The last block's writing lines continued to the foot of the page; a write-in area with
        /// no room for a line under its heading is left out, heading and all.
        mutating func fillLastPage() {
            guard let (lines, placedLastY, first) = lastFill else { return }
            lastFill = nil
            let more = lines.more(placedLastY: placedLastY, bottom: bottom)
            let page = pages.count - 1
            if more.isEmpty, lines.onlyHeading, first < pages[page].items.count {
                pages[page].items.removeSubrange(first...)
                pages[page].groups.removeAll { $0.items.lowerBound >= first }
                return
            }
            pages[page].items.append(contentsOf: more)
        }
    }
}
