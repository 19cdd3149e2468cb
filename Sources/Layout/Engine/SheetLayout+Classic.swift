import Routine

extension SheetLayout {
    /// The classic arrangement's pages: the routine's notes at the end, or, when they are too long
    /// to share the last page with a step and putting them under the panel lets the last page
    /// begin one without taking more pages, there.
    func classicPages(_ composer: BlockComposer, routine: Routine, frame: ContentFrame, brand: BrandHeader) -> [Page] {
        let paginator = Paginator(frame: frame)
        let written = paginator.layOut(brand.prepended(to: composer.blocks(for: routine)))
        guard !written.lastPageBeginsStep, routine.notes.contains(where: { !$0.isEmpty }) else { return written.pages }
        let notesFirst = paginator.layOut(brand.prepended(to: composer.blocks(for: routine, notesFirst: true)))
        guard notesFirst.lastPageBeginsStep, notesFirst.pages.count <= written.pages.count else { return written.pages }
        return notesFirst.pages
    }
}
