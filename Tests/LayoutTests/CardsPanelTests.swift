import Foundation
import Routine
import XCTest

@testable import Layout

/// The cards layout's panel: the frequency is a chip when it fits, wrapped bold text when not.
final class CardsPanelTests: XCTestCase {
    func sheet(frequency: String) throws -> Sheet {
        let definition = try AllLayoutsTests.library.load("cards")
        let routine = Routine(
            title: "T", intro: "Intro.", frequency: frequency,
            sections: [Section(title: nil, steps: [Step(name: "One", dose: Dose(reps: 3))])])
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    func testOnANarrowPageTheIntroSpansThePanelWithHowOftenUnderIt() throws {
        var definition = try AllLayoutsTests.library.load("cards")
        definition.page.size = Size(width: .inches(5.5), height: .inches(8.5))
        let intro = "Hold most stretches for 30 seconds and do each one 3 times."
        let routine = Routine(
            title: "T", intro: intro, frequency: "Daily",
            sections: [Section(title: nil, steps: [Step(name: "One", dose: Dose(reps: 3))])])
        let runs = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine).pages[0]
            .textRuns
        let label = try XCTUnwrap(runs.first { $0.text == "HOW OFTEN" })
        let chip = try XCTUnwrap(runs.first { $0.text == "Daily" })
        let introLines = runs.filter { intro.contains($0.text) && $0.text.count > 3 }
        XCTAssertGreaterThan(label.frame.minY, try XCTUnwrap(introLines.map(\.frame.maxY).max()))
        XCTAssertEqual(chip.origin.y.points, label.origin.y.points, accuracy: 2, "label and chip share a line")
        XCTAssertGreaterThan(chip.frame.minX, label.frame.maxX)
    }

    func testShortFrequencyIsAChip() throws {
        let runs = try sheet(frequency: "Daily").pages[0].textRuns
        XCTAssertTrue(runs.contains { $0.text == "Daily" })
    }

    func testLongFrequencyWrapsInsteadOfBeingCutShort() throws {
        let frequency = "Una o dos veces al día, por la mañana y por la noche"
        let runs = try sheet(frequency: frequency).pages[0].textRuns
        XCTAssertFalse(runs.contains { $0.text.hasSuffix("…") }, "the frequency was cut short")
        let words = runs.map(\.text).joined(separator: " ")
        XCTAssertTrue(words.contains("Una o dos veces") && words.contains("noche"), words)
    }
}

/// The cards header's Name and Date fields: as wide as the client's name needs, never cutting a
/// name that fits the line; a name too long for the column puts the fields in a row under the title.
final class CardsHeaderTests: XCTestCase {
    func sheet(client: String, title: String = "Back Arthritis - Bridging Progression") throws -> Sheet {
        let definition = try AllLayoutsTests.library.load("cards")
        let routine = Routine(
            title: title, client: client, date: CalendarDate(year: 2026, month: 12, day: 1),
            sections: [Section(title: nil, steps: [Step(name: "One", dose: Dose(reps: 3))])])
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    func testALongNameIsShownWholeBesideTheTitle() throws {
        let client = "Alexandra Montgomery-Fitzgerald"
        let runs = try sheet(client: client).pages[0].textRuns
        let name = try XCTUnwrap(runs.first { $0.text == client }, "the name was cut: \(runs.map(\.text))")
        let title = try XCTUnwrap(runs.first { $0.text.hasPrefix("Back") })
        XCTAssertEqual(name.frame.minY.points, title.frame.minY.points, accuracy: 20, "the name stays beside the title")
        XCTAssertFalse(runs.contains { $0.text.hasSuffix("…") })
        XCTAssertTrue(runs.contains { $0.text == "2026-12-01" })
    }

    func testANameTooLongForTheColumnGoesUnderTheTitleWhole() throws {
        let client = "Alexandra Montgomery-Fitzgerald-Whitfield"
        let runs = try sheet(client: client).pages[0].textRuns
        let name = try XCTUnwrap(runs.first { $0.text == client }, "the name was cut: \(runs.map(\.text))")
        let title = runs.filter { $0.font.size > .pt(20) }
        XCTAssertGreaterThan(name.frame.minY, try XCTUnwrap(title.map(\.frame.maxY).max()))
        let date = try XCTUnwrap(runs.first { $0.text == "2026-12-01" })
        XCTAssertEqual(date.origin.y.points, name.origin.y.points, accuracy: 0.01, "Name and Date share a row")
    }

    func testANameLongerThanTheRowLeavesTakesTheFullWidthWithDateBelow() throws {
        let client = "Maria de los Angeles Fernandez-Castillo de la Torre y Villanueva"
        let runs = try sheet(client: client).pages[0].textRuns
        let name = try XCTUnwrap(runs.first { $0.text == client }, "the name was cut: \(runs.map(\.text))")
        let date = try XCTUnwrap(runs.first { $0.text == "2026-12-01" })
        XCTAssertGreaterThan(date.origin.y, name.origin.y)
        XCTAssertFalse(date.frame.overlaps(name.frame))
    }

    func testAShortNameKeepsTheDesignsColumn() throws {
        let runs = try sheet(client: "Maria Lopez").pages[0].textRuns
        let label = try XCTUnwrap(runs.first { $0.text == "Name" })
        let definition = try AllLayoutsTests.library.load("cards")
        let content = definition.pageSize.width - definition.margins.left - definition.margins.right
        XCTAssertEqual(
            label.origin.x.points, (definition.margins.left + content - .mm(70)).points, accuracy: 0.01)
    }
}
