import Foundation
import Routine
import XCTest

@testable import Layout

/// The cards layout's header: the title beside Name and Date, or across the page above them.
final class CardHeaderTests: XCTestCase {
    func sheet(title: String, intro: String?, frequency: String?) throws -> Sheet {
        var definition = try AllLayoutsTests.library.load("cards")
        definition.page.size = try XCTUnwrap(PaperSize.named("letter"))
        var routine = Routine(
            title: title, client: "Maria Lopez", date: CalendarDate(year: 2026, month: 12, day: 1),
            sections: [Section(title: nil, steps: [Step(name: "Bridge", dose: Dose(reps: 3))])])
        routine.intro = intro
        routine.frequency = frequency
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    /// A sweep's hundred-letter title stood eight lines tall beside the fields; across the page it
    /// takes three, the fields under it. A short title stays beside them.
    func testALongTitleGoesAcrossThePageAboveTheFields() throws {
        let long =
            "Post-operative Rotator Cuff Repair Rehabilitation Protocol Phase Two Active-Assisted Range of Motion"
        let page = try XCTUnwrap(try sheet(title: long, intro: nil, frequency: nil).pages.first)
        let name = try XCTUnwrap(page.textRuns.first { $0.text == "Name" })
        let titleRuns = page.textRuns.filter { $0.frame.maxY <= name.frame.minY + .pt(0.01) }
        XCTAssertFalse(titleRuns.isEmpty, "the title stands above the Name field")
        XCTAssertLessThanOrEqual(titleRuns.count, 4, "\(titleRuns.map(\.text))")

        let short = try XCTUnwrap(try sheet(title: "Back Stretches", intro: nil, frequency: nil).pages.first)
        let title = try XCTUnwrap(short.textRuns.first { $0.text == "Back Stretches" })
        let beside = try XCTUnwrap(short.textRuns.first { $0.text == "Name" })
        XCTAssertLessThan(beside.frame.minY, title.frame.maxY, "Name beside a short title")
    }

    /// Without an intro, "HOW OFTEN" and the frequency start at the panel's left, not in a column
    /// at its right beside nothing.
    func testAFrequencyWithoutAnIntroStartsAtThePanelsLeft() throws {
        let page = try XCTUnwrap(
            try sheet(title: "Back", intro: nil, frequency: "Three times daily").pages.first)
        let label = try XCTUnwrap(page.textRuns.first { $0.text.uppercased() == "HOW OFTEN" })
        let title = try XCTUnwrap(page.textRuns.first { $0.text == "Back" })
        XCTAssertLessThan(label.frame.minX - title.frame.minX, .mm(10), "label at \(label.frame.minX)")
    }
}
