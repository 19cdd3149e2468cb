import Routine

extension SheetLayout {
    /// The classic arrangement's pages: the routine's notes at the end, or, when they are too long
    /// to share the last page with a step (or keeping them there leaves a page sparse) and putting
    /// them under the panel lets the last page begin one with fewer such flaws, without taking
    /// more pages, there.
    func classicPages(_ composer: BlockComposer, routine: Routine, frame: ContentFrame, brand: BrandHeader) -> [Page] {
        let paginator = Paginator(frame: frame)
        let written = paginator.layOut(brand.prepended(to: composer.blocks(for: routine)))
        guard !written.lastPageBeginsStep || written.flaws > 0, routine.notes.contains(where: { !$0.isEmpty }) else {
            return written.pages
        }
        let notesFirst = paginator.layOut(brand.prepended(to: composer.blocks(for: routine, notesFirst: true)))
        guard notesFirst.lastPageBeginsStep, notesFirst.pages.count <= written.pages.count else { return written.pages }
        guard !written.lastPageBeginsStep || notesFirst.flaws < written.flaws else { return written.pages }
        return notesFirst.pages
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
