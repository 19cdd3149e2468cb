import Foundation
import RepSheet
import XCTest

/// The routine a finished PDF carries: attached with its pictures, extracted by `repsheet
/// extract`, rendered again to the identical PDF, and left out with `--no-source`.
final class AttachedRoutineTests: SheetCommandTestCase {
    func testPicturesTravelWithTheRoutineAndRenderTheSamePDF() throws {
        let original = try render(example("back-stretches-pictures"), name: "pictures.pdf")
        let out = directory.appendingPathComponent("out")
        let extract = try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let written = extract.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(written.first, out.appendingPathComponent("back-stretches-pictures.yaml").path)
        XCTAssertEqual(
            written.filter { $0.hasPrefix(out.appendingPathComponent("pictures/").path) }.count, 6, "\(written)")
        let pictures = Tool.packageRoot.appendingPathComponent("examples/pictures/cat-cow.svg")
        XCTAssertEqual(
            try Data(contentsOf: out.appendingPathComponent("pictures/cat-cow.svg")), try Data(contentsOf: pictures))
        let again = directory.appendingPathComponent("again.pdf")
        let result = try Tool.run(Tool.repsheet, ["render", written[0], "-o", again.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: original))

        // Extracted again over the same files: nothing to lose. Over an edited routine: kept.
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path]).status, 0)
        try "title: Edited\nsteps:\n  - name: Mine\n".write(toFile: written[0], atomically: true, encoding: .utf8)
        let over = try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path])
        XCTAssertEqual(over.status, 73)
        XCTAssertEqual(
            over.stderr,
            "\(written[0]): error: the file is already there and differs from the one the PDF carries; extract to "
                + "another folder with -o DIR, or replace it with --force\n")
        XCTAssertTrue(try String(contentsOfFile: written[0], encoding: .utf8).hasPrefix("title: Edited"))
        let forced = try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertFalse(try String(contentsOfFile: written[0], encoding: .utf8).hasPrefix("title: Edited"))
    }

    func testAMergedBatchPDFCarriesEveryClientsRoutine() throws {
        let examples = Tool.packageRoot.appendingPathComponent("examples")
        let merged = directory.appendingPathComponent("merged.pdf")
        let batch = try Tool.run(
            Tool.repsheet,
            [
                "render", examples.appendingPathComponent("back-stretches.yaml").path, "--clients",
                examples.appendingPathComponent("clients.yaml").path, "--merge", merged.path,
            ])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertEqual(try Tool.run("qpdf", ["--check", merged.path]).status, 0)
        let out = directory.appendingPathComponent("out")
        let extract = try Tool.run(Tool.repsheet, ["extract", merged.path, "-o", out.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let names = extract.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        XCTAssertEqual(
            names, ["jane-doe.yaml", "marcus-oneill.yaml", "jose-nunez.yaml", "aiko-tanaka.yaml", "ruth-abebe.yaml"])
        let marcus = try String(contentsOf: out.appendingPathComponent("marcus-oneill.yaml"), encoding: .utf8)
        XCTAssertFalse(marcus.contains("Cat/cow"), "a skipped step travels with the merged PDF")
    }

    /// Without RepSheet's PDF library beside the tool, `extract` and `--booklet` say so once,
    /// naming the library and where it was looked for, as an installation problem (70); a file
    /// that is not a PDF is the file's problem (65), without Cairo's "drawing failed".
    func testAMissingPDFLibraryAndABadFileAreToldApart() throws {
        let original = try render(example("back-stretches"), name: "original.pdf")
        let lonely = directory.appendingPathComponent("alone/repsheet")
        try FileManager.default.createDirectory(
            at: lonely.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Tool.repsheet, toPath: lonely.path)
        let extract = try Tool.run(lonely.path, ["extract", original.path, "-o", directory.path])
        XCTAssertEqual(extract.status, 70, extract.stderr)
        XCTAssertTrue(
            extract.stderr.hasPrefix(
                "\(original.path): error: RepSheet's PDF library (libRepSheetQPDF.so) is missing: looked for "),
            extract.stderr)
        let booklet = try Tool.run(
            lonely.path, ["render", example("back-stretches"), "--booklet", "-o", directory.path + "/b.pdf"])
        XCTAssertEqual(booklet.status, 70, booklet.stderr)
        XCTAssertTrue(booklet.stderr.contains("libRepSheetQPDF.so) is missing"), booklet.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path + "/b.pdf"))
        for result in [extract, booklet] {
            XCTAssertFalse(result.stderr.contains("error: error:"), result.stderr)
            XCTAssertFalse(result.stderr.contains("drawing failed"), result.stderr)
        }
        let text = directory.appendingPathComponent("not.pdf")
        try Data("hello".utf8).write(to: text)
        let bad = try Tool.run(Tool.repsheet, ["extract", text.path, "-o", directory.path])
        XCTAssertEqual(bad.status, 65, bad.stderr)
        XCTAssertTrue(bad.stderr.hasPrefix("\(text.path): error: cannot read the PDF"), bad.stderr)
        XCTAssertFalse(bad.stderr.contains("drawing failed"), bad.stderr)
    }

    func testExtractThenRenderGivesTheIdenticalPDF() throws {
        let original = try render(example("back-stretches"), name: "original.pdf")
        let out = directory.appendingPathComponent("out")
        let extract = try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let routine = out.appendingPathComponent("back-stretches.yaml")
        XCTAssertEqual(extract.stdout.trimmingCharacters(in: .whitespacesAndNewlines), routine.path)
        XCTAssertEqual(
            try Data(contentsOf: routine), try Data(contentsOf: URL(fileURLWithPath: example("back-stretches"))))
        let again = directory.appendingPathComponent("back-stretches.pdf")
        let result = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", again.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: original))
    }

    func testANameGivenOnTheCommandLineTravelsWithTheRoutine() throws {
        let original = try render(example("back-stretches"), ["--client", "Ana Ruiz", "--date", "2026-12-24"])
        let out = directory.appendingPathComponent("out")
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path]).status, 0)
        let routine = out.appendingPathComponent("back-stretches.yaml")
        let text = try String(contentsOf: routine, encoding: .utf8)
        XCTAssertTrue(text.contains("client: Ana Ruiz") && text.contains("date: 2026-12-24"), text)
        let again = directory.appendingPathComponent("again.pdf")
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["render", routine.path, "-o", again.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: original))
    }

    func testNoSourceLeavesTheRoutineOut() throws {
        let pdf = try render(example("back-stretches"), ["--no-source"])
        let extract = try Tool.run(Tool.repsheet, ["extract", pdf.path, "-o", directory.path])
        XCTAssertNotEqual(extract.status, 0)
        XCTAssertTrue(extract.stderr.contains("carries no routine"), extract.stderr)
        let attachments = try Tool.run("pdfdetach", ["-list", pdf.path]).stdout
        XCTAssertTrue(attachments.contains("0 embedded files"), attachments)
    }

    /// Main's untagged back-stretches PDF (the example with its alternatives and cautions) was
    /// 30,442 bytes: tags must not make it bigger, and the attached routine may add at most 10 %.
}

