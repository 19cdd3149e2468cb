/// Where a card's picture area sits and how big it is.
public struct PictureArea: Sendable, Hashable, Decodable {
    /// Where the picture area goes on a step.
    public enum Placement: String, Sendable, Hashable, Decodable, CaseIterable {
        /// A band across the top of the card.
        case top
        /// No picture area.
        case none
    }

    public var placement: Placement = .none
    /// Height of the band.
    public var height: Length = .mm(22)
    /// Width of the pictogram drawn in an empty frame.
    public var iconWidth: Length = .mm(14)
    /// Draw steps' figures (pictograms from their poses) when they have no image: `nil` leaves it
    /// to the engine (cards draw them; classic does not, its design has no picture area).
    public var figures: Bool?

    public init() {}

    /// Whether steps' figures are drawn with the `engine`: this setting, else only on cards.
    public func showsFigures(_ engine: LayoutDefinition.Engine) -> Bool { figures ?? (engine == .cards) }

    static let keys = ["placement", "height", "icon-width", "figures"]
    private enum CodingKeys: String, CodingKey {
        case placement, height, figures
        case iconWidth = "icon-width"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        placement = try c.decodeIfPresent(Placement.self, forKey: .placement) ?? placement
        height = try c.decodeIfPresent(Length.self, forKey: .height) ?? height
        iconWidth = try c.decodeIfPresent(Length.self, forKey: .iconWidth) ?? iconWidth
        figures = try c.decodeIfPresent(Bool.self, forKey: .figures)
        guard height >= .mm(5), height <= .mm(150) else {
            throw DecodingError.dataCorruptedError(
                forKey: .height, in: c,
                debugDescription: "picture height must be from 5mm to 150mm, found \(height)")
        }
    }
}

/// What the running header on pages after the first shows.
public struct HeaderSetup: Sendable, Hashable, Decodable {
    /// Show the running header at all.
    public var show = true
    /// Add "— client name" after the title.
    public var client = true
    /// Draw a hairline under the header.
    public var rule = true

    public init() {}

    static let keys = ["show", "client", "rule"]
    private enum CodingKeys: String, CodingKey { case show, client, rule }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        show = try c.decodeIfPresent(Bool.self, forKey: .show) ?? show
        client = try c.decodeIfPresent(Bool.self, forKey: .client) ?? client
        rule = try c.decodeIfPresent(Bool.self, forKey: .rule) ?? rule
    }
}

/// What the footer on every page shows.
public struct FooterSetup: Sendable, Hashable, Decodable {
    /// The provider line on the left.
    public var provider = true
    /// "Page N of M" on the right.
    public var pageNumber = true
    /// A hairline above the footer.
    public var rule = true

    public init() {}

    static let keys = ["provider", "page-number", "rule"]
    private enum CodingKeys: String, CodingKey {
        case provider
        case pageNumber = "page-number"
        case rule
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        provider = try c.decodeIfPresent(Bool.self, forKey: .provider) ?? provider
        pageNumber = try c.decodeIfPresent(Bool.self, forKey: .pageNumber) ?? pageNumber
        rule = try c.decodeIfPresent(Bool.self, forKey: .rule) ?? rule
    }
}

/// How the intro panel under the title is drawn.
public enum PanelStyle: String, Sendable, Hashable, Decodable, CaseIterable {
    /// A tinted background.
    case tinted
    /// A black outline, no tint (high contrast).
    case outlined
}

/// Where a step's checkbox rows go.
public enum TickPlacement: String, Sendable, Hashable, Decodable, CaseIterable {
    /// A column on the right of the step's text.
    case right
    /// Under the instructions, indented with the text.
    case below
}
