/// Chooses how the cards of a sheet go in rows, and how many writing lines the Notes card gets,
/// so the sheet takes the fewest pages.
///
/// A row holds up to `columns` cards side by side, or one card across the full width: a card
/// taller than a page always (cut into pieces a page tall, each after the first headed by its
/// number and "Name (continued)"), and a card taller than the layout's card height when that fills
/// the pages better (a very tall card beside a short one leaves a hole under the short one). Every
/// choice is tried against a model of the paginator (`PageCursor`), keeping the `beam` best ways to
/// place the cards so far after each card: fewest pages first, then fewest pages left less than
/// 70 % full, then the least those pages fall short of it, then the least height used, a full-width card or a row short of cards before the
/// last costing `fullWidthCost`. At the end, a Notes card alone on the last page counts against an
/// arrangement. The Notes card shrinks to `minNotesLines` rather than start a page of its own,
/// takes the last row of cards with it when even that does not fit (unless that leaves a page less
/// than 70 % full), and grows to fill what the last page has left, up to `maxNotesLines`.
struct CardPlanner {
    let composer: BlockComposer
    let cards: [CardStep]
    let notes: [String]

    /// The narrowest card a row of several holds; on a narrower page every card is full width.
    static let narrowestCard = Length.mm(45)
    /// What a full-width card that could have shared its row, or a row short of cards that is not
    /// the last, costs as height used: full rows of cards side by side are the layout's look, worth
    /// keeping unless another arrangement saves more.
    static let fullWidthCost = Length.mm(30)

    var d: LayoutDefinition { composer.definition }
    var s: Spacing { d.spacing }

    /// A row of cards: a run of cards side by side, or one card across the full width.
    struct Row: Hashable {
        let cards: Range<Int>
        let fullWidth: Bool
    }

    /// The chosen rows, the Notes card's writing lines, and whether the last row goes with the Notes card.
    struct Plan {
        var rows: [Row]
        /// Each card's face at the width of a column and at the full width, at the left edge.
        var halves: [CardFace] = []
        var fulls: [CardFace?] = []
        var notesLines: Int
        var keepLastRowWithNotes: Bool
        /// Where the last row (a lone card) is cut so its last sets of boxes go on with the Notes
        /// card, rather than the Notes card start the last page alone.
        var cutLastRow: Length? = nil
        /// Pages the plan takes, pages but the last it leaves less than 70 % full, and whether
        /// its Notes card starts the last of several pages alone, as the planner's model counts them.
        var pages = 1
        var sparse = 0
        var orphan = false

        /// What ranks plans: fewest pages, then fewest sparse pages, then no Notes card alone.
        var outcome: (Int, Int, Int) { (pages, sparse, orphan ? 1 : 0) }
    }

    /// Cards side by side in a row: the layout's columns, fewer when the cards would be too narrow.
    var columns: Int {
        var count = max(1, d.columns)
        while count > 1, cardWidth(columns: count) < Self.narrowestCard { count -= 1 }
        return count
    }

    /// Width of a card in a row of `columns`.
    func cardWidth(columns: Int) -> Length {
        (composer.width - s.columnGap * Double(columns - 1)) / Double(columns)
    }

    /// The height of an empty continuation page.
    var fullPage: Length { PageCursor(frame: composer.frame).fullPage }

    /// The least height of a card in a row of several: the layout's card height, lowered so two
    /// rows fit a page.
    var minHeight: Length { min(s.cardHeight, (fullPage - s.rowGap) / 2) }

    /// The blocks of the cards and the Notes card, placed after the `lead` blocks (header and panel).
    /// `plan` is the plan to follow, when it was made already (`plan(after:)` with the same `lead`).
    func blocks(after lead: [Block], plan: Plan? = nil) -> [Block] {
        let plan = plan ?? self.plan(after: lead)
        var cursor = PageCursor(frame: composer.frame)
        for block in lead { cursor.place(block) }
        var blocks: [Block] = []
        for (index, row) in plan.rows.enumerated() {
            var block = self.block(row, faces: faces(row, of: plan))
            if index == 0 { block.gapBefore = s.fieldsToPanel + .mm(1) }
            if index == plan.rows.count - 1, let cut = plan.cutLastRow {
                var cuttable = cuttableBlock(row, faces: faces(row, of: plan))
                cuttable.gapBefore = block.gapBefore
                cuttable.cutPoints = [cut]
                cursor.place(cuttable)
                blocks.append(cuttable)
                continue
            }
            var pieces = self.pieces(of: block, placedAt: &cursor)
            if index == plan.rows.count - 1, plan.keepLastRowWithNotes, !pieces.isEmpty {
                pieces[pieces.count - 1].keepWithNext = true
            }
            blocks += pieces
        }
        blocks.append(CardNotes(composer: composer).block(notes, lines: plan.notesLines, page: fullPage))
        return blocks
    }

