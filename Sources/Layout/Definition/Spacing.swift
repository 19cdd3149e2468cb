/// Column widths and vertical gaps of a sheet.
package struct Spacing: Sendable, Hashable, LengthTable {
    // Step grid.
    package var badgeColumn: Length = .mm(12)
    package var badgeDiameter: Length = .mm(8)
    package var gutter: Length = .mm(8)
    package var ticksColumn: Length = .mm(57)
    package var stepPadding: Length = .mm(4)
    package var nameToDose: Length = .mm(1.2)
    package var doseToInstructions: Length = .mm(1.8)
    package var instructionsToNotes: Length = .mm(1.5)
    // Page 1 header.
    package var providerToTitle: Length = .mm(2)
    package var titleToSubtitle: Length = .mm(1.5)
    package var subtitleToFields: Length = .mm(4)
    package var fieldHeight: Length = .mm(9)
    package var dateFieldWidth: Length = .mm(62)
    package var fieldGap: Length = .mm(10)
    package var fieldsToPanel: Length = .mm(6)
    package var fieldLine: Length = .pt(0.75)
    // Panel.
    package var panelInsetX: Length = .mm(6)
    package var panelInsetY: Length = .mm(5)
    package var panelRadius: Length = .mm(1.5)
    package var panelColumn: Length = .mm(52)
    package var panelGap: Length = .mm(6)
    // Sections.
    package var sectionGap: Length = .mm(6)
    package var headingToRule: Length = .mm(1.2)
    package var sectionRule: Length = .pt(1.25)
    package var hairline: Length = .pt(0.5)
    // Notes.
    package var notesGap: Length = .mm(4)
    package var noteBar: Length = .pt(3)
    package var noteInset: Length = .mm(5)
    package var writingPitch: Length = .mm(10)
    package var writingLine: Length = .pt(0.6)
    // Running header and footer.
    package var headerRule: Length = .mm(15)
    package var headerToContent: Length = .mm(7)
    package var footerRule: Length = .mm(16)
    package var footerText: Length = .mm(1.8)
    // Columns and cards.
    package var columnGap: Length = .mm(6)
    package var rowGap: Length = .mm(6)
    package var cardRadius: Length = .mm(2.5)
    package var cardHeight: Length = .mm(91)
    package var cardInset: Length = .mm(4.5)
    package var tickZone: Length = .mm(14.5)
    // Tables (tracker, compact).
    package var nameColumn: Length = .mm(86)
    package var sideColumn: Length = .mm(15)
    package var dayColumn: Length = .mm(21.5)
    package var headerRow: Length = .mm(14)
    package var bandRow: Length = .mm(5.5)
    package var stepRow: Length = .mm(13.5)
    package var sideRow: Length = .mm(9)
    package var notesRow: Length = .mm(18)
    package var panelLine: Length = .pt(2)

    package init() {}

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
