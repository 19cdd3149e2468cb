import Foundation
import Routine
import XCTest

@testable import Layout

/// A long programme's step numbers fit their badges in every layout: step 100 reads "100",
/// set smaller, never "1…"; numbers that fit keep the layout's badge size.
final class NumberBadgeTests: XCTestCase {
    func testThreeDigitStepNumbersFitTheirBadges() throws {
        let steps = (1...104).map { "  - {name: Step \($0), reps: 2}" }.joined(separator: "\n")
        let routine = try RoutineLoader.load(
            text: "title: Long programme\nsteps:\n" + steps, fileName: "long.yaml", baseDirectory: nil)
        for name in AllLayoutsTests.library.names where name != "compact" {
            let definition = try AllLayoutsTests.library.load(name)
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            let runs = sheet.pages.flatMap(\.items).compactMap { item -> TextRun? in
                if case .text(let run) = item, run.color == .white { return run }
                return nil
            }
            let numbers = Set(runs.map(\.text))
            for number in ["1", "9", "10", "99", "100", "104"] {
                XCTAssertTrue(numbers.contains(number), "\(name): no badge reads \(number)")
            }
            XCTAssertFalse(runs.contains { $0.text.contains("…") }, "\(name): a badge number was cut short")
            let badgeSize = definition.type.badge
            for run in runs where run.text.count < 3 {
                XCTAssertEqual(run.font.size, badgeSize, "\(name): \(run.text)")
            }
            for run in runs where run.text.count == 3 {
                XCTAssertLessThan(run.font.size, badgeSize, "\(name): \(run.text)")
                XCTAssertLessThanOrEqual(run.width, definition.spacing.badgeDiameter * NumberBadge.room + .pt(0.01))
            }
        }
    }

    /// Compact numbers its steps "10." in the name's colour column: a space between number and
    /// name, and three-digit numbers whole.
    func testCompactNumbersStandApartFromTheirNames() throws {
        let steps = (1...101).map { "  - {name: Step \($0), reps: 2}" }.joined(separator: "\n")
        let routine = try RoutineLoader.load(
            text: "title: Long programme\nsteps:\n" + steps, fileName: "long.yaml", baseDirectory: nil)
        let definition = try AllLayoutsTests.library.load("compact")
        let runs = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine).pages
            .flatMap(\.items).compactMap { item -> TextRun? in
                if case .text(let run) = item { return run }
                return nil
            }
        for number in [10, 101] {
            let label = try XCTUnwrap(runs.first { $0.text == "\(number)." }, "no number \(number).")
            let name = try XCTUnwrap(runs.first { $0.text == "Step \(number)" })
            XCTAssertGreaterThanOrEqual(name.origin.x - label.frame.maxX, label.font.size * 0.25, "\(number)")
        }
        XCTAssertFalse(runs.contains { $0.text.hasSuffix("…") && $0.text.first?.isNumber == true })
    }
}
