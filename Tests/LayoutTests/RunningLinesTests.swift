import Foundation
import Routine
import XCTest

@testable import Layout

/// The running header and the footer stay on the paper whatever size their type: a layout that
/// sets every type size to 72 pt moves the header's rule down and the footer's rule up, and the
/// margins with them, so their words keep clear of the printer's edge and of the content.
final class RunningLinesTests: XCTestCase {
    func layout(size: Length) throws -> (Sheet, LayoutDefinition) {
        var definition = try AllLayoutsTests.library.load("classic")
        for path in TypeScale.keys.values { definition.type[keyPath: path] = size }
        let steps = (1...4).map { Step(name: "Step \($0)", dose: Dose(reps: 3)) }
        let routine = Routine(
            title: "Back Stretches", client: "Maria Lopez", provider: "Riverside Physical Therapy",
            sections: [Section(title: nil, steps: steps)])
        return (SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine), definition)
    }

    func testHeaderAndFooterInSeventyTwoPointStayInsideThePrintersEdge() throws {
        let (sheet, definition) = try layout(size: .pt(72))
        XCTAssertGreaterThan(sheet.pages.count, 1)
        let height = definition.pageSize.height
        for (index, page) in sheet.pages.enumerated() {
            let footer = try XCTUnwrap(page.textRuns.first { $0.text.hasPrefix("Page \(index + 1) of") })
            XCTAssertLessThanOrEqual(
                footer.frame.maxY, height - PageScaling.printerEdge, "page \(index + 1): the footer is clipped")
            guard index > 0 else { continue }
            let continued = try XCTUnwrap(page.textRuns.first { $0.text == "continued" })
            XCTAssertGreaterThanOrEqual(
                continued.frame.minY, PageScaling.printerEdge, "page \(index + 1): the header is clipped")
            let content = page.textRuns.filter { $0.text != "continued" && $0.frame.minY > continued.frame.minY }
                .filter { !$0.text.hasPrefix("Page ") && !$0.text.hasPrefix("Back") && !$0.text.hasPrefix(" —") }
            for run in content {
                XCTAssertGreaterThan(run.frame.minY, continued.frame.maxY, "\(run.text) runs into the header")
            }
        }
    }

    func testTheDesignedSizesKeepTheirRules() throws {
        let (sheet, definition) = try layout(size: .pt(10.5))
        XCTAssertEqual(definition.headerRuleY, definition.spacing.headerRule)
        XCTAssertEqual(definition.footerRuleInset, definition.spacing.footerRule)
        let footer = try XCTUnwrap(sheet.pages.first?.textRuns.first { $0.text.hasPrefix("Page 1 of") })
        XCTAssertGreaterThan(footer.frame.minY, definition.pageSize.height - definition.spacing.footerRule)
    }
}