    /// `block` cut into pieces that each fit a page, the first in the room `cursor` has left (or on
    /// the next page when little is left), and placed there; a block no taller than a page is one piece.
    ///
    /// Each piece after the first starts with the block's continuation header and a page of its own.
    /// A block that fits once the page's gaps close up (`PageCursor.fitsClosingGaps`) stays whole.
    func pieces(of block: Block, placedAt cursor: inout PageCursor) -> [Block] {
        guard block.height > cursor.room(gap: block.gapBefore), cursor.cutsHere(block), let cuts = block.cutPoints,
            !cuts.isEmpty, !cursor.fitsClosingGaps(block.height, gap: block.gapBefore)
        else {
            var whole = block
            if whole.height <= cursor.fullPage { whole.cutPoints = [] }
            cursor.place(whole)
            return [whole]
        }
        var pieces: [Block] = []
        var rest = block
        let headerHeight = block.continuationHeaderHeight
        while rest.height > cursor.room(gap: rest.gapBefore) + .pt(0.01) {
            let room = cursor.room(gap: rest.gapBefore)
            if !pieces.isEmpty, !cursor.cutsHere(rest) { break }
            let least = max(
                headerHeight + GreedyPaginator.leastProgress, cursor.atTop ? .zero : room * 0.25,
                cursor.keptTogether(rest))
            guard let cut = (rest.cutPoints ?? []).filter({ $0 <= room && $0 > least }).max() else {
                if cursor.atTop { break }
                cursor.newPage()
                continue
            }
            var (head, tail) = rest.split(at: cut)
            head.cutPoints = []
            cursor.place(head)
            pieces.append(head)
            cursor.newPage()
            tail.cutPoints = CardRow.cutPoints(
                in: tail.items, below: headerHeight - CardRow.cutPadding, height: tail.height,
                padding: CardRow.cutPadding)
            rest = tail
        }
        if rest.height <= cursor.fullPage { rest.cutPoints = [] }
        cursor.place(rest)
        pieces.append(rest)
        return pieces
    }

    /// The best arrangement after `lead`, found by dynamic programming over the cards: after each
    /// card, the `beam` best ways found to place the cards so far (fewest pages, then fewest pages
    /// left less than 70 % full, then least height).
    func plan(after lead: [Block]) -> Plan {
        var start = PageCursor(frame: composer.frame)
        for block in lead { start.place(block) }
        guard !cards.isEmpty else {
            let fit = notesFit(after: start, before: start, lastRow: nil)
            return Plan(
                rows: [], notesLines: fit.lines, keepLastRowWithNotes: false, pages: fit.pages, sparse: fit.sparse,
                orphan: fit.orphan)
        }
        let columns = self.columns
        let fullPage = self.fullPage
        let minHeight = self.minHeight
        let builder = CardBuilder(composer: composer)
        let width = cardWidth(columns: columns)
        let halves = cards.map { builder.face($0, x: composer.left, width: width) }
        var fulls: [CardFace?] = columns == 1 ? halves : Array(repeating: nil, count: cards.count)
        let fitsHalf = halves.map { max(builder.naturalHeight($0), minHeight) <= fullPage }
        // A card no taller than the layout's card height keeps to its column: full width would
        // rarely save room, and not laying it out twice keeps the search quick.
        let mayWiden = halves.map { columns == 1 || builder.naturalHeight($0) > minHeight }

        /// One way to place the first cards: the rows so far, where they leave the pages, what they cost.
        struct State {
            /// The last row's entry in `trail`, which leads back through the rows before it.
            var last = -1
            var cursor: PageCursor
            var cost: Length = .zero
            var before: PageCursor
        }
        func key(_ state: State) -> (Int, Int, Length, Length) {
            (state.cursor.pages, state.cursor.sparse, state.cursor.shortfall, state.cursor.y + state.cost)
        }
        var trail: [(row: Row, previous: Int)] = []
        var states: [[State]] = Array(repeating: [], count: cards.count + 1)
        states[0] = [State(cursor: start, before: start)]
        var finals: [(state: State, finish: NotesFit)] = []
        // Each row's block, built once: only its height, unless it is taller than a page and may be cut.
        var blocks: [Row: Block] = [:]
        func block(_ row: Row) -> Block {
            if let block = blocks[row] { return block }
            let first = row.cards.lowerBound
            if row.fullWidth, fulls[first] == nil {
                fulls[first] = builder.face(cards[first], x: composer.left, width: composer.width)
            }
            let rowFaces = row.fullWidth ? fulls[first].map { [$0] } ?? [] : row.cards.map { halves[$0] }
            let least = row.fullWidth || columns == 1 ? .zero : minHeight
            let height = CardRow(composer: composer).heights(rowFaces, minHeight: least).max() ?? .zero
            var block =
                mayCut(row, height: height)
                ? self.block(row, faces: rowFaces) : Block(height: height, gapBefore: s.rowGap, cutPoints: [])
            if row.cards.lowerBound == 0 { block.gapBefore = s.fieldsToPanel + .mm(1) }
            blocks[row] = block
            return block
        }
        for index in cards.indices {
            for state in states[index] {
                for row in rows(from: index, columns: columns, fitsHalf: fitsHalf, mayWiden: mayWiden) {
                    let block = block(row)
                    var next = state
                    next.before = state.cursor
                    _ = pieces(of: block, placedAt: &next.cursor)
                    trail.append((row, state.last))
                    next.last = trail.count - 1
                    let end = row.cards.upperBound
                    let lone = row.cards.count < columns && end < cards.count
                    if (row.fullWidth && columns > 1 && fitsHalf[index]) || lone { next.cost += Self.fullWidthCost }
                    if end == cards.count {
                        let faces = row.fullWidth ? fulls[index].map { [$0] } ?? [] : row.cards.map { halves[$0] }
                        let lastCard = { self.cuttableBlock(row, faces: faces) }
                        finals.append(
                            (
                                next,
                                notesFit(
                                    after: next.cursor, before: next.before, lastRow: block,
                                    lastCard: row.cards.count == 1 ? lastCard : nil)
                            ))
                        continue
                    }
                    var kept = states[end]
                    guard !kept.contains(where: { key($0) == key(next) }) else { continue }
                    kept.append(next)
                    kept.sort { key($0) < key($1) }
                    states[end] = Array(kept.prefix(Self.beam))
                }
            }
        }
        func rank(_ final: (state: State, finish: NotesFit)) -> (Int, Int, Int, Length, Length) {
            (
                final.finish.pages, final.finish.sparse, final.finish.orphan ? 1 : 0, final.finish.shortfall,
                final.finish.y + final.state.cost
            )
        }
        guard let chosen = finals.min(by: { rank($0) < rank($1) }) else {
            return Plan(rows: [], notesLines: d.notesLines, keepLastRowWithNotes: false)
        }
        var rows: [Row] = []
        var entry = chosen.state.last
        while entry >= 0 {
            rows.insert(trail[entry].row, at: 0)
            entry = trail[entry].previous
        }
        return Plan(
            rows: rows, halves: halves, fulls: fulls, notesLines: chosen.finish.lines,
            keepLastRowWithNotes: chosen.finish.keepLastRow, cutLastRow: chosen.finish.cutLastRow,
            pages: chosen.finish.pages, sparse: chosen.finish.sparse, orphan: chosen.finish.orphan)
    }

