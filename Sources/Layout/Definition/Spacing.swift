/// Column widths and vertical gaps of a sheet.
public struct Spacing: Sendable, Hashable, LengthTable {
    // Step grid.
    public var badgeColumn: Length = .mm(12)
    public var badgeDiameter: Length = .mm(8)
    public var gutter: Length = .mm(8)
    public var ticksColumn: Length = .mm(57)
    public var stepPadding: Length = .mm(4)
    public var nameToDose: Length = .mm(1.2)
    public var doseToInstructions: Length = .mm(1.8)
    public var instructionsToNotes: Length = .mm(1.5)
    // Page 1 header.
    public var providerToTitle: Length = .mm(2)
    public var titleToSubtitle: Length = .mm(1.5)
    public var subtitleToFields: Length = .mm(4)
    public var fieldHeight: Length = .mm(9)
    public var dateFieldWidth: Length = .mm(62)
    public var fieldGap: Length = .mm(10)
    public var fieldsToPanel: Length = .mm(6)
    public var fieldLine: Length = .pt(0.75)
    // Panel.
    public var panelInsetX: Length = .mm(6)
    public var panelInsetY: Length = .mm(5)
    public var panelRadius: Length = .mm(1.5)
    public var panelColumn: Length = .mm(52)
    public var panelGap: Length = .mm(6)
    // Sections.
    public var sectionGap: Length = .mm(6)
    public var headingToRule: Length = .mm(1.2)
    public var sectionRule: Length = .pt(1.25)
    public var hairline: Length = .pt(0.5)
    // Notes.
    public var notesGap: Length = .mm(4)
    public var noteBar: Length = .pt(3)
    public var noteInset: Length = .mm(5)
    public var writingPitch: Length = .mm(10)
    public var writingLine: Length = .pt(0.6)
    // Running header and footer.
    public var headerRule: Length = .mm(15)
    public var headerToContent: Length = .mm(7)
    public var footerRule: Length = .mm(16)
    public var footerText: Length = .mm(1.8)
    // Columns and cards.
    public var columnGap: Length = .mm(6)
    public var rowGap: Length = .mm(6)
    public var cardRadius: Length = .mm(2.5)
    public var cardHeight: Length = .mm(91)
    public var cardInset: Length = .mm(4.5)
    public var tickZone: Length = .mm(14.5)
    // Tables (tracker, compact).
    public var nameColumn: Length = .mm(86)
    public var sideColumn: Length = .mm(15)
    public var dayColumn: Length = .mm(21.5)
    public var headerRow: Length = .mm(14)
    public var bandRow: Length = .mm(5.5)
    public var stepRow: Length = .mm(13.5)
    public var sideRow: Length = .mm(9)
    public var notesRow: Length = .mm(18)
    public var panelLine: Length = .pt(2)

    public init() {}

    /// Any spacing of at least zero.
    static let allowed: ClosedRange<Length>? = nil

    static let keys: [String: WritableKeyPath<Spacing, Length> & Sendable] = [
        "badge-column": \.badgeColumn, "badge-diameter": \.badgeDiameter, "gutter": \.gutter,
        "ticks-column": \.ticksColumn, "step-padding": \.stepPadding, "name-to-dose": \.nameToDose,
        "dose-to-instructions": \.doseToInstructions, "instructions-to-notes": \.instructionsToNotes,
        "provider-to-title": \.providerToTitle, "title-to-subtitle": \.titleToSubtitle,
        "subtitle-to-fields": \.subtitleToFields, "field-height": \.fieldHeight,
        "date-field-width": \.dateFieldWidth, "field-gap": \.fieldGap, "fields-to-panel": \.fieldsToPanel,
        "field-line": \.fieldLine, "panel-inset-x": \.panelInsetX, "panel-inset-y": \.panelInsetY,
        "panel-radius": \.panelRadius, "panel-column": \.panelColumn, "panel-gap": \.panelGap,
        "section-gap": \.sectionGap, "heading-to-rule": \.headingToRule, "section-rule": \.sectionRule,
        "hairline": \.hairline, "notes-gap": \.notesGap, "note-bar": \.noteBar, "note-inset": \.noteInset,
        "writing-pitch": \.writingPitch, "writing-line": \.writingLine,
        "header-rule": \.headerRule, "header-to-content": \.headerToContent, "footer-rule": \.footerRule,
        "footer-text": \.footerText, "column-gap": \.columnGap, "row-gap": \.rowGap,
        "card-radius": \.cardRadius, "card-height": \.cardHeight, "card-inset": \.cardInset,
        "tick-zone": \.tickZone, "name-column": \.nameColumn, "side-column": \.sideColumn,
        "day-column": \.dayColumn, "header-row": \.headerRow, "band-row": \.bandRow, "step-row": \.stepRow,
        "side-row": \.sideRow, "notes-row": \.notesRow, "panel-line": \.panelLine,
    ]
}
