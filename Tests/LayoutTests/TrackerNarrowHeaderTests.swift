import Foundation
import Routine
import XCTest

@testable import Layout

/// The tracker's header on narrow paper: a portrait tracker on A5 puts the Name and "Week of"
/// fields in a row under the "Weekly log" line, as the cards layout does under a narrow title,
/// and shows the client's name and the start date whole.
final class TrackerNarrowHeaderTests: XCTestCase {
    func firstPage(client: String, size: String, orientation: PageSetup.Orientation) throws -> (
        [TextRun], LayoutDefinition
    ) {
        var definition = try AllLayoutsTests.library.load("tracker")
        definition.page.size = try XCTUnwrap(PaperSize.named(size) ?? PaperSize.parse(size))
        definition.page.orientation = orientation
        let routine = Routine(
            title: "After your knee replacement", client: client, date: CalendarDate("2026-12-01"),
            frequency: "Three times a day",
            sections: [Section(title: nil, steps: [Step(name: "Ankle pumps", dose: Dose(reps: 20))])])
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        return (try XCTUnwrap(sheet.pages.first).textRuns, definition)
    }

    func testAPortraitA5TrackerShowsTheNameAndStartDateWholeUnderTheHeading() throws {
        let client = "Robert Okafor-Templeton"
        let (runs, definition) = try firstPage(client: client, size: "a5", orientation: .portrait)
        let name = try XCTUnwrap(runs.first { $0.text == client }, "the name was cut: \(runs.map(\.text))")
        let date = try XCTUnwrap(runs.first { $0.text == "2026-12-01" }, "the date was cut: \(runs.map(\.text))")
        XCTAssertEqual(name.font.size, definition.type.field, "the name is not set smaller")
        XCTAssertFalse(name.frame.overlaps(date.frame), "Name and Week of stand apart")
        XCTAssertGreaterThanOrEqual(date.frame.minY, name.frame.minY, "Week of beside or under the name")
        let heading = try XCTUnwrap(runs.first { $0.text.hasPrefix("Weekly log") })
        XCTAssertTrue(heading.text.hasSuffix("Three times a day"), "the heading is one line: \(heading.text)")
        XCTAssertGreaterThan(name.frame.minY, heading.frame.maxY, "the fields go under the heading")
        XCTAssertLessThan(name.frame.minX, definition.margins.left + .mm(30), "Name starts at the left")
    }

    func testALandscapeLetterTrackerKeepsTheFieldsBesideTheHeading() throws {
        let (runs, _) = try firstPage(client: "Ann Lee", size: "letter", orientation: .landscape)
        let name = try XCTUnwrap(runs.first { $0.text == "Ann Lee" })
        let heading = try XCTUnwrap(runs.first { $0.text.hasPrefix("Weekly log") })
        XCTAssertLessThan(name.frame.minY, heading.frame.maxY, "the fields stand beside the heading")
        XCTAssertGreaterThan(name.frame.minX, heading.frame.maxX)
    }
}
