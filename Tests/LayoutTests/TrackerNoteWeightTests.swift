import Foundation
import Routine
import XCTest

@testable import Layout

/// The tracker's notes: a short safety note in bold, as the design shows it; a long paragraph
/// in the regular weight, which reads better than lines of bold.
final class TrackerNoteWeightTests: XCTestCase {
    func testAShortNoteIsBoldAndALongOneRegular() throws {
        let short = "Stop if pain spreads down the leg."
        let long = Array(repeating: "Move slowly and breathe out as you stretch; never bounce.", count: 5)
            .joined(separator: " ")
        var routine = Routine(
            title: "Log", sections: [Section(title: nil, steps: [Step(name: "Bridge", dose: Dose(reps: 10))])])
        routine.notes = [short, long]
        for layout in ["tracker", "compact"] {
            let definition = try AllLayoutsTests.library.load(layout)
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            let runs = sheet.pages.flatMap(\.textRuns)
            let shortRuns = runs.filter { $0.source == TextSource(.note(1)) }
            let longRuns = runs.filter { $0.source == TextSource(.note(2)) }
            XCTAssertEqual(shortRuns.map(\.text).joined(separator: " "), short, layout)
            XCTAssertGreaterThan(longRuns.count, TrackerComposer.boldNoteLines, layout)
            XCTAssertTrue(shortRuns.allSatisfy { $0.font.weight == .bold }, layout)
            XCTAssertTrue(longRuns.allSatisfy { $0.font.weight == .regular }, layout)
        }
    }
}
