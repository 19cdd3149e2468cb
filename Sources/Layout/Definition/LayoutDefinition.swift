import Foundation

/// How a sheet looks: page, margins, type, colours and spacing, read from `Layouts/NAME.yaml`.
///
/// Every value has a default (the classic look), so a layout file names only what it changes.
public struct LayoutDefinition: Sendable, Hashable, Decodable {
    /// The layout's name, such as "classic".
    public var name: String = "classic"
    /// One line saying what the layout is for.
    public var description: String = ""
    /// The built-in layout this one starts from; its values are overridden by this file's.
    public var extends: String?
    /// Which arrangement lays the sheet out: classic (a column of steps), cards (a grid of step
    /// cards), tracker (a table of steps by day) or compact (a one-page table).
    public var engine: Engine = .classic
    /// Columns of step cards (cards engine).
    public var columns: Int = 1
    /// Paper size and orientation.
    public var page: PageSetup = PageSetup()
    /// White space around the content.
    public var margins: Margins = Margins()
    /// Exact font family name of the bundled face.
    public var fontFamily: String = "Atkinson Hyperlegible"
    /// The palette.
    public var colors: Palette = Palette()
    /// Font sizes.
    public var type: TypeScale = TypeScale()
    /// Checkbox look and grid.
    public var checkbox: CheckboxStyle = CheckboxStyle()
    /// Columns of a step and vertical rhythm.
    public var spacing: Spacing = Spacing()
    /// Writing lines under the Notes block.
    public var notesLines: Int = 4
    /// The picture area of each step.
    public var picture: PictureArea = PictureArea()
    /// How the intro panel is drawn.
    public var panel: PanelStyle = .tinted
    /// The running header on pages after the first.
    public var header: HeaderSetup = HeaderSetup()
    /// The footer on every page.
    public var footer: FooterSetup = FooterSetup()
    /// Type is never set smaller than this when a layout shrinks to fit (compact).
    public var smallestType: Length = .pt(9)

    /// The arrangements a layout can use.
    public enum Engine: String, Sendable, Hashable, Decodable, CaseIterable {
        case classic, cards, tracker, compact
    }

    /// The classic layout with every default.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case name, description, extends, engine, columns, page, margins, fontFamily = "font-family", colors, type
        case checkbox, spacing, notesLines = "notes-lines", picture, panel, header, footer
        case smallestType = "smallest-type"
    }

    /// Every top-level key of a layout file.
    static let keys = [
        "name", "description", "extends", "engine", "columns", "page", "margins", "font-family", "colors", "type",
        "checkbox", "spacing", "notes-lines", "picture", "panel", "header", "footer", "smallest-type",
    ]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? name
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? description
        extends = try c.decodeIfPresent(String.self, forKey: .extends)
        engine = try c.decodeIfPresent(Engine.self, forKey: .engine) ?? engine
        columns = try c.decodeIfPresent(Int.self, forKey: .columns) ?? columns
        guard (1...4).contains(columns) else {
            throw DecodingError.dataCorruptedError(
                forKey: .columns, in: c, debugDescription: "columns must be from 1 to 4, found \(columns)")
        }
        page = try c.decodeIfPresent(PageSetup.self, forKey: .page) ?? page
        margins = try c.decodeIfPresent(Margins.self, forKey: .margins) ?? margins
        fontFamily = try c.decodeIfPresent(String.self, forKey: .fontFamily) ?? fontFamily
        colors = try c.decodeIfPresent(Palette.self, forKey: .colors) ?? colors
        type = try c.decodeIfPresent(TypeScale.self, forKey: .type) ?? type
        checkbox = try c.decodeIfPresent(CheckboxStyle.self, forKey: .checkbox) ?? checkbox
        spacing = try c.decodeIfPresent(Spacing.self, forKey: .spacing) ?? spacing
        notesLines = try c.decodeIfPresent(Int.self, forKey: .notesLines) ?? notesLines
        picture = try c.decodeIfPresent(PictureArea.self, forKey: .picture) ?? picture
        panel = try c.decodeIfPresent(PanelStyle.self, forKey: .panel) ?? panel
        header = try c.decodeIfPresent(HeaderSetup.self, forKey: .header) ?? header
        footer = try c.decodeIfPresent(FooterSetup.self, forKey: .footer) ?? footer
        smallestType = try c.decodeIfPresent(Length.self, forKey: .smallestType) ?? smallestType
        guard smallestType >= .pt(6) else {
            throw DecodingError.dataCorruptedError(
                forKey: .smallestType, in: c,
                debugDescription: "smallest-type must be at least 6pt, found \(smallestType)")
        }
        guard (0...30).contains(notesLines) else {
            throw DecodingError.dataCorruptedError(
                forKey: .notesLines, in: c, debugDescription: "notes-lines must be from 0 to 30, found \(notesLines)")
        }
    }

    /// The page size after orientation.
    public var pageSize: Size {
        let size = page.size
        let landscape = page.orientation == .landscape
        let long = max(size.width, size.height), short = min(size.width, size.height)
        return landscape ? Size(width: long, height: short) : Size(width: short, height: long)
    }

    /// A font of the layout's family.
    public func font(_ size: Length, _ weight: FontSpec.Weight = .regular, italic: Bool = false) -> FontSpec {
        FontSpec(family: fontFamily, size: size, weight: weight, italic: italic)
    }
}
