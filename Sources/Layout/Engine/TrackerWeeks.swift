import Routine

/// A log of any length: its days in tables of up to seven day columns ("weeks"), one under the
/// other, each with its own day headings, step column and Notes row.
///
/// Each table is one block whose cut points lie between step rows (never under a section band,
/// never between the last step and Notes), with its day headings as the continuation header, so
/// a table that runs onto another page repeats them there. The first table carries the sheet's
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

    func table(for routine: Routine) -> Table {
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
            let room = index == 0 ? composer.frame.content.height : continuationRoom
            var table = self.table(
                routine, cols, headings: headings, first: index == 0, last: last, tightNotes: false)
            if table.block.height > room {
                // A Notes row trimmed to its words may save the page the sheet's foot would take.
                let tight = self.table(
                    routine, cols, headings: headings, first: index == 0, last: last, tightNotes: true)
                if tight.block.height <= room { table = tight }
            }
            let rooms = (first: room, later: continuationRoom)
            var parts = table.block.pages(rooms: rooms, headings: headings)
            parts[0].gapBefore = index == 0 ? .zero : Self.weekGap
            blocks += parts
        }
        return Table(blocks: blocks, repeating: Block())
    }
}

extension TrackerComposer {
    /// One table stacked into one block: the sheet's header on the first, the day headings,
    /// bands and step rows, Notes, and on the last the routine's notes and the video strip.
    func table(
        _ routine: Routine, _ cols: Columns, headings: Block, first: Bool, last: Bool, tightNotes: Bool
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
            table.gap(.mm(4))
        }
        table.append(headings)
        var number = 0
        for section in routine.sections {
            if let title = section.title, !title.isEmpty {
                table.cutHere()
                table.append(band(title, cols))
            }
            for step in section.steps {
                if number > 0 { table.cutHere() }
                number += 1
                table.append(withNote(row(step, number: number, cols), for: step, cols))
                table.lastWasRow = true
            }
        }
        if routine.painGuide { table.append(painRow(cols)) }
        table.append(notesRow(cols, tight: tightNotes))
        if last {
            if !routine.notes.isEmpty {
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

    /// The height of an empty page after the first, under the running header.
    var continuationRoom: Length { composer.frame.content.maxY - composer.frame.continuationTop }
}

extension Block {
    /// The block in parts no taller than a page, cut at its cut points, each part after the
    /// first starting with `headings`; every part keeps its own cut points and `headings` as its
    /// continuation header, so a paginator may still cut a part once more. (A part never needs
    /// cutting twice, which a block's cut points do not survive.)
    func pages(rooms: (first: Length, later: Length), headings: Block) -> [Block] {
        let cuts = (cutPoints ?? []).sorted()
        var parts: [Block] = []
        var start = Length.zero
        while start < height - .pt(0.01) {
            let lead = parts.isEmpty ? Length.zero : headings.height
            let room = (parts.isEmpty ? rooms.first : rooms.later) - lead
            let inside = cuts.filter { $0 > start + .pt(0.01) }
            let end: Length
            if height - start <= room + .pt(0.01) {
                end = height
            } else {
                end = inside.last { $0 - start <= room + .pt(0.01) } ?? inside.first ?? height
            }
            var part = Block(role: .table)
            if !parts.isEmpty { part.add(headings.items) }
            let shift = lead - start
            part.add(
                items.filter {
                    let top = $0.frame.minY
                    return top >= start - .pt(0.01) && (top < end - .pt(0.01) || end >= height)
                }.map { $0.offset(dy: shift) })
            part.height = end - start + lead
            part.cutPoints = inside.filter { $0 < end - .pt(0.01) }.map { $0 + shift }
            part.continuationHeader = headings.items
            part.continuationHeaderHeight = headings.height
            parts.append(part)
            start = end
        }
        return parts
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
}