/// A client batch's sheets carry each client's own routine.
final class ClientSourceTests: XCTestCase {
    func testEachClientsSheetCarriesTheirRoutineAndRendersIdenticallyFromIt() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheets = directory.appendingPathComponent("sheets")
        let examples = Tool.packageRoot.appendingPathComponent("examples")
        let batch = try Tool.run(
            Tool.repsheet,
            [
                "render", examples.appendingPathComponent("back-stretches.yaml").path, "--clients",
                examples.appendingPathComponent("clients.yaml").path, "--out-dir", sheets.path,
            ])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        for client in ["jane-doe", "marcus-oneill"] {
            let sheet = sheets.appendingPathComponent("\(client).pdf")
            let out = directory.appendingPathComponent("extracted")
            let extract = try Tool.run(Tool.repsheet, ["extract", sheet.path, "-o", out.path])
            XCTAssertEqual(extract.status, 0, extract.stderr)
            let routine = out.appendingPathComponent("\(client).yaml")
            let text = try String(contentsOf: routine, encoding: .utf8)
            XCTAssertTrue(text.contains("client: "), text)
            if client == "marcus-oneill" {
                XCTAssertFalse(text.contains("Cat/cow"), "a skipped step travels with the sheet")
                XCTAssertTrue(text.contains("reps: 2"), text)
            }
            let again = directory.appendingPathComponent("\(client)-again.pdf")
            let render = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", again.path])
            XCTAssertEqual(render.status, 0, render.stderr)
            XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: sheet), "\(client)'s sheet differs")
        }
    }
}
