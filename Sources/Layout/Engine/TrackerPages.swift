import Routine

/// The tracker's pages: its tables paginated at the row heights that take the fewest pages and
/// fill them best. A log a few millimetres too tall for its page tightens its rows (never below
/// what a box needs) rather than carry its last step and Notes onto a page of their own; a log
/// whose first page would stay under-filled opens its rows up instead, giving more room to write.
extension TrackerComposer {
    /// A variant of the layout: its rows at `share` of their heights, the Notes row on one line
    /// or not.
    struct Variant {
        var share: Double
        var tightNotes: Bool
        /// The routine's notes under the sheet's header rather than under the log, for notes too
        /// long to follow the last step onto a page without leaving the one before half empty.
        var notesFirst = false
    }

    /// The variants tried, the layout as written first: tighter ones to save a page, looser ones
    /// to fill the pages a log takes anyway.
    static let variants = [
        Variant(share: 1, tightNotes: false), Variant(share: 1, tightNotes: true),
        Variant(share: 0.85, tightNotes: true), Variant(share: 0.7, tightNotes: true),
        Variant(share: 1.2, tightNotes: false), Variant(share: 1.4, tightNotes: false),
        Variant(share: 1, tightNotes: false, notesFirst: true),
        Variant(share: 1.2, tightNotes: false, notesFirst: true),
    ]

    /// How far above sparse a page must stay for the chooser to count it as not sparse, so that a
    /// variant is not taken for leaving fewer rows alone on a page just at the line.
    static let nearlySparse = 0.03

    /// Pages filled at least this much are left as the layout writes them.
    static let wellFilled = 0.75

    /// The smallest share of the layout's box size a tightened row's boxes keep.
    static let leastBoxShare = 0.85

    /// The least space around a box in a tightened row.
    static let tightenedRowPadding = Length.mm(2)

    /// The sheet's pages, the brand's header first: the layout as written when that fills its
    /// pages well and leaves no more step rows alone on a page than another variant on as many
    /// pages; else, of the variants with the fewest pages, one that leaves no page sparse if any
    /// does, with the fewest rows alone, then the fullest least-filled page (the last aside).
    func pages(for routine: Routine, frame: ContentFrame, brand: BrandHeader) -> [Page] {
        let written = paginated(routine, frame: frame, brand: brand)
        guard written.pages.count > 1 else { return written.pages }
        let candidates =
            ([written]
            + Self.variants.dropFirst().map { tightened($0).paginated(routine, frame: frame, brand: brand) }.filter {
                everyPageLogs($0.pages)
            }).map { (pages: $0.pages, loneRows: $0.loneRows, fill: leastFill($0.pages, frame: frame)) }
        let fewest = candidates.map(\.pages.count).min() ?? written.pages.count
        func rank(_ candidate: (pages: [Page], loneRows: Int, fill: Double)) -> (Int, Int) {
            candidate.fill < PageCursor.sparseFill + Self.nearlySparse ? (1, 0) : (0, candidate.loneRows)
        }
        let best = candidates.filter { $0.pages.count == fewest }.map(rank).min { $0 < $1 } ?? rank(candidates[0])
        if written.pages.count == fewest, rank(candidates[0]) == best, candidates[0].fill >= Self.wellFilled {
            return written.pages
        }
        var chosen = written.pages
        var chosenFill = -1.0
        for candidate in candidates where candidate.pages.count == fewest && rank(candidate) == best {
            if candidate.fill > chosenFill + 0.01 { (chosen, chosenFill) = (candidate.pages, candidate.fill) }
        }
        return chosen
    }

    /// Whether every page from the log's first holds a row of boxes: a variant may not leave a
    /// page of only notes inside or after the log, which a log taller than its page could do by
    /// cutting it where the rows do not allow. Long notes standing under the header may fill the
    /// first page, the log starting whole on the next.
    func everyPageLogs(_ pages: [Page]) -> Bool {
        let logs = pages.map { page in
            page.items.contains {
                if case .checkbox = $0 { return true }
                return false
            }
        }
        guard let first = logs.firstIndex(of: true) else { return false }
        return logs[first...].allSatisfy { $0 }
    }

    /// The share of its content area the least-filled page but the last takes (1 for one page).
    func leastFill(_ pages: [Page], frame: ContentFrame) -> Double { PageFill.leastFill(pages, frame: frame) }

    /// A week's last page filled less than this, other than the log's last, is a page left
    /// sparse by a week a little too tall for its page.
    static let strandedWeek = PageCursor.sparseFill

    /// The share of its content area, from `top`, that `page` fills.
    func fill(of page: Page, top: Length, frame: ContentFrame) -> Double {
        PageFill.fill(of: page, top: top, frame: frame)
    }

    /// The tracker with its header, step and side rows at the variant's share of their heights, its
    /// boxes shrunk with them (to no less than `leastBoxShare` of their size, nor the least a
    /// tracker box may be; never grown), and its
    /// Notes row as the variant says.
    func tightened(_ variant: Variant) -> TrackerComposer {
        let share = variant.share
        var definition = composer.definition
        let boxShare = min(1, max(share, Self.leastBoxShare))
        definition.checkbox.size = max(Self.smallestBox, definition.checkbox.size * boxShare)
        let least = definition.checkbox.size + Self.tightenedRowPadding
        definition.spacing.headerRow = max(least, definition.spacing.headerRow * share)
        definition.spacing.stepRow = max(least, definition.spacing.stepRow * share)
        definition.spacing.sideRow = max(least, definition.spacing.sideRow * share)
        var tracker = self
        tracker.composer = composer.with(definition: definition)
        tracker.tightNotes = variant.tightNotes
        tracker.notesFirst = variant.notesFirst
        return tracker
    }

    /// The tables paginated, and how many of their page breaks leave one step row alone on a
    /// page: a plan's weeks each on pages of their own, the weeks after the first under the
    /// running header; any other log as one run of tables.
    private func paginated(
        _ routine: Routine, frame: ContentFrame, brand: BrandHeader
    ) -> (pages: [Page], loneRows: Int) {
        if let weeks = weeklyTables(for: routine) {
            let laidOut = weeks.enumerated().map { index, week in
                Paginator(frame: index == 0 ? frame : frame.continuing)
                    .layOut(index == 0 ? brand.prepended(to: [week]) : [week])
            }
            let perWeek = laidOut.map(\.pages)
            let weekly = (pages: perWeek.flatMap { $0 }, loneRows: laidOut.map(\.loneRows).reduce(0, +))
            // A week a little too tall for its page leaves a sparse page of a few rows behind it:
            // the weeks then run on, each under its own day headings, when that saves pages or
            // fills the least-filled page better on as many.
            let strands = perWeek.dropLast().contains { pages in
                guard pages.count > 1, let last = pages.last else { return false }
                return fill(of: last, top: frame.continuationTop, frame: frame) < Self.strandedWeek
            }
            guard strands else { return weekly }
            let running = Paginator(frame: frame).layOut(brand.prepended(to: weeks))
            let fillsBetter =
                running.pages.count == weekly.pages.count
                && leastFill(running.pages, frame: frame) > leastFill(weekly.pages, frame: frame) + 0.01
            return running.pages.count < weekly.pages.count || fillsBetter ? (running.pages, running.loneRows) : weekly
        }
        let laidOut = Paginator(frame: frame).layOut(brand.prepended(to: tables(for: routine)))
        return (laidOut.pages, laidOut.loneRows)
    }
}
