import Foundation
import Routine
import XCTest

@testable import Layout

/// A Notes block of hundreds of notes runs over many pages: every note once, in order, on pages
/// that stay inside their margins (the time it takes is measured by `make bench`).
final class LongNotesTests: XCTestCase {
    func routine(notes count: Int) -> Routine {
        Routine(
            title: "Notes", sections: [Section(title: nil, steps: [Step(name: "Bridge")])],
            notes: (1...count).map { "Note number \($0) is here." })
    }

    func testEveryNoteOnceInOrderOverManyPages() throws {
        let definition = LayoutDefinition()
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine(notes: 600))
        XCTAssertGreaterThan(sheet.pages.count, 5)
        let notes = sheet.pages.flatMap(\.textRuns).map(\.text).filter { $0.hasPrefix("Note number") }
        XCTAssertEqual(notes, (1...600).map { "Note number \($0) is here." })
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        // Each page after the first goes on under its running header, and the last is ruled to its foot.
        let last = try XCTUnwrap(sheet.pages.last)
        let lowestRule = last.items.compactMap { if case .rule(let rule) = $0 { rule.from.y } else { nil } }.max()
        XCTAssertGreaterThan(
            try XCTUnwrap(lowestRule),
            definition.pageSize.height - definition.margins.bottom - definition.spacing.writingPitch
                - .pt(1))
    }
}
