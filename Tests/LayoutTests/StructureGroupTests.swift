import Foundation
import Routine
import XCTest

@testable import Layout

/// The display list's item groups: what a tagged PDF's structure is built from.
final class StructureGroupTests: XCTestCase {
    func routine(steps: Int) -> Routine {
        Routine(
            title: "Test", subtitle: "Sub", client: "Jane Doe", provider: "Clinic", intro: "Intro text.",
            frequency: "Daily",
            sections: [
                Section(title: "First", steps: (1...steps).map { Step(name: "Step \($0)", dose: Dose(reps: 3)) })
            ],
            notes: ["Stop if it hurts."])
    }

    func texts(_ page: Page, _ group: ItemGroup) -> [String] {
        group.items.compactMap { if case .text(let run) = page.items[$0] { run.text } else { nil } }
    }

    func testGroupsFollowTheSheetsOrderAndDoNotOverlap() throws {
        let sheet = SheetLayout(definition: LayoutDefinition(), measurer: FixedWidthMeasurer())
            .layout(routine(steps: 4))
        let page = try XCTUnwrap(sheet.pages.first)
        let roles = page.groups.map(\.role)
        XCTAssertEqual(roles.first, .title)
        let headings = page.groups.filter { $0.role == .heading }.map { texts(page, $0).first }
        XCTAssertEqual(headings, ["First", "Notes"])
        let steps = page.groups.filter { $0.role == .step }
        XCTAssertEqual(steps.map { texts(page, $0).first }, ["1", "2", "3", "4"])
        XCTAssertEqual(steps.map { texts(page, $0).dropFirst().first }, ["Step 1", "Step 2", "Step 3", "Step 4"])
        XCTAssertTrue(texts(page, page.groups[0]).contains("Test"))
        XCTAssertTrue(texts(page, page.groups[0]).contains("Jane Doe"))
        for (a, b) in zip(page.groups, page.groups.dropFirst()) {
            XCTAssertLessThanOrEqual(a.items.upperBound, b.items.lowerBound)
        }
        // The heading comes before its first step.
        let heading = try XCTUnwrap(page.groups.firstIndex { $0.role == .heading })
        let firstStep = try XCTUnwrap(page.groups.firstIndex { $0.role == .step })
        XCTAssertLessThan(heading, firstStep)
    }

    func testAStepSplitAcrossPagesKeepsItsRole() throws {
        let many = Step(name: "Long", dose: Dose(reps: 50, sets: 10, sides: .each))
        var routine = routine(steps: 1)
        routine.sections[0].steps = [many]
        let sheet = SheetLayout(definition: LayoutDefinition(), measurer: FixedWidthMeasurer()).layout(routine)
        XCTAssertGreaterThan(sheet.pages.count, 1)
        for page in sheet.pages.dropFirst() where page.checkboxes.count > 0 {
            let boxes = page.items.indices.filter { if case .checkbox = page.items[$0] { true } else { false } }
            let stepItems = page.groups.filter { $0.role == .step }.flatMap { Array($0.items) }
            XCTAssertTrue(Set(boxes).isSubset(of: Set(stepItems)), "boxes outside the continued step")
        }
    }

    func testGroupsAreNotPartOfTheEncodedDisplayList() throws {
        let sheet = SheetLayout(definition: LayoutDefinition(), measurer: FixedWidthMeasurer())
            .layout(routine(steps: 1))
        let json = String(decoding: try JSONEncoder().encode(sheet.pages[0]), as: UTF8.self)
        XCTAssertFalse(json.contains("groups"))
        XCTAssertFalse(sheet.pages[0].groups.isEmpty)
    }
}
