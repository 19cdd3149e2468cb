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
