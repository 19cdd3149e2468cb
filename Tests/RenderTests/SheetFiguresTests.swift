import Foundation
import RepSheet
import XCTest

/// Catalogue figures on worksheets: in the cards' picture frames, Left and Right for each-side
/// steps, as vectors; on classic only when the layout asks for them.
final class SheetFiguresTests: XCTestCase {
    static let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path

    /// Each step card (not the full-width Notes card) and its picture band across the top.
    func cards(_ sheet: Sheet, definition: LayoutDefinition) -> [(page: Page, card: Rect, band: Rect)] {
        var found: [(Page, Rect, Rect)] = []
        for page in sheet.pages {
            for item in page.items {
                guard case .box(let box) = item, box.stroke != nil, box.fill == nil,
                    box.cornerRadius == definition.spacing.cardRadius, box.frame.width < page.size.width / 2
                else { continue }
                let band = Rect(
                    x: box.frame.minX, y: box.frame.minY, width: box.frame.width,
                    height: definition.picture.height)
                found.append((page, box.frame, band))
            }
        }
        return found
    }

    func testEveryCardOfBackStretchesShowsItsFigureWithLeftAndRightForEachSide() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Self.example)
        let definition = try maker.layoutDefinition(named: "cards", for: routine)
        let sheet = try maker.layout(routine, definition: definition)
        let cards = cards(sheet, definition: definition)
        let steps = routine.allSteps
        XCTAssertEqual(cards.count, steps.count)
        for (step, card) in zip(steps, cards) {
            let inside = card.page.items.filter { card.band.contains($0.frame) }
            let figureShapes = inside.filter {
                if case .shape(let shape) = $0 {
                    return shape.fill != definition.colors.tint
                } else {
                    return false
                }
            }
            XCTAssertGreaterThan(figureShapes.count, 5, "\(step.name): no figure in its picture frame")
            XCTAssertFalse(
                inside.contains {
                    if case .box(let box) = $0 { box.stroke == definition.colors.accentMid } else { false }
                },
                "\(step.name): still shows the empty-frame pictogram")
            let labels = inside.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
                .filter { $0 == "Left" || $0 == "Right" }
            if step.dose.sides == .each {
                XCTAssertEqual(labels, ["Left", "Right"], step.name)
                let middle = card.card.minX + card.card.width / 2
                XCTAssertTrue(
                    figureShapes.contains { $0.frame.maxX < middle }
                        && figureShapes.contains { $0.frame.minX > middle }, step.name)
            } else {
                XCTAssertEqual(labels, [], step.name)
            }
        }
    }

    func testCardsPDFHasNoRasterImages() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Tool.run(
            Tool.repsheet, ["render", Self.example, "--layout", "cards", "-o", "cards.pdf"], in: directory
        )
        XCTAssertEqual(result.status, 0, result.stderr)
        let images = try Tool.run(
            "pdfimages", ["-list", directory.appendingPathComponent("cards.pdf").path])
        XCTAssertEqual(images.status, 0, images.stderr)
        XCTAssertEqual(images.stdout.split(separator: "\n").count, 2, images.stdout)
    }

    func testClassicShowsFiguresOnlyWhenItsLayoutAsks() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Self.example)
        var definition = try maker.layoutDefinition(named: "classic", for: routine)
        let plain = try maker.layout(routine, definition: definition)
        XCTAssertEqual(plain.pages.count, 2)
        XCTAssertFalse(
            plain.pages.flatMap(\.items).contains { if case .shape = $0 { true } else { false } })
        definition.picture.figures = true
        let illustrated = try maker.layout(routine, definition: definition)
        let shapes = illustrated.pages.flatMap(\.items).filter {
            if case .shape = $0 { true } else { false }
        }
        XCTAssertGreaterThan(shapes.count, 30)
        for page in illustrated.pages {
            let boxes = page.items.filter { if case .checkbox = $0 { true } else { false } }
            let figures = page.items.filter { if case .shape = $0 { true } else { false } }
            for figure in figures {
                XCTAssertFalse(
                    boxes.contains { $0.frame.overlaps(figure.frame) }, "a figure overlaps a checkbox")
            }
        }
    }
}
