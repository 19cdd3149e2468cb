import Routine

extension StepBuilder {
    /// The fewest lines of a step's words left on either side of a cut between them.
    static let leastLinesAtCut = 2

    /// A step with its rows of boxes under the dose line and its words after them: name, dose,
    /// boxes, instructions, notes, extras, video code, picture. Besides the cuts between rows of
    /// boxes, it may be cut between lines of its words (keeping at least two on each side) and
    /// above its video code or picture, so a step taller than half a page need not leave a page
    /// half empty.
    func underDose(_ step: Step, in block: Block, top: Length, sources: StepSources) -> Block {
        var block = block
        let d = composer.definition
        let s = d.spacing
        let textX = composer.left + s.badgeColumn
        let width = composer.width - s.badgeColumn
        let grid = CheckboxGrid(definition: d, setter: composer.setter, labels: composer.labels)
        let heading = self.heading(step, sources, x: textX, width: width, top: top)
        let gridTop = heading.bottom + s.doseToInstructions * 2
        let rows = grid.layout(for: step.dose, x: textX, width: width)
        let rowsBottom = gridTop + rows.height
        let media = StepMedia(composer: composer)
        let hasPicture = media.picture(for: step, x: textX, width: width, top: .zero).height > .zero
        // The picture and the video's code share a row under the words when the page is wide enough.
        let mediaRow = hasPicture && step.video != nil && width >= Self.mediaRowWidth
        let body = self.body(
            step, sources, x: textX, width: width, top: rowsBottom + s.doseToInstructions, videoCode: !mediaRow)
        let mediaTop = body.bottom + s.doseToInstructions * 2 - StepMedia.gap
        let pictureWidth = mediaRow ? min(width * 0.4, .mm(60)) : width
        let picture = media.picture(for: step, x: textX, width: pictureWidth, top: mediaTop)
        let code =
            mediaRow
            ? media.qrCode(
                for: step, x: textX + pictureWidth + s.gutter, width: width - pictureWidth - s.gutter, top: mediaTop)
            : (items: [], height: .zero)
        let mediaHeight = max(picture.height, code.height)
        block.add(heading.items)
        block.add(rows.items.map { $0.offset(dy: gridTop) })
        block.add(body.items)
        block.add(picture.items + code.items)
        // The picture stays with the last lines of the words it shows, unless keeping them
        // together would leave a page under-filled (`BreakPlanner.Cost.splitMedia`).
        block.wordCuts = Self.lineCuts(body.items)
        block.mediaCuts = (body.items + picture.items + code.items).compactMap { item -> Length? in
            if case .text = item { return nil }
            return item.frame.minY > rowsBottom ? item.frame.minY : nil
        }
        block.rowCuts = rows.rowCuts.map { $0 + gridTop }
        block.cutPoints = rows.cuts.map { $0 + gridTop } + block.rowCuts + block.wordCuts + block.mediaCuts
        block.cutHeadings = rows.cutHeadings.map { $0.offset(dy: gridTop) }
        block.keepTogetherUntil = gridTop + rows.firstRowBottom
        let bottom = mediaHeight > .zero ? mediaTop + mediaHeight : body.bottom
        block.height = max(bottom, top + s.badgeDiameter) + s.stepPadding
        return block
    }

    /// Where a page may break in the words of `items`: before the first line, and between lines
    /// (or above an outline such as a caution's) with at least `leastLinesAtCut` lines on each
    /// side, in the words and inside any outline the break passes through: a caution's word
    /// stays with its first lines, and its outline is not cut through its top.
    static func lineCuts(_ items: [PageItem]) -> [Length] {
        let tops = Set(
            items.compactMap { item -> Length? in
                if case .text(let run) = item { return run.frame.minY }
                return nil
            }
        ).sorted()
        guard let first = tops.first else { return [] }
        let least = leastLinesAtCut
        let epsilon = Length.pt(0.01)
        let outlines = items.filter(\.isOutline).map(\.frame)
        /// How many lines start above `y` (or at it, with `orAt`): a binary search, so the
        /// thousands of lines of a long note cost no more than sorting them.
        func lines(above y: Length, orAt: Bool = false) -> Int {
            var low = 0
            var high = tops.count
            while low < high {
                let middle = (low + high) / 2
                if tops[middle] < y || (orAt && tops[middle] == y) { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let candidates = tops + outlines.map(\.minY)
        let between = Set(
            candidates.filter {
                let above = lines(above: $0 - epsilon)
                return above >= least && tops.count - above >= least
            })
        return [first]
            + between.sorted().filter { cut in
                outlines.allSatisfy { outline in
                    guard outline.minY < cut - epsilon, outline.maxY > cut + epsilon else { return true }
                    let aboveCut = lines(above: cut - epsilon)
                    return aboveCut - lines(above: outline.minY, orAt: true) >= least
                        && lines(above: outline.maxY) - aboveCut >= least
                }
            }
    }
}
