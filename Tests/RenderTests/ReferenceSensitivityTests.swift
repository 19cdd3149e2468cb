import Foundation
import RepSheet
import TestSupport
import XCTest

/// Proves the sharp reference images notice the smallest changes that matter: a step renamed by one
/// letter, one checkbox dropped, one box moved by 1 pt. Each change is made to back-stretches in the
/// classic layout, rendered as `ReferenceImageTests` renders it, and compared with the stored
/// reference of its first page: hundreds of pixels must differ, where the unchanged sheet differs in none.
final class ReferenceSensitivityTests: XCTestCase {
    static let reference = ReferenceImageTests.sharpFolder.appendingPathComponent("back-stretches.classic-1.png")
    static let options = SheetOptions(format: .png, dpi: ReferenceImageTests.sharpDPI, layout: "classic")

    func testTheUnchangedSheetMatchesItsReference() throws {
        let maker = try SheetMaker()
        let sheet = try maker.layout(maker.loadRoutine(path: "back-stretches"), options: Self.options)
        XCTAssertEqual(try differing(maker, sheet), 0)
    }

    func testARenamedStepIsNoticed() throws {
        let maker = try SheetMaker()
        let source = try String(
            contentsOfFile: XCTUnwrap(maker.resources.example(named: "back-stretches")), encoding: .utf8)
        XCTAssertTrue(source.contains("name: Pelvic tilts\n"))
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("back-stretches.yaml")
        try source.replacingOccurrences(of: "name: Pelvic tilts\n", with: "name: Pelvic tilt\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let routine = try maker.loadRoutine(path: file.path)
        let png = try XCTUnwrap(maker.render(routine, options: Self.options).first)
        let comparison = try ReferenceImage.comparison(png, reference: Self.reference, grey: true)
        print("\(name): \(comparison.summary(pixelsPerPoint: 2))")
        XCTAssertGreaterThanOrEqual(comparison.differing, 100, comparison.summary(pixelsPerPoint: 2))
        // Only the step's name changed: the differences lie on its line, right of "Pelvic tilt".
        let bounds = try XCTUnwrap(comparison.bounds)
        XCTAssertLessThan(bounds.height, 40, comparison.summary(pixelsPerPoint: 2))
    }

    func testADroppedCheckboxIsNoticed() throws {
        let maker = try SheetMaker()
        var sheet = try maker.layout(maker.loadRoutine(path: "back-stretches"), options: Self.options)
        let last = try XCTUnwrap(sheet.pages[0].items.lastIndex { if case .checkbox = $0 { true } else { false } })
        sheet.pages[0].items.remove(at: last)
        XCTAssertGreaterThanOrEqual(try differing(maker, sheet), 100)
    }

    func testABoxMovedByOnePointIsNoticed() throws {
        let maker = try SheetMaker()
        var sheet = try maker.layout(maker.loadRoutine(path: "back-stretches"), options: Self.options)
        let first = try XCTUnwrap(sheet.pages[0].items.firstIndex { if case .checkbox = $0 { true } else { false } })
        guard case .checkbox(var box) = sheet.pages[0].items[first] else { return XCTFail("not a checkbox") }
        box.frame.origin.x = box.frame.origin.x + .pt(1)
        sheet.pages[0].items[first] = .checkbox(box)
        XCTAssertGreaterThanOrEqual(try differing(maker, sheet), 100)
    }

    func testAPanelMovedByOnePointIsNoticed() throws {
        let maker = try SheetMaker()
        var sheet = try maker.layout(maker.loadRoutine(path: "back-stretches"), options: Self.options)
        let first = try XCTUnwrap(sheet.pages[0].items.firstIndex { if case .box = $0 { true } else { false } })
        guard case .box(var box) = sheet.pages[0].items[first] else { return XCTFail("not a box") }
        box.frame.origin.y = box.frame.origin.y + .pt(1)
        sheet.pages[0].items[first] = .box(box)
        XCTAssertGreaterThanOrEqual(try differing(maker, sheet), 100)
    }

    /// How many pixels of the sheet's first page differ from the reference.
    private func differing(_ maker: SheetMaker, _ sheet: Sheet) throws -> Int {
        let png = try XCTUnwrap(maker.render(sheet, options: Self.options).first)
        let comparison = try ReferenceImage.comparison(png, reference: Self.reference, grey: true)
        print("\(name): \(comparison.summary(pixelsPerPoint: Double(ReferenceImageTests.sharpDPI) / 72))")
        return comparison.differing
    }
}
