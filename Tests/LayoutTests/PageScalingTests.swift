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

    func testClassicShrinksOnHalfLetterAndLargePrintKeepsItsSize() throws {
        let classic = try AllLayoutsTests.library.load("classic").resized(to: halfLetter)
        XCTAssertEqual(classic.type.body.points, 12.5 * PageScaling.least, accuracy: 0.01)
        XCTAssertEqual(classic.checkbox.size.millimetres, 6 * PageScaling.least, accuracy: 0.01)
        XCTAssertEqual(classic.pageSize, halfLetter)
        let largePrint = try AllLayoutsTests.library.load("large-print").resized(to: halfLetter)
        XCTAssertEqual(largePrint.type.body, .pt(17))
        XCTAssertEqual(largePrint.checkbox.size, .mm(9))
        XCTAssertEqual(largePrint.pageSize, halfLetter)
    }
}
