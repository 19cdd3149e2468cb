import Foundation

/// How a sheet looks: page, margins, type, colours and spacing, read from `Layouts/NAME.yaml`.
///
/// Every value has a default (the classic look), so a layout file names only what it changes.
public struct LayoutDefinition: Sendable, Hashable, Decodable {
    /// The layout's name, such as "classic".
    public var name: String = "classic"
    /// One line saying what the layout is for.
    public var description: String = ""
    /// Which arrangement lays the sheet out: "classic" (one column of steps).
    public var engine: String = "classic"
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

    /// The classic layout with every default.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case name, description, engine, page, margins, fontFamily = "font-family", colors, type, checkbox, spacing
        case notesLines = "notes-lines"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? name
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? description
        engine = try c.decodeIfPresent(String.self, forKey: .engine) ?? engine
        page = try c.decodeIfPresent(PageSetup.self, forKey: .page) ?? page
        margins = try c.decodeIfPresent(Margins.self, forKey: .margins) ?? margins
        fontFamily = try c.decodeIfPresent(String.self, forKey: .fontFamily) ?? fontFamily
        colors = try c.decodeIfPresent(Palette.self, forKey: .colors) ?? colors
        type = try c.decodeIfPresent(TypeScale.self, forKey: .type) ?? type
        checkbox = try c.decodeIfPresent(CheckboxStyle.self, forKey: .checkbox) ?? checkbox
        spacing = try c.decodeIfPresent(Spacing.self, forKey: .spacing) ?? spacing
        notesLines = try c.decodeIfPresent(Int.self, forKey: .notesLines) ?? notesLines
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

/// Paper size and orientation.
public struct PageSetup: Sendable, Hashable, Decodable {
    /// Portrait or landscape.
    public enum Orientation: String, Sendable, Hashable, Decodable {
        case portrait, landscape
    }

    public var size: Size = Size(width: .inches(8.5), height: .inches(11))
    public var orientation: Orientation = .portrait

    public init() {}

    private enum CodingKeys: String, CodingKey { case size, orientation }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try c.decodeIfPresent(String.self, forKey: .size) {
            guard let parsed = PaperSize.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .size, in: c,
                    debugDescription: "expected letter, a4, legal, a5 or WIDTH x HEIGHT such as 210mm x 297mm, found \"\(text)\"")
            }
            size = parsed
        }
        orientation = try c.decodeIfPresent(Orientation.self, forKey: .orientation) ?? orientation
    }
}

/// White space around the content of every page.
public struct Margins: Sendable, Hashable, Decodable {
    public var left: Length = .mm(20)
    public var top: Length = .mm(18)
    public var right: Length = .mm(20)
    public var bottom: Length = .mm(22)

    public init() {}

    private enum CodingKeys: String, CodingKey { case left, top, right, bottom }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        left = try c.decodeIfPresent(Length.self, forKey: .left) ?? left
        top = try c.decodeIfPresent(Length.self, forKey: .top) ?? top
        right = try c.decodeIfPresent(Length.self, forKey: .right) ?? right
        bottom = try c.decodeIfPresent(Length.self, forKey: .bottom) ?? bottom
    }
}
