import Routine

/// A log of any length: its days in tables of up to seven day columns ("weeks"), one under the
/// other, each with its own day headings, step column and Notes row.
///
/// Each table is one block whose cut points lie between step rows (never under a section band,
/// never between the last step and Notes), with its day headings as the continuation header, so
/// a table that runs onto another page repeats them there. A cut leaving one step row alone on
/// either side is taken only to keep a page from being sparse. The first table carries the sheet's
/// title; the last one the routine's notes and the strip of video codes, so no page holds only
/// notes or codes.
extension TrackerComposer {
    /// The most day columns in one table.
    static let week = 7
    /// Space between one week's table and the next.
    static let weekGap = Length.mm(6)

    /// Day columns per table: a week, or fewer when the page is too narrow for seven columns
    /// with boxes of the layout's size.
    func daysPerTable(_ total: Int) -> Int {
        var count = max(1, min(total, Self.week))
        while count > 1, columns(days: count).box < composer.definition.checkbox.size { count -= 1 }
        return count
    }

    /// The first day and the number of days of each table: weeks, with a short remainder
    /// (such as the last 3 days of 31) joined to the last week when its columns keep full
    /// headings and boxes, rather than taking a page of its own.
    func tables(_ total: Int) -> [(first: Int, days: Int)] {
        let perTable = daysPerTable(total)
        var tables = stride(from: 0, to: total, by: perTable).map { ($0, min(perTable, total - $0)) }
        if tables.count > 1, let last = tables.last, last.1 < perTable {
            let joined = columns(days: perTable + last.1)
            if joined.day >= Self.fullHeadings, joined.box >= composer.definition.checkbox.size {
                tables.removeLast()
                tables[tables.count - 1].1 += last.1
            }
        }
        return tables
    }

    /// The narrowest day column that still shows weekday names and dates in full.
    static let fullHeadings = Length.mm(14)

    /// The log's tables in reading order, one block each (a week, or fewer days), each carrying
    /// its day headings as its continuation header.
    func tables(for routine: Routine) -> [Block] {
        let total = routine.track?.days ?? 7
        let perTable = daysPerTable(total)
        let parts = tables(total)
        let count = parts.count
        var blocks: [Block] = []
        for (index, part) in parts.enumerated() {
            var cols = columns(days: part.days)
            if part.days < perTable { cols = columns(days: perTable) }
            cols.firstDay = part.first
            cols.days = part.days
            let label = index > 0 && perTable == Self.week ? words.weekLabel(index + 1) : nil
            let headings = headerRow(cols, start: routine.date, label: label)
            let last = index == count - 1
            var block = self.table(
                routine, cols, headings: headings, first: index == 0, last: last
            ).block.continued(under: headings)
            block.gapBefore = index == 0 ? .zero : Self.weekGap
            blocks.append(block)
        }
        return blocks
    }
}

extension TrackerComposer {
    /// One table stacked into one block: the sheet's header on the first, the day headings,
    /// bands and step rows, Notes, and on the last the routine's notes (unless they stand under
    /// the header, `notesFirst`) and the video strip.
    func table(
        _ routine: Routine, _ cols: Columns, headings: Block, first: Bool, last: Bool
    ) -> TableBuilder {
        var table = TableBuilder()
        if first {
            table.append(header(routine, days: routine.track?.days ?? 7))
            if let caution = routine.caution {
                table.gap(.mm(3))
                table.append(CautionBlock(composer: composer).block(caution, gapBefore: .zero))
            }
            if routine.painGuide {
                table.gap(.mm(3))
                table.append(PainGuideBlock(composer: composer).block(gapBefore: .zero))
            }
            if notesFirst, !routine.notes.isEmpty {
                table.gap(.mm(3))
                table.append(safetyNote(routine.notes))
            }
            table.gap(.mm(4))
            // Under a caution, the pain guide or the routine's notes, the table may start a page
            // whole rather than leave a step row alone under its headings.
            if routine.caution != nil || routine.painGuide || (notesFirst && !routine.notes.isEmpty) {
                table.cutBeforeNext()
            }
        }
        let headingsTop = table.block.height
        table.append(headings)
        if headingsTop > .zero { table.block.continuationHeaderAfter = headingsTop }
        var number = 0
        for (sectionIndex, section) in routine.sections.enumerated() {
            if let title = section.title, !title.isEmpty {
                table.cutHere()
                table.append(band(title, note: section.note, section: sectionIndex + 1, cols))
            }
            for step in section.steps {
                if number > 0 { table.cutHere() }
                number += 1
                table.append(withNote(row(step, number: number, cols), for: step, number: number, cols))
                table.lastWasRow = true
            }
        }
        // A cut that leaves one step row alone (under the headings, or over Notes on the next
        // page) is taken only to keep a page from being sparse.
        let between = (table.block.cutPoints ?? []).filter { $0 > headingsTop + .pt(0.01) }
        if let first = between.first, let last = between.last {
            table.block.loneRowCuts = first == last ? [first] : [first, last]
        }
        if routine.painGuide { table.append(painRow(cols)) }
        table.append(notesRow(cols, tight: tightNotes))
        // The day headings go on over the table's rows on a new page, not over what follows it.
        table.block.continuationHeaderUntil = table.block.height
        if last {
            if !notesFirst, !routine.notes.isEmpty {
                let note = safetyNote(routine.notes)
                table.gap(note.gapBefore)
                table.append(note)
            }
            if let strip = QRStrip(composer: composer).block(
                QRStrip.entries(routine), left: composer.left, width: composer.width, gapBefore: .mm(3))
            {
                table.gap(strip.gapBefore)
                table.append(strip, cuts: strip.cutPoints ?? [])
            }
        }
        return table
    }
}

extension Block {
    /// The table with `headings` as its continuation header: wherever the page-break plan cuts it
    /// (between step rows), the rest goes on under the day headings again.
    func continued(under headings: Block) -> Block {
        var block = self
        block.continuationHeader = headings.items
        block.continuationHeaderHeight = headings.height
        return block
    }
}

/// Stacks blocks into one, noting where it may be cut.
struct TableBuilder {
    var block = Block(cutPoints: [], role: .table)
    /// Whether the last block appended was a step row (a cut may follow it).
    var lastWasRow = false
    /// A cut before the next block, once it is known that one follows.
    private var pendingCut = false

    /// `part` under what is there, with its own cut points moved along.
    mutating func append(_ part: Block, cuts: [Length] = []) {
        let top = block.height
        if pendingCut, top > .zero { block.cutPoints?.append(top) }
        pendingCut = false
        block.add(part.items.map { $0.offset(dy: top) })
        block.cutPoints?.append(contentsOf: cuts.map { $0 + top })
        block.height = top + part.height
        lastWasRow = false
    }

    mutating func gap(_ height: Length) { block.height += height }

    /// Allows a cut before the next block appended, only if the block before was a step row.
    mutating func cutHere() {
        if lastWasRow { pendingCut = true }
    }

    /// Allows a cut before the next block appended, whatever came before.
    mutating func cutBeforeNext() { pendingCut = true }
}
