import Layout

/// The structure tags a page's content is drawn inside, derived from the page's item groups: the
/// order to draw content items in and the tags to open and close around them.
///
/// Boxes, rules, checkboxes, tints and everything outside a group are artifacts: `artifacts`
/// lists them, drawn first and outside every tag.
struct TagPlan {
    /// One step of drawing the tagged content.
    enum Step: Equatable {
        /// Opens a structure tag with Cairo attributes ("" for none).
        case open(String, attributes: String)
        /// Closes the innermost open tag, named for Cairo's check.
        case close(String)
        /// Draws the item at this index of the page's items.
        case draw(Int)
        /// Draws an invisible space after the text run at this index, so a reader does not run
        /// the last word of a line into the first of the next.
        case space(after: Int)
    }

    /// The indices of items drawn untagged, in drawing order.
    var artifacts: [Int] = []
    /// The content in reading order, with its tags.
    var steps: [Step] = []
    /// The description of each Figure the plan opens, in order (the finishing pass adds them as /Alt).
    var figureAlts: [String] = []
    /// The text of each Link the plan opens, in order (the finishing pass adds it as /Contents).
    var linkTexts: [String] = []

    /// Plans `page`'s tags; on the `first` page of a sheet whose layout marked no title, the
    /// first group is read as the title.
    init(_ page: Page, first: Bool = false) {
        let items = page.items
        var listOpen = false
        var grouped = Set<Int>()
        let titled = page.groups.contains { $0.role == .title }
        for (number, var group) in page.groups.enumerated() {
            if first, !titled, number == 0, group.role == .paragraphs { group.role = .title }
            grouped.formUnion(group.items)
            if group.role == .step, !listOpen {
                steps.append(.open("L", attributes: ""))
                listOpen = true
            } else if group.role != .step, listOpen {
                steps.append(.close("L"))
                listOpen = false
            }
            plan(group, items)
        }
        if listOpen { steps.append(.close("L")) }
        let drawn = Set(steps.compactMap { if case .draw(let index) = $0 { index } else { nil } })
        // Links in groups are tagged where they lie; links elsewhere are drawn plainly.
        artifacts = items.indices.filter { index in
            if case .link = items[index], grouped.contains(index) { return false }
            return !drawn.contains(index)
        }
    }

    /// Whether an item is content a reader meets (text, pictures, figures, links), not decoration.
    private static func isContent(_ item: PageItem) -> Bool {
        switch item {
        case .text, .image, .shape, .link: return true
        case .box, .rule, .checkbox, .checkmark: return false
        }
    }

    private mutating func plan(_ group: ItemGroup, _ items: [PageItem]) {
        var indices = group.items.filter { Self.isContent(items[$0]) }
        // A drawing is content when the layout described it (a figure) or it is a link's code;
        // other shapes (a picture frame's tint, a placeholder pictogram) are decoration.
        indices.removeAll { index in
            guard case .shape(let shape) = items[index], shape.alt == nil else { return false }
            if index + 1 < items.count, case .link = items[index + 1] { return false }
            return true
        }
        let name = Self.paragraphs(indices, items).first.map { Self.text($0, items) }
        switch group.role {
        case .title:
            let runs = indices.compactMap { if case .text(let run) = items[$0] { run } else { nil } }
            let largest = runs.map(\.font.size).max()
            content(indices, items, alt: group.alt, name: nil) { run in run.font.size == largest ? "H1" : "P" }
        case .heading:
            var first = true
            content(indices, items, alt: group.alt, name: nil) { _ in
                defer { first = false }
                return first ? "H2" : "P"
            }
        case .step:
            let cards = Self.cards(indices, group, items)
            for (position, card) in cards.enumerated() {
                listItem(card, group, items, name: name, boxes: position == cards.count - 1)
            }
        case .table:
            if let table = TableGrid(group, items) {
                self.table(table, indices, items, alt: group.alt)
            } else {
                content(indices, items, alt: group.alt, name: name) { _ in "P" }
            }
        case .paragraphs:
            content(indices, items, alt: group.alt, name: name) { _ in "P" }
        }
    }

