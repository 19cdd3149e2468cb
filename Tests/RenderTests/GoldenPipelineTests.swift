import Foundation
import RepSheet
import TestSupport
import XCTest

/// The display list of every example in every built-in layout, on Letter, as the library finishes it
/// (`SheetMaker.layout`: Pango's measurements, catalogue exercises, the language's words, QR codes,
/// figures, right-to-left mirroring), compared with golden text files under
/// Tests/LayoutTests/Golden/pipeline (`EXAMPLE.LAYOUT.txt`). Any item that moves, appears, vanishes
/// or changes its words, font or colour fails, with the first differing lines in the message.
/// Run with REPSHEET_RECORD=1 to re-record; a recording run fails so it is never mistaken for a pass.
final class GoldenPipelineTests: XCTestCase {
    static let folder = Tool.packageRoot.appendingPathComponent("Tests/LayoutTests/Golden/pipeline")

    func testEveryExampleInEveryLayoutMatchesItsGoldenDisplayList() throws {
        let maker = try SheetMaker()
        let names = LayoutLibrary(directory: maker.resources.layoutsDirectory).names
        XCTAssertEqual(Set(names), ["classic", "cards", "tracker", "compact", "large-print"])
        var expectedFiles: Set<String> = []
        for path in AllLayoutsPDFTests.examples {
            let example = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let routine = try maker.loadRoutine(path: path)
            for name in names {
                var options = SheetOptions(format: .pdf, layout: name)
                options.pageSize = "letter"
                let sheet = try maker.layout(routine, options: options)
                let file = "\(example).\(name).txt"
                expectedFiles.insert(file)
                let dump = Self.portable(sheet.dump(), roots: [maker.resources.root, Tool.packageRoot.path])
                if let problem = try GoldenFile.mismatch(dump, golden: Self.folder.appendingPathComponent(file)) {
                    XCTFail(problem)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(expectedFiles.count, 50, "every example in every layout")
        let stored = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".actual.txt") }
        XCTAssertEqual(Set(stored).subtracting(expectedFiles), [], "golden dumps of no example; delete them")
        if GoldenFile.isRecording {
            XCTFail("recorded \(expectedFiles.count) golden dumps; run again without REPSHEET_RECORD")
        }
    }

    /// The dump with the checkout's own folder left out of picture paths, so it holds on any machine.
    static func portable(_ dump: String, roots: [String]) -> String {
        roots.reduce(dump) { text, root in
            text.replacingOccurrences(of: (root as NSString).standardizingPath + "/", with: "")
        }
    }
}
