import Foundation
import XCTest

/// The `repsheet` binary as a user runs it.
final class CommandLineTests: XCTestCase {
    var directory: URL!
    let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    func testDefaultOutputIsRoutineNamePDFInWorkingDirectory() throws {
        let result = try Tool.run(Tool.repsheet, ["render", example], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try files(), ["back-stretches.pdf"])
    }

    func testPNGWritesOneFilePerPage() throws {
        let result = try Tool.run(Tool.repsheet, ["render", example, "-o", "sheet.png"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try files(), ["sheet-1.png", "sheet-2.png"])
        let size = try Tool.pngSize(directory.appendingPathComponent("sheet-1.png"))
        XCTAssertEqual(size.width, 1275)
        XCTAssertEqual(size.height, 1650)
    }

    func testFormatOptionWinsAndDPIApplies() throws {
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--format", "png", "--dpi", "100", "-o", "out"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try files(), ["out-1.png", "out-2.png"])
        XCTAssertEqual(try Tool.pngSize(directory.appendingPathComponent("out-2.png")).width, 850)
    }

    func testBuiltInExampleByName() throws {
        let result = try Tool.run(Tool.repsheet, ["render", "back-stretches"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try files(), ["back-stretches.pdf"])
        let list = try Tool.run(Tool.repsheet, ["examples"])
        XCTAssertTrue(list.stdout.contains("back-stretches"), list.stdout)
    }

    func testMissingRoutineExits66AndWritesNothing() throws {
        let result = try Tool.run(Tool.repsheet, ["render", "nope.yaml"], in: directory)
        XCTAssertEqual(result.status, 66)
        XCTAssertTrue(result.stderr.contains("nope.yaml"), result.stderr)
        XCTAssertEqual(try files(), [])
    }

    func testUnwritableOutputExits73() throws {
        let result = try Tool.run(Tool.repsheet, ["render", example, "-o", "missing-folder/x.pdf"], in: directory)
        XCTAssertEqual(result.status, 73, result.stderr)
        XCTAssertTrue(result.stderr.contains("missing-folder/x.pdf"), result.stderr)
        XCTAssertEqual(try files(), [])
    }

    func testInvalidRoutineExits65WithLocationAndWritesNothing() throws {
        let bad = directory.appendingPathComponent("bad.yaml")
        try "title: Bad\nsteps:\n  - name: One\n    reps: three\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.repsheet, ["render", "bad.yaml"], in: directory)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("bad.yaml:4:"), result.stderr)
        XCTAssertEqual(try files(), ["bad.yaml"])
    }

    func testWorksFromAnyDirectoryAfterInstall() throws {
        let prefix = directory.appendingPathComponent("prefix")
        let share = prefix.appendingPathComponent("share/repsheet")
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for folder in ["Fonts", "Layouts", "Exercises", "examples"] {
            try FileManager.default.copyItem(
                at: Tool.packageRoot.appendingPathComponent(folder), to: share.appendingPathComponent(folder))
        }
        try FileManager.default.copyItem(atPath: Tool.repsheet, toPath: bin.appendingPathComponent("repsheet").path)
        let work = directory.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let result = try Tool.run(
            bin.appendingPathComponent("repsheet").path, ["render", "back-stretches", "-o", "x.pdf"], in: work)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("x.pdf").path))
    }

