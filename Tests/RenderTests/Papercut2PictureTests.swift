import Foundation
import RepSheet
import XCTest

/// Issue 21, items 6 and 7: card figures clear of their band's top and drawn large; large print
/// draws pictures and figures larger than classic, in proportion to its type.
final class Papercut2PictureTests: XCTestCase {
    static let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path
    static let mm = Length.mm(1).points

    /// The union of the figure's shapes (not the band's tint, nor its edge) inside `band`.
    func figureBounds(on page: Page, in band: Rect, tint: Color) -> Rect? {
        let shapes = page.items.filter {
            if case .shape(let shape) = $0, shape.fill != tint, band.contains($0.frame) { return true }
            return false
        }
        guard !shapes.isEmpty else { return nil }
        let frames = shapes.map(\.frame)
        let minX = frames.map(\.minX).min() ?? .zero, maxX = frames.map(\.maxX).max() ?? .zero
        let minY = frames.map(\.minY).min() ?? .zero, maxY = frames.map(\.maxY).max() ?? .zero
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    func testCardFiguresKeepAMarginAtTheTopOfTheirBandAndEachSideFiguresAreLarge() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Self.example)
        let definition = try maker.layoutDefinition(named: "cards", for: routine)
        let sheet = try maker.layout(routine, definition: definition)
        var checked = 0
        for page in sheet.pages {
            for item in page.items {
                guard case .box(let box) = item, box.stroke != nil, box.fill == nil,
                    box.cornerRadius == definition.spacing.cardRadius, box.frame.width < page.size.width / 2
                else { continue }
                let band = Rect(
                    x: box.frame.minX, y: box.frame.minY, width: box.frame.width, height: definition.picture.height)
                guard let figure = figureBounds(on: page, in: band, tint: definition.colors.tint) else { continue }
                checked += 1
                let top = (figure.minY - band.minY).points / Self.mm
                XCTAssertGreaterThanOrEqual(top, 2.9, "the figure touches the top of its band: \(top) mm")
                let labels = page.textRuns.filter {
                    band.contains($0.frame) && ($0.text == "Left" || $0.text == "Right")
                }
                if !labels.isEmpty {
                    // Left and Right figures: each at least 11 mm tall (they were 8–10 mm).
                    XCTAssertGreaterThanOrEqual(figure.height.points / Self.mm, 11, "each-side figures too small")
                }
            }
        }
        XCTAssertEqual(checked, routine.allSteps.count)
    }

    /// The height of the first tinted picture slot (a box filled with the tint) on the sheet.
    func slotHeights(_ layout: String, routine: Routine, maker: SheetMaker) throws -> [Double] {
        var definition = try maker.layoutDefinition(named: layout, for: routine)
        definition.picture.figures = true
        let sheet = try maker.layout(routine, definition: definition)
        let images = sheet.pages.flatMap(\.items).compactMap { if case .image(let image) = $0 { image } else { nil } }
        XCTAssertFalse(images.isEmpty, layout)
        return images.map { $0.frame.height.points / Self.mm }
    }

    func testLargePrintDrawsPicturesLargerInProportionToItsType() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("examples/back-stretches-pictures.yaml").path)
        let classic = try slotHeights("classic", routine: routine, maker: maker)
        let large = try slotHeights("large-print", routine: routine, maker: maker)
        let ratio = 17.0 / 12.5
        XCTAssertEqual(classic.count, large.count)
        for (small, big) in zip(classic, large) {
            XCTAssertEqual(big, small * ratio + 4 * (ratio - 1), accuracy: 0.5, "picture \(small) mm → \(big) mm")
        }
    }
}
