import Foundation
import Routine
import XCTest

@testable import Layout

/// The Name and Date fields share their line by what they hold: a client's name that fits the line
/// is never cut, and the Date field moves under it only when the name would not fit beside it.
final class NameDateFieldsTests: XCTestCase {
    func fields(client: String?, date: CalendarDate?, size: String = "letter") throws -> [TextRun] {
        var definition = LayoutDefinition()
        definition.page.size = try XCTUnwrap(PaperSize.parse(size))
        let routine = Routine(
            title: "Knee", client: client, provider: nil, date: date,
            sections: [Section(title: nil, steps: [Step(name: "Bridge")])])
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        return try XCTUnwrap(sheet.pages.first).textRuns
    }

    func run(_ runs: [TextRun], _ text: String) -> TextRun? { runs.first { $0.text == text } }

    func testAShortNameAndTheDateShareTheLineAsDesigned() throws {
        let runs = try fields(client: "Ann Lee", date: CalendarDate(year: 2026, month: 12, day: 1))
        let name = try XCTUnwrap(run(runs, "Ann Lee"))
        let date = try XCTUnwrap(run(runs, "2026-12-01"))
        XCTAssertEqual(name.origin.y, date.origin.y)
    }

    func testALongNameTakesRoomFromTheDateInsteadOfBeingCut() throws {
        let client = "Maria José Fernández Ortega de la Vega"
        let runs = try fields(client: client, date: CalendarDate(year: 2026, month: 12, day: 1))
        let name = try XCTUnwrap(run(runs, client), "the name was cut: \(runs.map(\.text))")
        let date = try XCTUnwrap(run(runs, "2026-12-01"))
        XCTAssertEqual(name.origin.y, date.origin.y, "both on one line")
        XCTAssertLessThan(name.frame.maxX, date.frame.minX)
    }

    func testANameTooLongToShareTheLineGetsALineOfItsOwn() throws {
        let client = "Bartholomew Montgomery-Fitzwilliam"
        let runs = try fields(client: client, date: nil, size: "5.5in x 8.5in")
        let name = try XCTUnwrap(run(runs, client), "the name was cut: \(runs.map(\.text))")
        let dateLabel = try XCTUnwrap(run(runs, "Date"))
        XCTAssertGreaterThan(dateLabel.origin.y, name.origin.y, "Date goes under the name")
    }

    /// A name too long even for a line of its own is set smaller before it would be cut, and
    /// cut only past three quarters of its size.
    func testANameTooLongForItsLineIsSetSmallerBeforeItIsCut() throws {
        let client = "María del Carmen Fernández-Villanueva Ortega"
        let runs = try fields(client: client, date: nil, size: "5.5in x 8.5in")
        let name = try XCTUnwrap(run(runs, client), "the name was cut: \(runs.map(\.text))")
        XCTAssertLessThan(name.font.size, LayoutDefinition().type.field)
        XCTAssertGreaterThanOrEqual(name.font.size.points, LayoutDefinition().type.field.points * 0.75 - 0.001)
        let longer = String(repeating: client + " ", count: 3)
        let cut = try fields(client: longer, date: nil, size: "5.5in x 8.5in")
        XCTAssertTrue(cut.contains { $0.text.hasPrefix("María del Carmen") && $0.text.hasSuffix("…") })
    }
}