    func testAMistypedLayoutNameSuggestsTheBuiltInMeant() throws {
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--layout", "larg-print", "-o", "typo.pdf"], in: directory)
        XCTAssertEqual(result.status, 66, result.stderr)
        XCTAssertEqual(
            result.stderr.trimmingCharacters(in: .whitespacesAndNewlines),
            "error: no layout named \"larg-print\"; built-in layouts: cards, classic, compact, large-print, tracker "
                + "(did you mean `large-print`?)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("typo.pdf").path))
        let far = try Tool.run(
            Tool.repsheet, ["render", example, "--layout", "poster", "-o", "far.pdf"], in: directory)
        XCTAssertFalse(far.stderr.contains("did you mean"), far.stderr)
    }

    func testLayoutsListsTheBuiltInsOneLineEach() throws {
        let result = try Tool.run(Tool.repsheet, ["layouts"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = result.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        XCTAssertEqual(names.sorted(), ["cards", "classic", "compact", "large-print", "tracker"])
    }

    func testPageSizeOverridesTheLayoutAndBadSizesAreUsageErrors() throws {
        let a4 = try Tool.run(Tool.repsheet, ["render", example, "--page-size", "a4", "-o", "a4.pdf"], in: directory)
        XCTAssertEqual(a4.status, 0, a4.stderr)
        XCTAssertEqual(
            try Tool.pdfInfo(directory.appendingPathComponent("a4.pdf"))["Page size"], "595.276 x 841.89 pts (A4)")
        let custom = try Tool.run(
            Tool.repsheet, ["render", example, "--layout", "tracker", "--page-size", "200mm x 150mm", "-o", "t.pdf"],
            in: directory)
        XCTAssertEqual(custom.status, 0, custom.stderr)
        let size = try XCTUnwrap(Tool.pdfInfo(directory.appendingPathComponent("t.pdf"))["Page size"])
        XCTAssertTrue(size.hasPrefix("566.929 x 425.197"), size)
        let bad = try Tool.run(Tool.repsheet, ["render", example, "--page-size", "b7", "-o", "b.pdf"], in: directory)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("\"b7\""), bad.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("b.pdf").path))
    }

    func testPageSizeTooSmallForTheMarginsIsAUsageErrorAndWritesNothing() throws {
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--page-size", "60mm x 80mm", "-o", "tiny.png"], in: directory)
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("inside the margins of the classic layout"), result.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("tiny") }, [])
    }

    func testOutputFolderGetsTheRoutineNameInside() throws {
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("sheets"), withIntermediateDirectories: true)
        let result = try Tool.run(Tool.repsheet, ["render", example, "-o", "sheets", "--format", "png"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("sheets").path)
        XCTAssertEqual(written.sorted(), ["back-stretches-1.png", "back-stretches-2.png"])
        let missing = try Tool.run(Tool.repsheet, ["render", example, "-o", "nowhere/"], in: directory)
        XCTAssertEqual(missing.status, 73, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("nowhere/back-stretches.pdf"), missing.stderr)
    }

    func testRoutineNamingAnUnknownLayoutIsAnErrorAtItsLine() throws {
        let file = directory.appendingPathComponent("lay.yaml")
        try "title: T\nlayout: card\nsteps:\n  - name: A\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.repsheet, ["render", "lay.yaml"], in: directory)
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            "lay.yaml:2:9: error: layout must be a built-in layout (cards, classic, compact, large-print, tracker) "
                + "or a layout file, found \"card\" (did you mean `cards`?)\n")
        XCTAssertEqual(try files(), ["lay.yaml"])
    }

    func testClientNameNoFontCanPrintIsReportedAtItsRowAndTheOthersAreWritten() throws {
        let list = directory.appendingPathComponent("glyph.csv")
        try "name,date\nJane Doe,2026-12-01\n\u{E000} Bad,2026-12-01\nAl Smith,2026-12-01\n".write(
            to: list, atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "glyph.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("glyph.csv:3:1: error: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("U+E000"), result.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path)
        XCTAssertEqual(written.sorted(), ["al-smith.pdf", "jane-doe.pdf"])
    }

    /// A batch reported a broken picture without its routine line, once per client.
    func testABrokenPictureInABatchIsReportedOnceAtItsImageLine() throws {
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(
            to: directory.appendingPathComponent("broken.png"))
        try "title: T\nsections:\n  - title: S\n    steps:\n      - name: A\n        image: broken.png\n".write(
            to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        try "name\nJane Doe\nAl Smith\n".write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", "r.yaml", "--clients", "c.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 65)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains("error:") }
        XCTAssertEqual(errors.count, 1, result.stderr)
        XCTAssertTrue(errors.first?.hasPrefix("r.yaml:6:16: error: the picture ") ?? false, result.stderr)
        XCTAssertTrue(result.stderr.contains("2 failed"), result.stderr)
    }
}
