import Routine

extension SheetLayout {
    /// The classic arrangement's pages: the routine's notes at the end, or, when they are too long
    /// to share the last page with a step (or keeping them there leaves a page sparse) and putting
    /// them under the panel lets the last page begin one with fewer such flaws, without taking
    /// more pages and without pushing the first step more than `pagesOfNotesFirst` pages later,
    /// there: a reader meets an exercise by the third page, never pages and pages of notes first.
    /// On paper too small for the title, the caution and the panel together, the caution goes
    /// under the panel when that leaves fewer flaws on no more pages.
    func classicPages(_ composer: BlockComposer, routine: Routine, frame: ContentFrame, brand: BrandHeader) -> [Page] {
        let paginator = Paginator(frame: frame)
        func layOut(notesFirst: Bool, cautionAfterPanel: Bool = false) -> Paginator.Layout {
            paginator.layOut(
                brand.prepended(
                    to: composer.blocks(for: routine, notesFirst: notesFirst, cautionAfterPanel: cautionAfterPanel)))
        }
        var notesFirst = false
        var chosen = layOut(notesFirst: false)
        if chosen.lastPageBeginsStep == false || chosen.flaws > 0, routine.notes.contains(where: { !$0.isEmpty }) {
            let moved = layOut(notesFirst: true)
            if moved.lastPageBeginsStep, moved.pages.count <= chosen.pages.count,
                !chosen.lastPageBeginsStep || moved.flaws < chosen.flaws,
                Self.firstStepPage(moved.pages) <= Self.firstStepPage(chosen.pages) + Self.pagesOfNotesFirst
            {
                chosen = moved
                notesFirst = true
            }
        }
        guard chosen.flaws > 0, headerOverflows(composer, routine: routine, page: frame.content.height) else {
            return chosen.pages
        }
        let cautionLater = layOut(notesFirst: notesFirst, cautionAfterPanel: true)
        let better =
            cautionLater.flaws < chosen.flaws && cautionLater.pages.count <= chosen.pages.count
            && (cautionLater.lastPageBeginsStep || !chosen.lastPageBeginsStep)
        return better ? cautionLater.pages : chosen.pages
    }

    /// How many pages later than at the end of the sheet the first step may begin when the
    /// routine's notes go under the panel.
    static let pagesOfNotesFirst = 2

    /// The index of the first of `pages` that shows a step's name; `pages.count` when none does.
    static func firstStepPage(_ pages: [Page]) -> Int {
        pages.firstIndex { page in
            page.items.contains { item in
                guard case .text(let run) = item, case .stepName? = run.source?.field else { return false }
                return true
            }
        } ?? pages.count
    }

    /// Whether the title, the routine's caution and the panel, with the gaps between them, are
    /// taller than the first page (`page` high): the caution then cannot stay under the title
    /// without leaving the title and the caution alone on the first page.
    func headerOverflows(_ composer: BlockComposer, routine: Routine, page: Length) -> Bool {
        guard let caution = routine.caution, !caution.isEmpty else { return false }
        let lead = composer.blocks(for: routine).prefix(3)
        let height = lead.reduce(Length.zero) { $0 + $1.height + $1.gapBefore } - (lead.first?.gapBefore ?? .zero)
        return height > page
    }
}

extension SheetLayout {
    /// The least writing lines the compact sheet's Notes gets when its last page has room for them.
    static let compactNotesLines = 2

    /// The compact arrangement's pages: its table, and Notes lines filling what its last page has
    /// left when they fit there (they never add a page).
    ///
    /// Steps whose sets would wrap into towers get wider boxes (`CompactComposer.widensBoxes`),
    /// unless the table with the usual columns leaves fewer flaws (or as many, its least-filled
    /// page fuller) on no more pages.
    func compactPages(_ composer: BlockComposer, routine: Routine, frame: ContentFrame, brand: BrandHeader) -> [Page] {
        let paginator = Paginator(frame: frame)
        func table(widened: Bool) -> [Block] {
            var table = CompactComposer(composer: composer, language: routine.language)
            table.widensBoxes = widened
            return brand.prepended(to: table.blocks(for: routine))
        }
        var blocks = table(widened: true)
        var layout = paginator.layOut(blocks)
        if layout.flaws > 0 {
            let usual = table(widened: false)
            let other = paginator.layOut(usual)
            let fuller =
                other.flaws == layout.flaws
                && PageFill.leastFill(other.pages, frame: frame) > PageFill.leastFill(layout.pages, frame: frame)
            if other.flaws < layout.flaws || fuller, other.pages.count <= layout.pages.count {
                blocks = usual
                layout = other
            }
        }
        let pages = layout.pages
        guard composer.definition.notesLines > 0 else { return pages }
        let lines = composer.notesBlock([], leastLines: Self.compactNotesLines)
        let withLines = paginator.paginate(blocks + [lines])
        return withLines.count == pages.count ? withLines : pages
    }
}
