import Routine

/// The cards arrangement: a header with the fields on the right, the panel, then step cards in
/// rows of `columns` (filled left to right, row by row, a card across the full width where that
/// fills the pages better), and a full-width Notes card.
struct CardComposer {
    let composer: BlockComposer

    func blocks(for routine: Routine) -> [Block] {
        let header = CardHeader(composer: composer)
        var lead = CautionBlock(composer: composer).inserting(
            routine.caution, into: [header.block(routine), header.panel(routine)],
            gapBefore: composer.spacing.fieldsToPanel)
        lead = PainGuideBlock(composer: composer).inserting(
            for: routine, into: lead, after: lead.count - 1, gapBefore: composer.spacing.fieldsToPanel)
        var cards: [CardStep] = []
        for (sectionIndex, section) in routine.sections.enumerated() {
            for (index, step) in section.steps.enumerated() {
                cards.append(
                    CardStep(
                        step: step, number: cards.count + 1, section: section.title, sectionNumber: sectionIndex + 1,
                        sectionNote: index == 0 ? section.note : nil))
            }
        }
        let (planner, plan) = plannedCards(cards, notes: routine.notes, after: lead)
        return lead + planner.blocks(after: lead, plan: plan)
    }
}

extension CardComposer {
    /// Title and subtitle on the left; Name and Date on the right, as wide as a long name needs.
    func header(_ routine: Routine) -> Block { CardHeader(composer: composer).block(routine) }

    /// A tinted panel: the intro on the left, "HOW OFTEN" and the frequency chip on the right.
    func panel(_ routine: Routine) -> Block { CardHeader(composer: composer).panel(routine) }
}
