import Foundation
import Routine

/// How a sheet looks: page, margins, type, colours and spacing, read from `Layouts/NAME.yaml`.
///
/// Every value has a default (the classic look), so a layout file names only what it changes.
package struct LayoutDefinition: Sendable, Hashable {
    /// The layout's name, such as "classic".
    package var name: String = "classic"
    /// One line saying what the layout is for.
    package var description: String = ""
    /// The built-in layout this one starts from; its values are overridden by this file's.
    package var extends: String?
    /// Which arrangement lays the sheet out: classic (a column of steps), cards (a grid of step
    /// cards), tracker (a table of steps by day) or compact (a one-page table).
    package var engine: Engine = .classic
    /// Columns of step cards (cards engine).
    package var columns: Int = 1
    /// Paper size and orientation.
    package var page: PageSetup = PageSetup()
    /// White space around the content.
    package var margins: Margins = Margins()
    /// Exact font family name of the bundled face.
    package var fontFamily: String = "Atkinson Hyperlegible"
    /// Where a layout file sets `font-family`, for a message about a font RepSheet lacks.
    package var fontFamilyLocation: SourceLocation?
    /// The palette.
    package var colors: Palette = Palette()
    /// Font sizes.
    package var type: TypeScale = TypeScale()
    /// Checkbox look and grid.
    package var checkbox: CheckboxStyle = CheckboxStyle()
    /// Columns of a step and vertical rhythm.
    package var spacing: Spacing = Spacing()
    /// Writing lines under the Notes block: 0 for none, otherwise they go on to the foot of the
    /// last page.
    package var notesLines: Int = 4
    /// The fewest writing lines under the Notes block: they shrink to this before the Notes
    /// start a page of their own (and the last page's room is filled with more).
    package var notesLinesMinimum: Int = 0
    /// The picture area of each step.
    package var picture: PictureArea = PictureArea()
    /// How the intro panel is drawn.
    package var panel: PanelStyle = .tinted
    /// The running header on pages after the first.
    package var header: HeaderSetup = HeaderSetup()
    /// The footer on every page.
    package var footer: FooterSetup = FooterSetup()
    /// Type is never set smaller than this when a layout shrinks to fit (compact).
    package var smallestType: Length = .pt(9)
    /// Whether steps' videos print as QR codes; without them a video is only a link on the
    /// step's name, and rendering warns, naming the steps.
    package var videoCodes = true
    /// What shrinks (to at most `PageScaling.least`) on paper smaller than the layout's own, such
    /// as half-letter for a Letter layout; large print shrinks only its spacing, margins and boxes.
    package var pageScaling: PageScaling.Mode = .everything
    /// A clinic's brand: a header band with its logo and contact details on the first page.
    package var brand: Brand? = nil
    /// The brand file the layout file names (`brand:`), relative to the layout file; RepSheet
    /// reads it into `brand`.
    package var brandFile: String? = nil
    /// Where the layout file names `brandFile`, for a message about it.
    package var brandFileLocation: SourceLocation?
    /// The folder of the layout file that names `brandFile`, which `brandFile` is relative to.
    package var brandBaseFolder: String?

    /// The arrangements a layout can use.
    package enum Engine: String, Sendable, Hashable, CaseIterable {
        case classic, cards, tracker, compact
    }

    /// The classic layout with every default.
    package init() {}

    /// Every top-level key of a layout file.
    static let keys = [
        "name", "description", "extends", "engine", "columns", "page", "margins", "font-family", "colors", "type",
        "checkbox", "spacing", "notes-lines", "notes-lines-min", "picture", "panel", "header", "footer",
        "smallest-type", "video-codes", "scale-to-page", "brand",
    ]

    /// Sets the values the file's top-level `section` names; an empty value sets the default.
    /// Bad values are reported to `reader`; unknown keys are left to `LayoutSchema`.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = LayoutDefinition()
        for field in section.fields {
            switch field.key {
            case "name": name = reader.text(field) ?? defaults.name
            case "description": description = reader.text(field) ?? defaults.description
            case "extends": extends = reader.text(field)
            case "engine": engine = reader.choice(field) ?? defaults.engine
            case "columns": columns = reader.wholeNumber(field, in: 1...4) ?? defaults.columns
            case "font-family":
                fontFamily = reader.text(field) ?? defaults.fontFamily
                fontFamilyLocation = reader.location(of: field.value)
            case "notes-lines": notesLines = reader.wholeNumber(field, in: 0...30) ?? defaults.notesLines
            case "notes-lines-min":
                notesLinesMinimum = reader.wholeNumber(field, in: 0...30) ?? defaults.notesLinesMinimum
            case "panel": panel = reader.choice(field) ?? defaults.panel
            case "video-codes": videoCodes = reader.flag(field) ?? defaults.videoCodes
            case "scale-to-page": pageScaling = reader.pageScaling(field) ?? defaults.pageScaling
            case "brand":
                brandFile = reader.text(field)
                brandFileLocation = reader.location(of: field.value)
                brandBaseFolder = PathText.folder(of: reader.file)
            case "smallest-type":
                smallestType = reader.length(field) ?? defaults.smallestType
                if smallestType < .pt(6) {
                    reader.report(LayoutMessages.smallestType(found: smallestType), at: field.value)
                }
            case "page":
                if let nested = field.nested { page.read(nested, with: &reader) }
            case "margins":
                if let nested = field.nested { margins.read(nested, with: &reader) }
            case "colors":
                if let nested = field.nested { colors.read(nested, with: &reader) }
            case "type":
                if let nested = field.nested { type.read(nested, with: &reader) }
            case "checkbox":
                if let nested = field.nested { checkbox.read(nested, with: &reader) }
            case "spacing":
                if let nested = field.nested { spacing.read(nested, with: &reader) }
            case "picture":
                if let nested = field.nested { picture.read(nested, with: &reader) }
            case "header":
                if let nested = field.nested { header.read(nested, with: &reader) }
            case "footer":
                if let nested = field.nested { footer.read(nested, with: &reader) }
            default: break
            }
        }
    }

    /// The page size after orientation.
    package var pageSize: Size {
        let size = page.size
        let landscape = page.orientation == .landscape
        let long = max(size.width, size.height), short = min(size.width, size.height)
        return landscape ? Size(width: long, height: short) : Size(width: short, height: long)
    }

    /// A font of the layout's family.
    package func font(_ size: Length, _ weight: FontSpec.Weight = .regular, italic: Bool = false) -> FontSpec {
        FontSpec(family: fontFamily, size: size, weight: weight, italic: italic)
    }
}
