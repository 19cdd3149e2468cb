/// Cards whose picture band is lowered to save pages: on paper so small that a card at the
/// layout's size is taller than half a page, one card a page leaves most pages half empty, while
/// a card with a lower band (and its tick zone no taller than its boxes need) fits two a page.
extension CardComposer {
    /// Shares of the layout's picture band tried, in order, when the cards at full size leave
    /// pages sparse; the tick zone shrinks by the same share, never below the boxes it holds.
    static let pictureShares = [0.8, 0.55]
    /// The lowest a lowered picture band goes: the badge, a sketch or a picture stay readable in it.
    static let leastPicture = Length.mm(12)

    /// The planner for `cards` after `lead`, and its plan: at the layout's sizes, or, when those
    /// leave a page but the last less than 70 % full, with the picture band lowered as far as
    /// `pictureShares` (and `leastPicture`) allow, when that leaves fewer pages, or as many with
    /// fewer sparse. The mildest lowering that leaves no page sparse wins.
    func plannedCards(_ cards: [CardStep], notes: [String], after lead: [Block]) -> (CardPlanner, CardPlanner.Plan) {
        let planner = CardPlanner(composer: composer, cards: cards, notes: notes)
        var best = (planner, planner.plan(after: lead))
        let definition = composer.definition
        guard best.1.sparse > 0, definition.picture.placement == .top, !cards.isEmpty else { return best }
        for share in Self.pictureShares {
            guard let lowered = definition.withPictureBand(share: share, least: Self.leastPicture) else { break }
            let tight = CardPlanner(composer: composer.with(definition: lowered), cards: cards, notes: notes)
            let plan = tight.plan(after: lead)
            if plan.outcome < best.1.outcome { best = (tight, plan) }
            if best.1.sparse == 0 { break }
        }
        return best
    }
}

extension LayoutDefinition {
    /// The definition with its picture band and tick zone at `share` of their height, the band
    /// no lower than `least`; `nil` when the band is at `least` already.
    func withPictureBand(share: Double, least: Length) -> LayoutDefinition? {
        let height = max(least, picture.height * share)
        guard height < picture.height - .pt(0.01) else { return nil }
        var lowered = self
        lowered.picture.height = height
        lowered.spacing.tickZone = spacing.tickZone * (height.points / picture.height.points)
        return lowered
    }
}