    /// One list item: the step's number as its label, the rest as its body.
    private mutating func listItem(
        _ indices: [Int], _ group: ItemGroup, _ items: [PageItem], name: String?, boxes: Bool
    ) {
        steps.append(.open("LI", attributes: ""))
        var body = indices
        if let label = body.firstIndex(where: { Self.isNumber(items[$0]) }),
            !body[..<label].contains(where: { Self.isText(items[$0]) && !Self.isFigureLabel($0, items) })
        {
            steps.append(.open("Lbl", attributes: ""))
            steps.append(.draw(body[label]))
            steps.append(.close("Lbl"))
            body.remove(at: label)
        }
        steps.append(.open("LBody", attributes: ""))
        let bodyName = Self.paragraphs(body, items).first.map { Self.text($0, items) } ?? name
        content(body, items, alt: group.alt, name: bodyName) { _ in "P" }
        if boxes { self.boxes(in: group, items) }
        steps.append(.close("LBody"))
        steps.append(.close("LI"))
    }

    /// A step group's content split into one list per card when the group is a row of cards
    /// (frames, each holding one number), in the order of their numbers; else the whole group.
    private static func cards(_ indices: [Int], _ group: ItemGroup, _ items: [PageItem]) -> [[Int]] {
        let numbers = indices.filter { isNumber(items[$0]) }
        let frames = numbers.compactMap { number -> Rect? in
            group.items.lazy.compactMap { index -> Rect? in
                guard case .box(let box) = items[index], box.frame.height > .pt(40),
                    box.frame.contains(items[number].frame)
                else { return nil }
                return box.frame
            }.first
        }
        guard frames.count == numbers.count, frames.count > 1 else { return [indices] }
        var cards: [[Int]] = Array(repeating: [], count: frames.count)
        for index in indices {
            let f = items[index].frame
            let centre = Rect(x: (f.minX + f.maxX) / 2, y: (f.minY + f.maxY) / 2, width: .zero, height: .zero)
            cards[frames.firstIndex { $0.contains(centre) } ?? 0].append(index)
        }
        return cards
    }

    /// A run that is only a number: a step's badge.
    private static func isNumber(_ item: PageItem) -> Bool {
        guard case .text(let run) = item else { return false }
        let digits = run.text.hasSuffix(".") ? String(run.text.dropLast()) : run.text
        return !digits.isEmpty && digits.allSatisfy { $0.isNumber }
    }

    /// Whether the text at `index` is a figure's Left/Right label (it follows a described drawing).
    private static func isFigureLabel(_ index: Int, _ items: [PageItem]) -> Bool {
        items[..<index].reversed().first { !isText($0) }?.alt != nil
    }

