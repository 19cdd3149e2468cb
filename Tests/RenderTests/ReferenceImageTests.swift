import Foundation
import RepSheet
import TestSupport
import XCTest

/// Rendered pages compared per pixel with references under Tests/RenderTests/Reference/, with a
/// tolerance of one level a channel and no differing pixel allowed. REPSHEET_RECORD=1 re-records (and
/// fails, so a recording is never mistaken for a pass); a mismatch writes `*.actual.png` and
/// `*.diff.png` beside the reference and names the diff image in the failure message.
///
/// Two sets: every page of the back-stretches family in every layout at 30 dpi in colour (every
/// page is covered), and the pages in `sharpSheets` at 144 dpi in grey, where a checkbox is about
/// 1,100 pixels and a letter a few hundred (`ReferenceSensitivityTests` proves they notice).
final class ReferenceImageTests: XCTestCase {
    static let folder = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Reference")
    static let sharpFolder = folder.appendingPathComponent("144dpi")
    static let dpi = 30
    static let sharpDPI = 144
    /// Example and layout whose every page has a sharp reference: every layout engine, right to
    /// left, pictures, and a translation.
    static let sharpSheets: [(example: String, layout: String)] = [
        ("back-stretches", "classic"), ("back-stretches", "cards"), ("back-stretches", "tracker"),
        ("back-stretches", "compact"), ("back-stretches", "large-print"), ("back-stretches-ar", "classic"),
        ("back-stretches-ar", "cards"), ("back-stretches-pictures", "classic"), ("back-stretches-es", "compact"),
    ]

    func testEveryExampleInEveryLayoutMatchesItsReference() throws {
        let maker = try SheetMaker()
        let names = LayoutLibrary(directory: maker.resources.layoutsDirectory).names
        var count = 0
        for path in AllLayoutsPDFTests.examples {
            let example = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            // The back-stretches family has references; the other worksheets are checked for
            // margins, overlaps and page fill instead (AllLayoutsPDFTests, FamilyWorksheetTests), and
            // their display lists by GoldenPipelineTests.
            guard example.hasPrefix("back-stretches") else { continue }
            let routine = try maker.loadRoutine(path: path)
            for name in names {
                count += try check(
                    maker, routine, "\(example).\(name)", layout: name, dpi: Self.dpi, folder: Self.folder)
            }
        }
        XCTAssertGreaterThanOrEqual(count, 30)
        if GoldenFile.isRecording {
            XCTFail("recorded \(count) reference images; run again without REPSHEET_RECORD")
        }
    }

    func testSharpReferencesMatch() throws {
        let maker = try SheetMaker()
        var count = 0
        for sheet in Self.sharpSheets {
            let routine = try maker.loadRoutine(path: sheet.example)
            count += try check(
                maker, routine, "\(sheet.example).\(sheet.layout)", layout: sheet.layout, dpi: Self.sharpDPI,
                folder: Self.sharpFolder, grey: true)
        }
        XCTAssertGreaterThanOrEqual(count, Self.sharpSheets.count)
        if GoldenFile.isRecording {
            XCTFail("recorded \(count) sharp reference images; run again without REPSHEET_RECORD")
        }
    }

    /// Renders every page of a sheet and compares each with `folder/STEM-N.png`; fails when the
    /// references have another page count.
    /// - Returns: the number of pages.
    private func check(
        _ maker: SheetMaker, _ routine: Routine, _ stem: String, layout: String, dpi: Int, folder: URL,
        grey: Bool = false
    ) throws -> Int {
        let pages = try maker.render(routine, options: SheetOptions(format: .png, dpi: dpi, layout: layout))
        for (index, png) in pages.enumerated() {
            let file = folder.appendingPathComponent("\(stem)-\(index + 1).png")
            if let problem = try ReferenceImage.mismatch(png, reference: file, grey: grey, dpi: dpi) {
                XCTFail(problem)
            }
        }
        let extra = folder.appendingPathComponent("\(stem)-\(pages.count + 1).png")
        if GoldenFile.isRecording {
            try? FileManager.default.removeItem(at: extra)
        } else {
            XCTAssertFalse(
                FileManager.default.fileExists(atPath: extra.path),
                "\(extra.lastPathComponent): the reference has more pages")
        }
        return pages.count
    }
}
