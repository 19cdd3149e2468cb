import Routine

/// The videos of a table sheet (tracker, compact) gathered at its foot: "Scan to watch the
/// video" and a strip of small QR codes, each with its step's number and name; code and name
/// are links to the video in the PDF.
struct QRStrip {
    let composer: BlockComposer

    /// Side of a code at its smallest; a long address gets a larger code so its modules stay readable.
    static let smallestSide = Length.mm(13)
    /// Space between a code and its words, and between cells.
    static let gap = Length.mm(3)
    /// The least width of a cell's words beside its code.
    static let wordsWidth = Length.mm(30)
    /// The widest the caption column grows.
    static let captionWidth = Length.mm(30)

    /// A step with a video and its number on the sheet.
    struct Entry {
        var number: Int
        var step: Step
        var url: String
    }

    /// The steps of `routine` that have a video, numbered as on the sheet.
    static func entries(_ routine: Routine) -> [Entry] {
        routine.allSteps.enumerated().compactMap { index, step in
            step.video.map { Entry(number: index + 1, step: step, url: $0) }
        }
    }

    /// Side of the code for `url`: at least `smallestSide`, and large enough for modules of
    /// `StepMedia.qrModule`.
    func side(for code: QRCode) -> Length {
        max(Self.smallestSide, StepMedia.qrModule * Double(code.size))
    }

    /// The strip `width` wide from `left`, one row of cells after another (a cut between rows),
    /// with `gapBefore` above; `nil` when no step has a video the QR maker can encode.
    func block(_ entries: [Entry], left: Length, width: Length, gapBefore: Length) -> Block? {
        guard let maker = composer.qrCodes else { return nil }
        let coded = entries.compactMap { entry in maker.qrCode(for: entry.url).map { (entry, $0) } }
        guard !coded.isEmpty else { return nil }
        let d = composer.definition
        let captionFont = d.font(d.type.small)
        let widest = coded.map { side(for: $0.1) }.max() ?? Self.smallestSide
        let least = widest + Self.gap + Self.wordsWidth
        func fit(_ room: Length) -> Int {
            max(1, min(coded.count, Int(((room + Self.gap).points / (least + Self.gap).points).rounded(.down))))
        }
        // The caption in a column on the left, or above the codes when the column would cost a code a row.
        let captionWidth = min(
            Self.captionWidth, composer.setter.measurer.width(of: composer.labels.video, font: captionFont))
        let besideRoom = width - captionWidth - Self.gap * 2
        let above = fit(besideRoom) < fit(width)
        let caption = composer.setter.paragraph(
            composer.labels.video, font: captionFont, color: d.colors.muted, x: left, top: .zero,
            width: above ? width : captionWidth)
        let cellsX = above ? left : left + captionWidth + Self.gap * 2
        let room = above ? width : besideRoom
        let perRow = fit(room)
        let cellWidth = (room - Self.gap * Double(perRow - 1)) / Double(perRow)
        var block = Block(gapBefore: gapBefore)
        block.add(caption.runs)
        var cuts: [Length] = []
        var y = above ? caption.height + .mm(1.5) : .zero
        for start in stride(from: 0, to: coded.count, by: perRow) {
            if start > 0 {
                cuts.append(y)
                y += Self.gap
            }
            var rowHeight = Length.zero
            for (column, (entry, code)) in coded[start..<min(start + perRow, coded.count)].enumerated() {
                let x = cellsX + (cellWidth + Self.gap) * Double(column)
                let cell = self.cell(entry, code: code, x: x, top: y, width: cellWidth)
                block.add(cell.items)
                rowHeight = max(rowHeight, cell.height)
            }
            y += rowHeight
        }
        block.height = max(y, caption.height)
        block.cutPoints = cuts.filter { $0 >= caption.height }
        return block
    }

    /// One code with the step's number badge and name beside it.
    private func cell(_ entry: Entry, code: QRCode, x: Length, top: Length, width: Length) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let setter = composer.setter
        let side = side(for: code)
        var items: [PageItem] = [
            .shape(code.shape(origin: Point(x: x, y: top), side: side, color: .black)),
            .link(Link(frame: Rect(x: x, y: top, width: side, height: side), url: entry.url)),
        ]
        let badgeFont = d.font(d.type.small, .bold)
        let badge = max(badgeFont.ascent + badgeFont.descent, .mm(4.5))
        let wordsX = x + side + Self.gap
        let nameX = wordsX + badge + .mm(1.5)
        let nameWidth = max(x + width - nameX, .mm(10))
        let badgeFrame = Rect(x: wordsX, y: top, width: badge, height: badge)
        items.append(.box(Box(frame: badgeFrame, fill: d.colors.accent, cornerRadius: badge / 2)))
        items.append(
            .text(
                setter.line(
                    String(entry.number), font: badgeFont, color: .white, x: wordsX,
                    baseline: top + badge / 2 + badgeFont.size * 0.35, maxWidth: badge, alignment: .center)))
        let nameFont = d.font(d.type.small, .bold)
        let nameTop = top + (badge - nameFont.ascent - nameFont.descent) / 2
        let name = setter.paragraph(
            entry.step.name, font: nameFont, color: d.colors.ink, x: nameX, top: nameTop, width: nameWidth,
            source: StepSources(entry.step, number: entry.number).name)
        items += name.runs
        if let frame = Self.union(name.runs.map(\.frame)) { items.append(.link(Link(frame: frame, url: entry.url))) }
        return (items, max(side, nameTop + name.height - top))
    }

    /// The smallest rectangle around `frames`; `nil` for none.
    static func union(_ frames: [Rect]) -> Rect? {
        guard let first = frames.first else { return nil }
        let minX = frames.map(\.minX).min() ?? first.minX
        let minY = frames.map(\.minY).min() ?? first.minY
        let maxX = frames.map(\.maxX).max() ?? first.maxX
        let maxY = frames.map(\.maxY).max() ?? first.maxY
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// A link over the runs of a step's name to its video; none without a video.
    static func nameLink(_ runs: [PageItem], video: String?) -> [PageItem] {
        guard let video, let frame = union(runs.map(\.frame)) else { return [] }
        return [.link(Link(frame: frame, url: video))]
    }
}

/// Stands in for the renderer's QR encoder while the compact layout is measured: a blank code of
/// the size libqrencode would choose (byte mode, error correction M), so the strip's height is known.
struct EstimatedQRCodes: QRCodeMaker {
    /// Bytes a code holds in byte mode at level M, versions 1 to 40.
    static let capacity = [
        14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857,
        911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
    ]

    func qrCode(for text: String) -> QRCode? {
        let bytes = text.utf8.count
        guard let version = Self.capacity.firstIndex(where: { $0 >= bytes }).map({ $0 + 1 }) else { return nil }
        let size = 17 + 4 * version
        return QRCode(size: size, modules: Array(repeating: false, count: size * size))
    }
}
