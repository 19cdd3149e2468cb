import Foundation
import Routine
import XCTest

@testable import Layout

/// A title's long word is set whole where the title may be set a little smaller: large print on
/// narrow paper no longer breaks "Schulterstabilisierungsprogramm" in two.
final class TitleWordFitTests: XCTestCase {
    let setter = TextSetter(measurer: FixedWidthMeasurer())
    let font = FontSpec(family: "Test", size: .pt(20), weight: .bold)

    func testAWordWiderThanTheLineSetsTheFontSmaller() {
        // 20 letters at 11 pt each (0.55 em of 20 pt) are 220 pt wide; 200 pt fit at 90 %.
        let fitted = setter.fittingWords("Kniegelenksbeugungen nach", font: font, width: .pt(200))
        XCTAssertEqual(fitted.size.points, 20 * 200 / 220 * 0.995, accuracy: 0.001)
        XCTAssertLessThanOrEqual(FixedWidthMeasurer().width(of: "Kniegelenksbeugungen", font: fitted).points, 200)
    }

    func testWordsThatFitKeepTheFont() {
        XCTAssertEqual(setter.fittingWords("Back stretches for the morning", font: font, width: .pt(120)), font)
    }

    func testTheFontShrinksNoFurtherThanThreeQuarters() {
        let fitted = setter.fittingWords("Schulterstabilisierungsprogramm", font: font, width: .pt(100))
        XCTAssertEqual(fitted.size.points, 15, accuracy: 0.001)
    }

    /// Every built-in header on A5: the title's longest word is set whole, smaller where it must be.
    func testEveryLayoutsTitleKeepsItsLongestWordWhole() throws {
        let word = "Kniegelenksübungen"
        let routine = Routine(
            title: "\(word) nach Luxation", sections: [Section(title: nil, steps: [Step(name: "Pendel")])])
        var shrunk: [String] = []
        for name in ["classic", "cards", "tracker", "large-print", "compact"] {
            var definition = try AllLayoutsTests.library.load(name)
            definition.page.size = try XCTUnwrap(PaperSize.named("a5"))
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            let runs =
                sheet.pages.first?.items.compactMap { item -> TextRun? in
                    if case .text(let run) = item, run.source?.field == .title { return run }
                    return nil
                } ?? []
            XCTAssertTrue(runs.contains { $0.text.hasPrefix(word) }, "\(name): \(runs.map(\.text))")
            let size = try XCTUnwrap(runs.first, name).font.size
            XCTAssertLessThanOrEqual(size, definition.type.title, name)
            if size < definition.type.title { shrunk.append(name) }
        }
        XCTAssertTrue(shrunk.contains("large-print"), "\(shrunk)")
    }
}
