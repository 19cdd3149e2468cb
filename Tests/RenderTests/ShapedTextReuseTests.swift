import Foundation
import RepSheet
import XCTest

/// Text shaped once is reused for measuring and drawing, across pages, sheets and formats; the
/// output must be exactly what a fresh maker draws.
final class ShapedTextReuseTests: XCTestCase {
    let examples = ["back-stretches", "back-stretches-ar", "back-stretches-es"]

    func testAMakerThatDrewOtherSheetsDrawsTheSameBytesAsAFreshOne() throws {
        let reused = try SheetMaker()
        for name in examples {
            _ = try reused.render(try reused.loadRoutine(path: name), options: SheetOptions(format: .pdf))
        }
        for name in examples {
            let fresh = try SheetMaker()
            for format in [OutputFormat.pdf, .png, .svg] {
                let options = SheetOptions(format: format, dpi: 40)
                let expected = try fresh.render(try fresh.loadRoutine(path: name), options: options)
                let actual = try reused.render(try reused.loadRoutine(path: name), options: options)
                XCTAssertEqual(actual.count, expected.count, "\(name) \(format)")
                for (page, (drawn, wanted)) in zip(actual, expected).enumerated() {
                    XCTAssertTrue(
                        comparable(drawn, format) == comparable(wanted, format),
                        "page \(page + 1) of \(name) as \(format) differs after the maker drew other sheets")
                }
            }
        }
    }

    func testCardsAfterClassicAndClassicAfterCards() throws {
        var cards = SheetOptions(format: .pdf)
        cards.layout = "cards"
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: "back-stretches")
        let classicFirst = try maker.render(routine, options: SheetOptions(format: .pdf))
        let cardsAfter = try maker.render(routine, options: cards)
        let other = try SheetMaker()
        let same = try other.loadRoutine(path: "back-stretches")
        XCTAssertEqual(try other.render(same, options: cards), cardsAfter)
        XCTAssertEqual(try other.render(same, options: SheetOptions(format: .pdf)), classicFirst)
    }

    /// The bytes to compare: Cairo numbers SVG surfaces with a counter that runs across the
    /// whole process, so an SVG's surface ids depend on what was drawn before it.
    private func comparable(_ data: Data, _ format: OutputFormat) -> Data {
        guard format == .svg else { return data }
        let text = String(decoding: data, as: UTF8.self)
        let normalized = text.replacingOccurrences(of: "surface[0-9]+", with: "surface", options: .regularExpression)
        return Data(normalized.utf8)
    }
}
