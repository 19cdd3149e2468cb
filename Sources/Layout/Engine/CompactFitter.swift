import Routine

/// Shrinks the compact layout's type and spacing step by step until the sheet fits one page,
/// never setting type below the layout's `smallest-type`.
struct CompactFitter {
    let definition: LayoutDefinition
    let measurer: any TextMeasurer
    let labels: SheetLabels

    /// The least share of its spacing the compact layout keeps to fit one page.
    static let tightestSpacing = 0.8

    /// The share of the pages a sheet too long for one page may fill, stacked, and still be
    /// expected to take that many pages once cut between its blocks.
    static let pageSlack = 0.95

    /// The largest scaled definition whose blocks fit one page, and a warning when none does. A
    /// sheet that takes more pages even at the smallest takes as few as that, at the largest size
    /// that still needs no more: its pages full rather than a last page nearly empty.
    func fit(_ routine: Routine) -> (definition: LayoutDefinition, warnings: [Diagnostic]) {
        let smallest =
            TypeScale.keys.values.map { definition.type[keyPath: $0] }.min() ?? definition.smallestType
        var factor = 1.0
        var candidate = definition
        var tried: [(definition: LayoutDefinition, height: Length)] = []
        let page = ContentFrame(definition: definition).content.height
        while true {
            candidate = scaled(by: factor)
            let stacked = height(of: candidate, routine)
            if stacked <= ContentFrame(definition: candidate).content.height {
                return (candidate, [])
            }
            tried.append((candidate, stacked))
            let next = factor - 0.05
            // Once the smallest type is at its floor, only the spacing (and larger type) shrinks
            // further, down to `tightestSpacing`.
            if smallest * next < definition.smallestType - .pt(0.001), next < Self.tightestSpacing { break }
            factor = next
        }
        let pages = ((tried.last?.height ?? page).points / (page.points * Self.pageSlack)).rounded(.up)
        if let roomiest = tried.first(where: { $0.height.points <= page.points * Self.pageSlack * pages }) {
            candidate = roomiest.definition
        }
        let size = Length.format(definition.smallestType.points)
        return (
            candidate,
            [
                Diagnostic(
                    .warning,
                    "\"\(routine.title)\" does not fit on one page in the compact layout, even with \(size) pt type; it continues on more pages",
                    at: nil)
            ]
        )
    }

    /// The definition with type, spacing and checkboxes scaled; type and boxes keep their minimums.
    func scaled(by factor: Double) -> LayoutDefinition { definition.scaled(by: factor) }

    /// The height of every block stacked on one page.
    private func height(of definition: LayoutDefinition, _ routine: Routine) -> Length {
        let frame = ContentFrame(definition: definition)
        // Blank codes of the size the encoder will make reserve the video strip's room.
        let composer = BlockComposer(
            definition: definition, frame: frame, setter: TextSetter(measurer: measurer), labels: labels,
            qrCodes: EstimatedQRCodes())
        let blocks = CompactComposer(composer: composer, language: routine.language).blocks(for: routine)
        return blocks.enumerated().reduce(Length.zero) {
            $0 + ($1.offset == 0 ? .zero : $1.element.gapBefore) + $1.element.height
        }
    }
}