    /// Tags runs of content items: text as paragraphs (the tag `textTag` names for a paragraph's
    /// first run), pictures and drawings as figures, links as links.
    private mutating func content(
        _ indices: [Int], _ items: [PageItem], alt: String?, name: String?, textTag: (TextRun) -> String
    ) {
        var links: [Int: Link] = [:]
        for index in indices { if case .link(let link) = items[index] { links[index] = link } }
        var used = Set<Int>()
        /// The link lying over `frame`, when there is one not yet used.
        func link(over frame: Rect) -> (Int, Link)? {
            links.first { !used.contains($0.key) && Self.covers($0.value.frame, frame) }
        }
        var position = 0
        let content = indices.filter { links[$0] == nil }
        while position < content.count {
            let index = content[position]
            switch items[index] {
            case .text(let run):
                // A paragraph: runs in the same font on the same or following lines.
                var end = position + 1
                while end < content.count, case .text(let next) = items[content[end]],
                    Self.continues(run: items[content[end - 1]], with: next)
                {
                    end += 1
                }
                let tag = textTag(run)
                steps.append(.open(tag, attributes: ""))
                for (offset, runIndex) in content[position..<end].enumerated() {
                    if case .text(let lineRun) = items[runIndex], let (linkIndex, found) = link(over: lineRun.frame) {
                        used.insert(linkIndex)
                        openLink(found, text: lineRun.text)
                        steps.append(.draw(runIndex))
                        steps.append(.close("Link"))
                    } else {
                        steps.append(.draw(runIndex))
                    }
                    let next = position + offset + 1
                    if next < end, Self.needsSpace(items[runIndex], items[content[next]]) {
                        steps.append(.space(after: runIndex))
                    }
                }
                steps.append(.close(tag))
                position = end
            default:
                // A drawing: consecutive shapes and pictures.
                var end = position + 1
                while end < content.count, !Self.isText(items[content[end]]) { end += 1 }
                let drawing = Array(content[position..<end])
                let frame = drawing.map { items[$0].frame }.reduce(items[index].frame) { $0.union($1) }
                if let (linkIndex, found) = link(over: frame) {
                    used.insert(linkIndex)
                    openLink(found, text: "QR code: " + found.url)
                    steps.append(.open("Figure", attributes: ""))
                    figureAlts.append("QR code linking to " + found.url)
                    drawing.forEach { steps.append(.draw($0)) }
                    steps.append(.close("Figure"))
                    steps.append(.close("Link"))
                } else {
                    steps.append(.open("Figure", attributes: ""))
                    let given = drawing.lazy.compactMap { items[$0].alt }.first
                    figureAlts.append(given ?? alt ?? Self.generatedAlt(name: name, drawing, items))
                    drawing.forEach { steps.append(.draw($0)) }
                    steps.append(.close("Figure"))
                }
                position = end
            }
        }
        for (index, found) in links.sorted(by: { $0.key < $1.key }) where !used.contains(index) {
            openLink(found, text: found.url)
            steps.append(.close("Link"))
        }
    }

    /// A table: a row between each pair of full-width rules, a cell between each pair of
    /// column dividers; the first row's cells are headings, as is each row's first cell.
    private mutating func table(_ grid: TableGrid, _ indices: [Int], _ items: [PageItem], alt: String?) {
        var cells: [[[Int]]] = Array(
            repeating: Array(repeating: [], count: grid.columnEdges.count + 1), count: grid.rowEdges.count + 1)
        let above = indices.filter { grid.isAbove(items[$0].frame) }
        let runs = above.compactMap { if case .text(let run) = items[$0] { run } else { nil } }
        let largest = runs.map(\.font.size).max()
        content(above, items, alt: alt, name: nil) { run in run.font.size == largest ? "H1" : "P" }
        for index in indices where !grid.isAbove(items[index].frame) {
            let (row, column) = grid.cell(of: items[index].frame)
            cells[row][column].append(index)
        }
        steps.append(.open("Table", attributes: ""))
        for (rowIndex, row) in cells.enumerated() where row.contains(where: { !$0.isEmpty }) {
            steps.append(.open("TR", attributes: ""))
            for (columnIndex, cell) in row.enumerated() {
                let tag = rowIndex == 0 || columnIndex == 0 ? "TH" : "TD"
                steps.append(.open(tag, attributes: ""))
                let name = Self.paragraphs(cell, items).first.map { Self.text($0, items) }
                content(cell, items, alt: alt, name: name) { _ in "P" }
                steps.append(.close(tag))
            }
            steps.append(.close("TR"))
        }
        steps.append(.close("Table"))
    }

    /// A step's boxes as one figure described once, in the sheet's words ("Tick a box each time
    /// you finish one rep: 3 reps · Left, Right"); without a description they stay decoration.
    private mutating func boxes(in group: ItemGroup, _ items: [PageItem]) {
        let marks = group.items.filter {
            switch items[$0] {
            case .checkbox, .checkmark: return true
            default: return false
            }
        }
        guard let description = group.boxes, !marks.isEmpty else { return }
        steps.append(.open("Figure", attributes: ""))
        figureAlts.append(description)
        marks.forEach { steps.append(.draw($0)) }
        steps.append(.close("Figure"))
    }

