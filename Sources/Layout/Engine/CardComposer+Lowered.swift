/// Cards planned again, smaller, to save pages: a layout's card height is a floor that keeps rows
/// of short cards even, and its picture band is sized for Letter; on a page whose rows of cards at
/// that size leave pages less than 70 % full (two rows that would fit under the panel but for a
/// few millimetres, or on paper so small that one card a page leaves most pages half empty), lower
/// cards fit more a page; so they do when they save a page.
extension CardComposer {
    /// Shares of the layout's card height tried, in order, as the least height of a card in a row
    /// of several: cards still grow to what they hold.
    static let heightShares = [0.9, 0.8, 0.7]
    /// Shares of the layout's picture band tried, in order, after the card heights; the tick zone
    /// shrinks by the same share, never below the boxes it holds.
    static let pictureShares = [0.8, 0.6, 0.45]
    /// The lowest a lowered picture band goes: the badge, a sketch or a picture stay readable in it.
    static let leastPicture = Length.mm(10)

    /// The planner for `cards` after `lead`, and its plan: at the layout's sizes, or, when those
    /// leave a page but the last less than 70 % full, with the cards' least height lowered
    /// (`heightShares`), then their picture band too (`pictureShares`, `leastPicture`), when that
    /// leaves fewer pages, or as many with fewer sparse. The mildest lowering that leaves no page
    /// sparse wins. A plan with no sparse page takes lower cards only when they leave fewer pages,
    /// none sparse (`savesAPage`); the lowering that leaves the fewest wins, the mildest of those.
    func plannedCards(_ cards: [CardStep], notes: [String], after lead: [Block]) -> (CardPlanner, CardPlanner.Plan) {
        let planner = CardPlanner(composer: composer, cards: cards, notes: notes)
        var best = (planner, planner.plan(after: lead))
        guard best.1.pages > 1, !cards.isEmpty else { return best }
        let sparseAtFirst = best.1.sparse > 0
        for definition in loweredDefinitions() {
            let lowered = CardPlanner(composer: composer.with(definition: definition), cards: cards, notes: notes)
            let plan = lowered.plan(after: lead)
            if sparseAtFirst ? plan.outcome < best.1.outcome : Self.savesAPage(plan, over: best.1) {
                best = (lowered, plan)
            }
            if sparseAtFirst, best.1.sparse == 0 { break }
        }
        return best
    }

    /// Whether `plan`, of lower cards, takes fewer pages than `plan` at the layout's sizes with no
    /// page sparse and no more orphans: rows of short cards that leave a fifth of every page
    /// empty at the layout's height (two rows a Letter page) fit a row more a page lower.
    static func savesAPage(_ plan: CardPlanner.Plan, over best: CardPlanner.Plan) -> Bool {
        plan.pages < best.pages && plan.sparse == 0 && plan.outcome.2 <= best.outcome.2
    }

    /// The layout's definition with lower cards, mildest first: the card height at each of
    /// `heightShares`, then, at the lowest, the picture band at each of `pictureShares`.
    func loweredDefinitions() -> [LayoutDefinition] {
        let definition = composer.definition
        var lowered: [LayoutDefinition] = []
        for share in Self.heightShares {
            var shorter = definition
            shorter.spacing.cardHeight = definition.spacing.cardHeight * share
            lowered.append(shorter)
        }
        guard definition.picture.placement == .top, let shortest = lowered.last else { return lowered }
        for share in Self.pictureShares {
            guard let band = shortest.withPictureBand(share: share, least: Self.leastPicture) else { break }
            lowered.append(band)
        }
        return lowered
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
