import Foundation
import XCTest

/// Issue 19: `repsheet render …` is parsed by the render command alone; a command line it cannot
/// parse goes through the root, so messages, usage lines and exit statuses stay the root's.
final class RenderParsingTests: XCTestCase {
    func testARenderCommandLineStillRendersAndPrintsWhatItWrote() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("sheet.pdf").path
        let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", "--layout", "cards", "-o", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, output + "\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output))
    }

    func testErrorsNameTheRootCommandInTheirUsage() throws {
        let missing = try Tool.run(Tool.repsheet, ["render"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.contains("Missing expected argument '<routines> ...'"), missing.stderr)
        XCTAssertTrue(missing.stderr.contains("Usage: repsheet render [<options>] [<routines> ...]"), missing.stderr)

        let unknown = try Tool.run(Tool.repsheet, ["render", "--bogus", "back-stretches"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("Unknown option '--bogus'"), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("Usage: repsheet render"), unknown.stderr)

        // Thrown while running, not while parsing: reported by the root as well.
        let clash = try Tool.run(Tool.repsheet, ["render", "back-stretches", "--format", "svg", "-o", "/tmp/x.pdf"])
        XCTAssertEqual(clash.status, 64)
        XCTAssertTrue(clash.stderr.contains("names a .pdf file but --format is svg"), clash.stderr)
        XCTAssertTrue(clash.stderr.contains("Usage: repsheet render"), clash.stderr)
    }

    /// `--client` and `--provider` refuse control characters as the routine's keys do: a
    /// usage error naming the option, not a missing-glyph error about the sheet.
    func testAControlCharacterInAClientOptionIsAUsageError() throws {
        for (flag, value) in [("--client", "Bad\u{1B}Name"), ("--provider", "Clinic\u{07}")] {
            let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", flag, value, "-o", "/tmp/never.pdf"])
            XCTAssertEqual(result.status, 64, result.stderr)
            XCTAssertTrue(
                result.stderr.contains("\(flag) must not contain control characters, found U+00"), result.stderr)
            XCTAssertFalse(result.stderr.contains("fonts can print"), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/never.pdf"))
    }

    /// A character no font has, given on the command line, is reported as the option's.
    func testAMissingCharacterInAClientOptionNamesTheOption() throws {
        for (flag, value) in [("--client", "Ana \u{1F4AA}"), ("--provider", "Clinic \u{1F642}")] {
            let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", flag, value, "-o", "/tmp/never.pdf"])
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("error: \(flag) has the character U+1F"), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/never.pdf"))
        // As long as the routine's `client:` may be, no longer.
        let long = try Tool.run(
            Tool.repsheet,
            ["render", "back-stretches", "--client", String(repeating: "a", count: 201), "-o", "/tmp/never.pdf"])
        XCTAssertEqual(long.status, 64, long.stderr)
        XCTAssertTrue(long.stderr.contains("--client is 201 characters"), long.stderr)
    }

    func testHelpAndVersionAreTheRootsAnswers() throws {
        let help = try Tool.run(Tool.repsheet, ["render", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: repsheet render"), help.stdout)
        let version = try Tool.run(Tool.repsheet, ["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "0.1.0\n")
    }

    func testOnlyRenderOffersDebugBoxes() throws {
        let render = try Tool.run(Tool.repsheet, ["render", "--help"])
        XCTAssertTrue(render.stdout.contains("--debug-boxes"), render.stdout)
        for command in ["validate", "lint"] {
            let help = try Tool.run(Tool.repsheet, [command, "--help"])
            XCTAssertEqual(help.status, 0, help.stderr)
            XCTAssertFalse(help.stdout.contains("--debug-boxes"), "\(command): \(help.stdout)")
        }
        let refused = try Tool.run(Tool.repsheet, ["validate", "back-stretches", "--debug-boxes"])
        XCTAssertEqual(refused.status, 64, refused.stderr)
    }

    /// `-o out.gif` wrote `out.gif.pdf`; a name with a dot of its own (`j.smith`) still gets `.pdf`.
    func testAnOutputNamingAnotherFormatIsRefused() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gif = folder.appendingPathComponent("out.gif").path
        let refused = try Tool.run(Tool.repsheet, ["render", "back-stretches", "-o", gif])
        XCTAssertEqual(refused.status, 64, refused.stderr)
        XCTAssertTrue(
            refused.stderr.contains("names a .gif file, a format RepSheet does not write; name a .pdf, .png or .svg"),
            refused.stderr)
        let named = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "-o", folder.appendingPathComponent("j.smith").path])
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["j.smith.pdf"])
    }
}
