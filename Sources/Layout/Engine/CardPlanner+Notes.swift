extension CardPlanner {
    /// Where the Notes card goes after the cards: its writing lines, whether the last row goes with it,
    /// and the pages and fill it leaves.
    struct NotesFit {
        var lines: Int
        var keepLastRow: Bool
        var pages: Int
        var y: Length
        /// Whether the Notes card starts a page of its own at the end of a sheet of several pages.
        var orphan: Bool
        /// Pages other than the last left less than `PageCursor.sparseFill` full.
        var sparse: Int
        /// How far those pages fall short of it, together (`PageCursor.shortfall`).
        var shortfall: Length = .zero
        /// Where the last card is cut to go on with the Notes card.
        var cutLastRow: Length? = nil
    }

    /// How much further short of full (a share of a page) a page may be left by moving the last
    /// row to go on with the Notes card, rather than leave the Notes card a page of its own.
    static let notesOrphanShortfall = 0.25

    /// Height of the Notes card with `lines` writing lines.
    func notesHeight(lines: Int) -> Length { notesBase + composer.definition.spacing.writingPitch * Double(lines) }

    /// Fewest writing lines the Notes card shrinks to, rather than start a page of its own: the
    /// layout's `notes-lines-min`.
    var minNotesLines: Int { min(d.notesLines, d.notesLinesMinimum) }
    /// Most writing lines the Notes card grows to, filling what the last page has left.
    var maxNotesLines: Int { d.notesLines * 2 }

    /// How the Notes card fits after `cursor`; `before` is where the last row began, `lastRow` its
    /// block, and `lastCard` builds that row's block with its cuts when it is a lone card.
    func notesFit(after cursor: PageCursor, before: PageCursor, lastRow: Block?, lastCard: (() -> Block)? = nil)
        -> NotesFit
    {
        let card = CardNotes(composer: composer)
        let standard = notesHeight(lines: d.notesLines)
        let pitch = s.writingPitch
        /// The most lines in the allowed range that fit `room`, or nil when not even the fewest do.
        func lines(fitting room: Length) -> Int? {
            let least = notesHeight(lines: minNotesLines)
            guard least <= room + .pt(0.01) else { return nil }
            let extra = Int(((room - least).points / pitch.points).rounded(.down))
            return min(minNotesLines + max(0, extra), maxNotesLines)
        }
        let room = cursor.room(gap: s.rowGap)
        if let count = lines(fitting: room) {
            let height = notesHeight(lines: count)
            return NotesFit(
                lines: count, keepLastRow: false, pages: cursor.pages,
                y: cursor.y + (cursor.atTop ? .zero : s.rowGap) + height, orphan: false, sparse: cursor.sparse,
                shortfall: cursor.shortfall)
        }
        // On a page of its own the card takes fewer writing lines when its usual number would
        // not fit: long notes then still take one page, not two.
        let fitted = lines(fitting: cursor.fullPage)
        var next = cursor
        let shrunk = fitted.map { min($0, d.notesLines) } ?? d.notesLines
        next.place(card.block(notes, lines: shrunk, page: fullPage))
        let fill = standard <= cursor.fullPage ? fitted ?? d.notesLines : shrunk
        let alone = NotesFit(
            lines: fill, keepLastRow: false, pages: next.pages, y: next.y, orphan: next.pages > 1, sparse: next.sparse,
            shortfall: next.shortfall)
        // Or the last row moves with the notes, when both fit a page and the row did not begin one.
        if let lastRow, before.pages == cursor.pages, !before.atTop,
            let count = lines(fitting: cursor.fullPage - lastRow.height - s.rowGap)
        {
            var left = before
            left.newPage()
            let kept = NotesFit(
                lines: count, keepLastRow: true, pages: cursor.pages + 1,
                y: cursor.continuationTop + lastRow.height + s.rowGap + notesHeight(lines: count),
                orphan: false, sparse: left.sparse, shortfall: left.shortfall)
            // A last page of notes is better than a first page left nearly empty by the row moved
            // away: on as many pages and sparse pages, a row moved away must not leave its page
            // much further short of full than the Notes card alone would.
            let emptied = kept.shortfall > alone.shortfall + cursor.fullPage * Self.notesOrphanShortfall
            if (kept.pages, kept.sparse) < (alone.pages, alone.sparse)
                || ((kept.pages, kept.sparse) == (alone.pages, alone.sparse) && !emptied
                    && (kept.orphan ? 1 : 0) <= (alone.orphan ? 1 : 0))
            {
                return kept
            }
        }
        // Or the last card is cut between its sets, its last ones going on with the Notes card.
        if alone.orphan, let card = lastCard?(),
            let cut = cutForNotes(card, before: before, cursor: cursor, lines: lines)
        {
            if (cut.pages, cut.sparse) <= (alone.pages, alone.sparse) { return cut }
        }
        return alone
    }

    /// The lowest cut of `card` (placed where `before` stands) that leaves its page at least
    /// `PageCursor.sparseFill` full and its rest with the Notes card on the next page.
    private func cutForNotes(
        _ card: Block, before: PageCursor, cursor: PageCursor, lines: (Length) -> Int?
    ) -> NotesFit? {
        guard before.pages == cursor.pages, let cuts = card.cutPoints else { return nil }
        let gap = before.atTop ? .zero : card.gapBefore
        for cut in cuts.sorted(by: >) where cut >= card.keepTogetherUntil - .pt(0.01) {
            guard cut <= before.room(gap: card.gapBefore) + .pt(0.01) else { continue }
            var left = before
            left.y += gap + cut
            left.newPage()
            guard left.sparse == before.sparse else { continue }
            let rest = card.continuationHeight(after: cut) + card.height - card.restTop(after: cut)
            guard let count = lines(fullPage - rest - s.rowGap) else { continue }
            return NotesFit(
                lines: count, keepLastRow: false, pages: left.pages,
                y: left.y + rest + s.rowGap + notesHeight(lines: count), orphan: false, sparse: left.sparse,
                shortfall: left.shortfall, cutLastRow: cut)
        }
        return nil
    }
}
