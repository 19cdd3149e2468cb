import Foundation
import Routine
import XCTest

@testable import Layout

/// Name and Date keep clear of each other whatever the size of their type: a field is at least as
/// tall as its words need, and a field stacked under another clears that one's line.
final class FieldRoomTests: XCTestCase {
    func sheet(_ layout: String, size: Length, paper: String = "letter") throws -> Sheet {
        var definition = try AllLayoutsTests.library.load(layout)
        definition.page.size = try XCTUnwrap(PaperSize.named(paper))
        for path in TypeScale.keys.values { definition.type[keyPath: path] = size }
        let routine = Routine(
            title: "Back", client: "Maria Lopez", date: CalendarDate(year: 2026, month: 12, day: 1),
            sections: [Section(title: nil, steps: [Step(name: "Bridge", dose: Dose(reps: 3))])])
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    func testStackedFieldsInSeventyTwoPointDoNotOverlap() throws {
        for layout in ["classic", "cards", "large-print"] {
            let runs = try XCTUnwrap(try sheet(layout, size: .pt(72)).pages.first).textRuns
            // A label too wide for its half of the field is cut short ("Na…").
            let name = try XCTUnwrap(runs.first { $0.text.hasPrefix("Na") }, "\(layout): \(runs.map(\.text))")
            let date = try XCTUnwrap(runs.first { $0.text.hasPrefix("D") }, "\(layout): \(runs.map(\.text))")
            let apart =
                name.frame.maxX <= date.frame.minX || date.frame.maxX <= name.frame.minX
                || name.frame.maxY <= date.frame.minY || date.frame.maxY <= name.frame.minY
            XCTAssertTrue(apart, "\(layout): Name \(name.frame) and Date \(date.frame) overlap")
        }
    }

    /// A field's words stand over its line, their descenders clear of it.
    func testWordsInSeventyTwoPointStayAboveTheirLine() throws {
        let page = try XCTUnwrap(try sheet("classic", size: .pt(72)).pages.first)
        let name = try XCTUnwrap(page.textRuns.first { $0.text.hasPrefix("Na") })
        let line = try XCTUnwrap(
            page.items.compactMap { item -> Rule? in
                if case .rule(let rule) = item, rule.from.y == rule.to.y, rule.from.y > name.origin.y - .mm(1) {
                    return rule
                }
                return nil
            }.min { $0.from.y < $1.from.y })
        // Descenders ("p", "g") reach about a fifth of the type size under the baseline.
        XCTAssertLessThanOrEqual(name.origin.y + name.font.size * 0.2, line.from.y)
    }

    /// A Name row under the title widens its Date field for a date in large type, up to half
    /// the width, rather than cutting it short ("20…").
    func testTheDateBesideANameRowIsShownWhole() throws {
        for layout in ["cards", "tracker"] {
            let runs = try XCTUnwrap(try sheet(layout, size: .pt(26), paper: "a5").pages.first).textRuns
            XCTAssertTrue(runs.contains { $0.text == "2026-12-01" }, "\(layout): \(runs.map(\.text))")
            XCTAssertTrue(runs.contains { $0.text == "Maria Lopez" }, "\(layout): \(runs.map(\.text))")
        }
    }

    func testTheDesignedSizesKeepTheirFieldHeight() throws {
        for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
            let definition = try AllLayoutsTests.library.load(layout)
            XCTAssertEqual(
                definition.withRoomForFieldType().spacing.fieldHeight, definition.spacing.fieldHeight, layout)
        }
    }
}