    /// How many ways of placing the first cards are kept after each card.
    static let beam = 8

    /// The rows that may start at card `index`: up to `columns` cards side by side (when each fits
    /// a page at that width), or the card alone across the full width (when `mayWiden` or it must).
    private func rows(from index: Int, columns: Int, fitsHalf: [Bool], mayWiden: [Bool]) -> [Row] {
        var rows = mayWiden[index] || !fitsHalf[index] ? [Row(cards: index..<index + 1, fullWidth: true)] : []
        guard columns > 1 else { return rows }
        for count in 1...min(columns, cards.count - index) where (index..<index + count).allSatisfy({ fitsHalf[$0] }) {
            rows.append(Row(cards: index..<index + count, fullWidth: false))
        }
        return rows
    }

    /// Share of a page a lone card must pass to be cut across pages when moving it whole would
    /// leave the page before it less than 70 % full.
    static let tallCard = 0.5

    /// The height above which a row's lone card may be cut: `tallCard` of a page for a card
    /// across the full width, a whole page otherwise (a card in a column never is).
    func cutAbove(_ row: Row) -> Length {
        row.fullWidth || columns == 1 ? fullPage * Self.tallCard : fullPage
    }

    /// Whether a row `height` tall may be cut: a lone card taller than `cutAbove`.
    func mayCut(_ row: Row, height: Length) -> Bool { row.cards.count == 1 && height > cutAbove(row) }

    /// Faces of the cards of `row`, each in its column.
    func faces(_ row: Row, of plan: Plan) -> [CardFace] {
        if row.fullWidth || columns == 1 {
            return row.cards.map {
                plan.fulls[$0]
                    ?? CardBuilder(composer: composer).face(cards[$0], x: composer.left, width: composer.width)
            }
        }
        let step = cardWidth(columns: columns) + s.columnGap
        return row.cards.enumerated().map { column, card in plan.halves[card].moved(dx: step * Double(column)) }
    }

    /// The block of a row of `faces`.
    func block(_ row: Row, faces: [CardFace]) -> Block {
        CardRow(composer: composer).block(
            faces, minHeight: row.fullWidth || columns == 1 ? .zero : minHeight,
            cutAbove: cutAbove(row), page: fullPage)
    }

    /// The block of a row of one card with every cut between its sets of boxes (and between the
    /// lines of its words when it is taller than a page).
    func cuttableBlock(_ row: Row, faces: [CardFace]) -> Block {
        CardRow(composer: composer).block(
            faces, minHeight: row.fullWidth || columns == 1 ? .zero : minHeight, cutAbove: .zero, page: fullPage)
    }

    /// The Notes card's height without writing lines: measured once, it adds a pitch a line.
    let notesBase: Length

    init(composer: BlockComposer, cards: [CardStep], notes: [String]) {
        self.composer = composer
        self.cards = cards
        self.notes = notes
        notesBase = CardNotes(composer: composer).height(notes, lines: 0)
    }

}
