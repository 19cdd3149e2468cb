/// A model of the paginator filling pages in reading order, used to compare arrangements of
/// blocks before choosing one: how many pages are begun and how far down the last one is filled.
struct PageCursor {
    /// Where content starts on pages after the first.
    let continuationTop: Length
    /// The bottom of the content area.
    let bottom: Length
    /// Pages begun so far.
    var pages = 1
    /// The top of the current page's content.
    var top: Length
    /// Where the next block goes.
    var y: Length
    /// Pages left behind less than `sparseFill` full.
    var sparse = 0
    /// How far those pages fall short of `sparseFill`, together: of two arrangements with as many
    /// sparse pages, the one whose pages are nearer full (a page of a header alone is worst).
    var shortfall = Length.zero
    /// What the gaps between the blocks on the current page may give up (`Paginator.gapShrink`
    /// of each).
    var shrinkable = Length.zero
    /// The least share of its content area a page other than the last should fill.
    static let sparseFill = 0.7

    init(frame: ContentFrame) {
        continuationTop = frame.continuationTop
        bottom = frame.content.maxY
        top = frame.content.minY
        y = top
    }

    /// Whether nothing is on the current page yet.
    var atTop: Bool { y == top }
    /// The height of an empty continuation page.
    var fullPage: Length { bottom - continuationTop }

    /// Room left on the current page for a block with a gap of `gap` above it.
    func room(gap: Length) -> Length { bottom - y - (atTop ? .zero : gap) }

    mutating func newPage() {
        if y - top < (bottom - top) * Self.sparseFill {
            sparse += 1
            shortfall += (bottom - top) * Self.sparseFill - (y - top)
        }
        pages += 1
        top = continuationTop
        y = top
        shrinkable = .zero
    }

    /// Whether a block `height` tall with `gap` above it, too tall for the room left, fits once
    /// the page's gaps close up, as the paginator's second pass closes them when a page would
    /// otherwise be left sparse: only on a page less than `sparseFill` full so far.
    func fitsClosingGaps(_ height: Length, gap: Length) -> Bool {
        guard !atTop, y - top < (bottom - top) * Self.sparseFill else { return false }
        return height <= bottom - y - gap + shrinkable + gap * Paginator.gapShrink + .pt(0.01)
    }

    /// Whether a block that does not fit the room left is cut here rather than moved whole to the
    /// next page: always when it is taller than a page, and when it may be cut (a tall lone card)
    /// and moving it would leave this page less than `sparseFill` full.
    func cutsHere(_ block: Block) -> Bool {
        if block.height > fullPage { return true }
        guard let cuts = block.cutPoints, !cuts.isEmpty, !atTop else { return false }
        return y - top < (bottom - top) * Self.sparseFill
    }

    /// Where the first cut of `block` may fall at the earliest: below what it keeps together
    /// (a card's name, words and first set of boxes) when that fits a page.
    func keptTogether(_ block: Block) -> Length {
        block.keepTogetherUntil <= fullPage ? block.keepTogetherUntil - .pt(0.01) : .zero
    }

    /// Places `block` as the paginator does: on this page when it fits (closing the page's gaps up
    /// when the page would otherwise be left sparse), else on the next, cut only when it is taller
    /// than a whole page or `cutsHere` says so.
    mutating func place(_ block: Block) {
        var block = block
        while true {
            let gap = atTop ? .zero : block.gapBefore
            let room = bottom - y - gap
            if block.height <= room + .pt(0.01) {
                y += gap + block.height
                shrinkable += gap * Paginator.gapShrink
                return
            }
            if fitsClosingGaps(block.height, gap: gap) {
                y = bottom
                return
            }
            let progress = block.continuationHeaderHeight + GreedyPaginator.leastProgress
            if cutsHere(block), let cut = block.cleanCut(atMost: room), cut > progress, cut > keptTogether(block),
                cut > room * 0.25 || atTop
            {
                block = block.split(at: cut).tail
                newPage()
                continue
            }
            if !atTop {
                newPage()
                continue
            }
            if room <= progress {
                y += block.height
                return
            }
            block = block.split(at: room).tail
            newPage()
        }
    }
}
