import Foundation
import XCTest

@testable import Layout

/// A layout drawn on smaller paper than its own shrinks with it, within limits; large print does not.
final class PageScalingTests: XCTestCase {
    let letter = Size(width: .inches(8.5), height: .inches(11))
    let halfLetter = Size(width: .inches(5.5), height: .inches(8.5))

    func testTheFactorFollowsTheAreaWithinItsLimits() throws {
        XCTAssertEqual(PageScaling.factor(designed: letter, actual: letter), 1)
        XCTAssertEqual(PageScaling.factor(designed: letter, actual: try XCTUnwrap(PaperSize.named("a4"))), 1)
        XCTAssertEqual(PageScaling.factor(designed: letter, actual: halfLetter), PageScaling.least)
        let slightlySmaller = Size(width: .inches(8.5), height: .inches(10))
        XCTAssertEqual(
            PageScaling.factor(designed: letter, actual: slightlySmaller), (10.0 / 11).squareRoot(), accuracy: 1e-9)
    }

    func testClassicShrinksOnHalfLetterAndLargePrintKeepsItsTypeSize() throws {
        let classic = try AllLayoutsTests.library.load("classic").resized(to: halfLetter)
        XCTAssertEqual(classic.type.body.points, 12.5 * PageScaling.least, accuracy: 0.01)
        XCTAssertEqual(classic.checkbox.size.millimetres, max(4, 6 * PageScaling.least), accuracy: 0.01)
        // Margins shrink with everything else.
        XCTAssertEqual(classic.margins.left.millimetres, 20 * PageScaling.least, accuracy: 0.01)
        XCTAssertEqual(classic.pageSize, halfLetter)
        let largePrint = try AllLayoutsTests.library.load("large-print").resized(to: halfLetter)
        XCTAssertEqual(largePrint.type.body, .pt(17))
        // Headings shrink, never below the body's size; type no larger than the body keeps its size.
        XCTAssertEqual(largePrint.type.title.points, 40 * PageScaling.leastSpacing, accuracy: 0.01)
        XCTAssertEqual(largePrint.type.dose, .pt(17))
        XCTAssertEqual(largePrint.type.small, .pt(16))
        XCTAssertEqual(largePrint.checkbox.size.millimetres, 9 * PageScaling.leastSpacing, accuracy: 0.01)
        XCTAssertEqual(largePrint.margins.left.millimetres, 18 * PageScaling.leastSpacing, accuracy: 0.01)
        XCTAssertEqual(largePrint.spacing.stepPadding.millimetres, 5 * PageScaling.leastSpacing, accuracy: 0.01)
        XCTAssertEqual(largePrint.pageSize, halfLetter)
        // On its own paper nothing changes.
        let onLetter = try AllLayoutsTests.library.load("large-print").resized(to: letter)
        XCTAssertEqual(onLetter.checkbox.size, .mm(9))
        XCTAssertEqual(onLetter.margins.left, .mm(18))
    }

    func testScaleToPageTakesAFlagOrSpacing() throws {
        let read = { (value: String) in
            try AllLayoutsTests.library.load(text: "name: mine\nscale-to-page: \(value)\n", file: "mine.yaml")
                .pageScaling
        }
        XCTAssertEqual(try read("true"), .everything)
        XCTAssertEqual(try read("no"), .nothing)
        XCTAssertEqual(try read("spacing"), .spacing)
        XCTAssertThrowsError(try read("some")) { error in
            XCTAssertTrue("\(error)".contains("true, false or spacing"), "\(error)")
        }
    }
}
