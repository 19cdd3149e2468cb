import Foundation
import Routine
import XCTest

@testable import Layout

/// A caution's outline cut by a page break is drawn under its words on both pages: PNG pages draw
/// items in order, so an outline listed after its text would paint over it.
final class ContainerOrderTests: XCTestCase {
    func testEveryBoxComesBeforeTheWordsInsideIt() throws {
        let caution = Array(
            repeating: "Stop at once if you feel shooting pain, pins and needles or numbness in the leg.", count: 6
        ).joined(separator: " ")
        var first = Step(name: "Bird dog", dose: Dose(reps: 10, sides: .each))
        first.instructions = .paragraph(
            Array(repeating: "On hands and knees, reach one arm and the opposite leg out.", count: 4)
                .joined(separator: " "))
        first.caution = caution
        var second = Step(name: "Bridge", dose: Dose(reps: 10))
        second.caution = caution
        let routine = Routine(title: "Long caution", sections: [Section(title: nil, steps: [first, second])])
        var cut = 0
        for layout in ["large-print", "classic", "cards"] {
            for size in ["a5", "half-letter", "letter"] {
                var definition = try AllLayoutsTests.library.load(layout)
                definition.page.size = try XCTUnwrap(PaperSize.named(size))
                let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
                for (number, page) in sheet.pages.enumerated() {
                    for (index, item) in page.items.enumerated() {
                        guard case .box(let box) = item, item.isContainer, let fill = box.fill else { continue }
                        let inside = page.items.indices.filter { other in
                            guard case .text = page.items[other] else { return false }
                            return box.frame.contains(page.items[other].frame)
                        }
                        if page.textRuns.contains(where: { $0.text.contains("(continued)") }) { cut += 1 }
                        let covered = inside.filter { $0 < index }.count
                        XCTAssertEqual(covered, 0, "\(layout) \(size) p. \(number + 1): \(fill) box over words")
                    }
                }
            }
        }
        XCTAssertGreaterThan(cut, 0, "no caution was cut: the test tests nothing")
    }
}
