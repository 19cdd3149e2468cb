import Foundation
import XCTest

/// `-o -` and `-o /dev/stdout`: the sheet goes into the stream named, not into a file beside it
/// (`/dev/null.pdf`), and nothing else is printed on standard output.
final class StreamedOutputTests: XCTestCase {
    func testDashWritesThePDFToStandardOutputAndNothingElse() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("piped.pdf")
        let result = try Tool.run(
            "/bin/sh", ["-c", "\"$0\" render back-stretches -o - > \"$1\"", Tool.repsheet, pdf.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Tool.pdfInfo(pdf)["Pages"], "2")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["piped.pdf"])
    }

    /// `exercises show NAME -o -` wrote a file named `-.pdf`.
    func testAFiguresPageGoesToStandardOutputToo() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("bridge.pdf")
        let result = try Tool.run(
            "/bin/sh", ["-c", "\"$0\" exercises show bridge -o - > \"$1\"", Tool.repsheet, pdf.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Tool.pdfInfo(pdf)["Pages"], "1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["bridge.pdf"])
    }

    func testADeviceOrNamedPipeIsWrittenIntoNotBesideIt() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let null = try Tool.run(Tool.repsheet, ["render", "back-stretches", "-o", "/dev/null"])
        XCTAssertEqual(null.status, 0, null.stderr)
        XCTAssertEqual(null.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/null.pdf"))
        let full = try Tool.run(Tool.repsheet, ["render", "back-stretches", "-o", "/dev/full"])
        XCTAssertEqual(full.status, 73)
        XCTAssertEqual(full.stderr, "/dev/full: error: cannot write the output file: the disk is full\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/full.pdf"))

        let pipe = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let copy = folder.appendingPathComponent("copy.png")
        let result = try Tool.run(
            "/bin/sh",
            [
                "-c", "cat \"$2\" > \"$3\" & \"$0\" render \"$1\" --format png --dpi 30 -o \"$2\"; wait", Tool.repsheet,
                Tool.packageRoot.appendingPathComponent("Tests/Corpus/single-step.yaml").path, pipe, copy.path,
            ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Tool.pngSize(copy).width, 255)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pipe + "-1.png"))
    }

    func testSeveralFilesCannotGoIntoOneStream() throws {
        let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", "--format", "png", "-o", "-"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(
            result.stderr.contains(
                "error: -o - takes one file, but this rendering makes 2 (page images are a file per page, a calendar "
                    + "is a file of its own); name a file with -o instead"), result.stderr)
    }
}