    private mutating func openLink(_ link: Link, text: String) {
        let f = link.frame
        let escaped = link.url.cairoAttributeEscaped
        let attributes =
            "rect=[\(f.minX.points) \(f.minY.points) \(f.width.points) \(f.height.points)] uri='\(escaped)'"
        steps.append(.open("Link", attributes: attributes))
        linkTexts.append(text)
    }

    /// "Picture of Knee to chest" or "Figure showing Knee to chest".
    private static func generatedAlt(name: String?, _ drawing: [Int], _ items: [PageItem]) -> String {
        let picture = drawing.contains { if case .image = items[$0] { true } else { false } }
        let what = picture ? "Picture" : "Drawing"
        guard let name, !name.isEmpty else { return what }
        return "\(what) of the exercise \(name)"
    }

    /// Whether two runs of a paragraph need a space between them to read as separate words:
    /// not when either side has one, nor between Chinese, Japanese or Korean characters.
    static func needsSpace(_ first: PageItem, _ second: PageItem) -> Bool {
        guard case .text(let a) = first, case .text(let b) = second, let last = a.text.unicodeScalars.last,
            let next = b.text.unicodeScalars.first
        else { return false }
        func wide(_ scalar: Unicode.Scalar) -> Bool {
            (0x2E80...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFF00...0xFFEF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
        }
        if last.properties.isWhitespace || next.properties.isWhitespace { return false }
        if last == "-" || last == "\u{00AD}" { return false }
        return !(wide(last) && wide(next))
    }

    private static func isText(_ item: PageItem) -> Bool {
        if case .text = item { return true }
        return false
    }

    /// Whether `next` goes on the paragraph `previous` ends: the same font on the same baseline or
    /// the next line down, or another font on the same baseline (a field's label and its value).
    private static func continues(run previous: PageItem, with next: TextRun) -> Bool {
        guard case .text(let run) = previous else { return false }
        let sameLine = abs((run.origin.y - next.origin.y).points) < 0.5
        if sameLine { return true }
        let down = (next.origin.y - run.origin.y).points
        return run.font == next.font && run.color == next.color && down > 0
            && down <= run.font.lineHeight.points * 1.2
    }

    /// Whether `outer` covers most of `inner`.
    static func covers(_ outer: Rect, _ inner: Rect) -> Bool {
        let i = outer.intersection(inner)
        guard let i else { return false }
        let area = inner.width.points * inner.height.points
        return area > 0 && i.width.points * i.height.points >= area * 0.6
    }

    /// Paragraph-ish runs of text indices, for finding a step's name.
    private static func paragraphs(_ indices: [Int], _ items: [PageItem]) -> [[Int]] {
        var result: [[Int]] = []
        for index in indices {
            guard case .text(let run) = items[index] else { continue }
            if let last = result.last?.last, continues(run: items[last], with: run) {
                result[result.count - 1].append(index)
            } else {
                result.append([index])
            }
        }
        return result
    }

    private static func text(_ runs: [Int], _ items: [PageItem]) -> String {
        runs.compactMap { if case .text(let run) = items[$0] { run.text } else { nil } }.joined(separator: " ")
    }
}

extension Rect {
    /// The smallest rectangle holding both.
    fileprivate func union(_ other: Rect) -> Rect {
        let x = min(minX, other.minX), y = min(minY, other.minY)
        return Rect(x: x, y: y, width: max(maxX, other.maxX) - x, height: max(maxY, other.maxY) - y)
    }

    /// The overlap of both, `nil` when they do not overlap.
    fileprivate func intersection(_ other: Rect) -> Rect? {
        let x = max(minX, other.minX), y = max(minY, other.minY)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > x, bottom > y else { return nil }
        return Rect(x: x, y: y, width: right - x, height: bottom - y)
    }
}
