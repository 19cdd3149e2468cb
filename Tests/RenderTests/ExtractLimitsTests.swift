import Foundation
import RepSheet
import XCTest

@testable import Render

/// `repsheet extract` reads PDFs from anyone: an attached file that unpacks to gigabytes, or one
/// whose name is a terminal's control sequence, is refused rather than written.
final class ExtractLimitsTests: SheetCommandTestCase {
    /// A finished back-stretches PDF carrying `attachments`.
    private func sheet(carrying attachments: [FinishingPass.Attachment]) throws -> String {
        let maker = try SheetMaker()
        let laidOut = try maker.layout(try maker.loadRoutine(path: example("back-stretches")))
        let raw = try SheetRenderer(fonts: maker.fonts).taggedPDF(laidOut)
        let pass = FinishingPass(
            language: "en", title: "Back Stretches", creator: nil, date: nil, attachments: attachments)
        let file = directory.appendingPathComponent("crafted.pdf")
        try pass.finish(raw).write(to: file)
        return file.path
    }

    private func attachment(_ name: String, _ data: Data) -> FinishingPass.Attachment {
        .init(name: name, mimeType: "application/yaml", data: data)
    }

    func testAnAttachedFileThatUnpacksTooLargeIsRefusedFast() throws {
        // 30 MB of zeros deflate to a few kilobytes.
        let pdf = try sheet(carrying: [attachment("r.yaml", Data(count: 30_000_000))])
        XCTAssertLessThan(try Data(contentsOf: URL(fileURLWithPath: pdf)).count, 1_000_000)
        let out = directory.appendingPathComponent("out").path
        let result = try Tool.run(Tool.repsheet, ["extract", pdf, "-o", out])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "\(pdf): error: cannot read the PDF: an attached file is larger than 26 MB once unpacked; "
                + "RepSheet attaches no file that large\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testARoutineLargerThanARoutineMayBeIsRefused() throws {
        let pdf = try sheet(carrying: [attachment("r.yaml", Data(repeating: 0x61, count: 2_000_000))])
        let result = try Tool.run(Tool.repsheet, ["extract", pdf, "-o", directory.appendingPathComponent("o").path])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "\(pdf): error: the attached file \"r.yaml\" is 2000000 bytes; "
                + "RepSheet attaches routines of at most 1048576 bytes\n")
    }

    func testNamesWithControlCharactersAreLeftOutAndNoneLeftIsAnError() throws {
        let pdf = try sheet(carrying: [
            attachment("\u{1B}[31mr.yaml", Data("title: x\n".utf8)), attachment("a\u{202E}lmay.sh", Data("x".utf8)),
        ])
        let out = directory.appendingPathComponent("o").path
        let result = try Tool.run(Tool.repsheet, ["extract", pdf, "-o", out])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertFalse(result.stderr.contains("\u{1B}"), "the escape reaches the terminal: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains(#"named "\u{1B}[31mr.yaml" was left out"#), result.stderr)
        XCTAssertTrue(
            result.stderr.hasSuffix("error: none of the PDF's attached files has a name that can be written\n"),
            result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["crafted.pdf"])
    }
}
