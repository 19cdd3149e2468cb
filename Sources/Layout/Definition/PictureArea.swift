/// Where a card's picture area sits and how big it is.
package struct PictureArea: Sendable, Hashable {
    /// Where the picture area goes on a step.
    package enum Placement: String, Sendable, Hashable, CaseIterable {
        /// A band across the top of the card.
        case top
        /// No picture area.
        case none
    }

    package var placement: Placement = .none
    /// Height of the band.
    package var height: Length = .mm(22)
    /// Width of the pictogram drawn in an empty frame.
    package var iconWidth: Length = .mm(14)
    /// Draw steps' figures (pictograms from their poses) when they have no image: `nil` leaves it
    /// to the engine (cards draw them; classic does not, its design has no picture area).
    package var figures: Bool?

    package init() {}

    /// Whether steps' figures are drawn with the `engine`: this setting, else only on cards.
    package func showsFigures(_ engine: LayoutDefinition.Engine) -> Bool { figures ?? (engine == .cards) }

    static let keys = ["placement", "height", "icon-width", "figures"]

    /// Sets the values `section` names; an empty value sets the default.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = PictureArea()
        for field in section.fields {
            switch field.key {
            case "placement": placement = reader.choice(field) ?? defaults.placement
            case "height":
                height = reader.length(field) ?? defaults.height
                if height < .mm(5) || height > .mm(150) {
                    reader.report(LayoutMessages.pictureHeight(found: height), at: field.value)
                }
            case "icon-width": iconWidth = reader.nonNegativeLength(field) ?? defaults.iconWidth
            case "figures": figures = reader.flag(field)
            default: break
            }
        }
    }
}
