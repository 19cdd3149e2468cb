import Foundation
import RepSheet
import XCTest

/// Every layout shows each step's video as a QR code a phone can read from the page, and links
/// it in the PDF.
final class VideoCodeTests: XCTestCase {
    func testEveryVideoDecodesFromEveryLayoutAndIsALink() throws {
        try XCTSkipIf(!FileManager.default.fileExists(atPath: "/usr/bin/zbarimg"), "zbar-tools is not installed")
        let maker = try SheetMaker()
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let routines = [
            CorpusTests.corpus("pictures-videos"),
            Tool.packageRoot.appendingPathComponent("examples/back-stretches-pictures.yaml").path,
        ]
        for path in routines {
            let routine = try maker.loadRoutine(path: path)
            let videos = Set(routine.allSteps.compactMap(\.video))
            XCTAssertGreaterThanOrEqual(videos.count, 4)
            for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
                let label = "\((path as NSString).lastPathComponent) \(layout)"
                var decoded: Set<String> = []
                let pages = try maker.render(routine, options: SheetOptions(format: .png, dpi: 150, layout: layout))
                for (index, png) in pages.enumerated() {
                    let file = directory.appendingPathComponent("\(layout)-\(index + 1).png")
                    try png.write(to: file)
                    let result = try Tool.run("zbarimg", ["--quiet", "--raw", file.path])
                    decoded.formUnion(result.stdout.split(separator: "\n").map(String.init))
                }
                XCTAssertEqual(decoded, videos, "\(label): codes read from the pages")
                let pdf = try XCTUnwrap(
                    try maker.render(routine, options: SheetOptions(format: .pdf, layout: layout)).first)
                let text = try PDFSource.text(pdf)
                for url in videos {
                    XCTAssertTrue(text.contains("/URI (\(url))"), "\(label): no link to \(url)")
                }
            }
        }
    }
}
