import Foundation
import XCTest

/// A routine reads files only where the user pointed (its own folder, the built-in data,
/// `--allow-path`), never blocks on a special file, and never echoes a file's content or a
/// control character raw. Every hostile file is made here, in a fresh folder.
final class ContainmentPathTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` as `name` in the test folder (creating folders) and returns its path.
    @discardableResult
    func write(_ text: String, _ name: String, in folder: URL? = nil) throws -> String {
        let url = (folder ?? directory).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// `repsheet ARGS` in the test folder, stopped after 20 s (status 124 then).
    func repsheet(_ arguments: [String], stdin: Data? = nil) throws -> Tool.Result {
        try Tool.run("timeout", ["20", Tool.repsheet] + arguments, in: directory, stdin: stdin)
    }

    /// A routine whose one step shows `image`.
    func routine(image: String) -> String { "title: T\nsteps:\n  - name: A\n    image: \(image)\n" }

    func testLayoutOutsideTheRoutineFolderIsRefusedWithoutReadingIt() throws {
        try write("title: T\nlayout: /etc/passwd\nsteps:\n  - name: A\n", "r.yaml")
        for command in ["validate", "render"] {
            let result = try repsheet([command, "r.yaml"])
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(
                result.stderr.hasPrefix("r.yaml:2:9: error: layout \"/etc/passwd\" is outside"), result.stderr)
            XCTAssertFalse(result.stderr.contains("root"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
    }

    func testPicturesOutsideTheFolderAbsoluteDotDotAndSymlinksAreRefused() throws {
        let outside = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: outside) }
        let svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"
        let picture = try write(svg, "p.svg", in: outside)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.svg").path, withDestinationPath: picture)
        let relative = "../" + outside.lastPathComponent + "/p.svg"
        for (image, line) in [(picture, picture), (relative, relative), ("link.svg", "link.svg")] {
            try write(routine(image: image), "r.yaml")
            for command in ["validate", "render"] {
                let result = try repsheet([command, "r.yaml"])
                XCTAssertEqual(result.status, 65, "\(image): \(result.stderr)")
                XCTAssertTrue(
                    result.stderr.contains("r.yaml:4:12: error: image \"\(line)\" is outside the routine's folder"),
                    result.stderr)
            }
            // --allow-path widens it.
            let allowed = try repsheet(["render", "r.yaml", "--allow-path", outside.path, "-o", "out.pdf"])
            XCTAssertEqual(allowed.status, 0, "\(image): \(allowed.stderr)")
        }
        // A link inside the folder to a file inside the folder is fine.
        try write(svg, "pictures/inner.svg")
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("inner-link.svg").path,
            withDestinationPath: directory.appendingPathComponent("pictures/inner.svg").path)
        try write(routine(image: "inner-link.svg"), "r.yaml")
        XCTAssertEqual(try repsheet(["validate", "r.yaml"]).status, 0)
    }

    func testRoutineOnStandardInputResolvesAgainstTheWorkingDirectory() throws {
        try write("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>", "here.svg")
        let good = try repsheet(["validate", "-"], stdin: Data(routine(image: "here.svg").utf8))
        XCTAssertEqual(good.status, 0, good.stderr)
        let bad = try repsheet(["validate", "-"], stdin: Data(routine(image: "../x.svg").utf8))
        XCTAssertEqual(bad.status, 65, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("<stdin>:4:12: error: image \"../x.svg\" is outside"), bad.stderr)
    }

    func testAllowedHostileLayoutQuotesOnlyShortEscapedExcerptsAndIsCapped() throws {
        let outside = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: outside) }
        // Like /etc/passwd: 300 lines, each a long unknown key.
        let secret = (1...300).map { "user\($0)-\(String(repeating: "s", count: 80)):x: \($0):\($0)::/home:/bin/sh" }
        let layout = try write(secret.joined(separator: "\n") + "\n", "secret.yaml", in: outside)
        try write("title: T\nlayout: \(layout)\nsteps:\n  - name: A\n", "r.yaml")
        for command in ["validate", "render"] {
            let result = try repsheet([command, "r.yaml", "--allow-path", outside.path])
            XCTAssertEqual(result.status, 65, result.stderr)
            let lines = result.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 21, result.stderr)
            XCTAssertTrue(lines.last?.contains("… and 280 more problems") ?? false, result.stderr)
            XCTAssertFalse(result.stderr.contains(String(repeating: "s", count: 41)), result.stderr)
            XCTAssertFalse(result.stderr.contains("/bin/sh"), result.stderr)
        }
    }

    func testSpecialFilesAreRefusedAtOnce() throws {
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("pipe.png").path, 0o600), 0)
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("pipe.yaml").path, 0o600), 0)
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("pipe.csv").path, 0o600), 0)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("folder.csv"), withIntermediateDirectories: true)
        try write(routine(image: "pipe.png"), "r.yaml")
        for command in ["validate", "render"] {
            let result = try repsheet([command, "r.yaml"])
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(
                result.stderr.contains(
                    "r.yaml:4:12: error: image \"pipe.png\" is not a regular file (it is a named pipe)"),
                result.stderr)
        }
        try write("title: T\nlayout: pipe.yaml\nsteps:\n  - name: A\n", "l.yaml")
        let layout = try repsheet(["validate", "l.yaml"])
        XCTAssertEqual(layout.status, 65, layout.stderr)
        XCTAssertTrue(layout.stderr.contains("layout \"pipe.yaml\" is not a regular file"), layout.stderr)
        try write("title: T\nsteps:\n  - name: A\n", "plain.yaml")
        let option = try repsheet(["render", "plain.yaml", "--layout", "pipe.yaml"])
        XCTAssertEqual(option.status, 65, option.stderr)
        XCTAssertTrue(option.stderr.contains("is not a regular file (it is a named pipe)"), option.stderr)
        for clients in ["pipe.csv", "folder.csv", "/dev/zero"] {
            let result = try repsheet(["render", "plain.yaml", "--clients", clients, "--out-dir", "out"])
            XCTAssertEqual(result.status, 65, "\(clients): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("the client file is not a regular file"), result.stderr)
            XCTAssertFalse(result.stderr.contains("no such"), result.stderr)
        }
    }

    func testControlCharactersAreEscapedAndNeverCutText() throws {
        try write("title: T\nsteps:\n  - name: A\n    reps: \"\\e]0;pwned\\a\"\n", "r.yaml")
        let result = try repsheet(["validate", "r.yaml"])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("\\u{1B}]0;pwned\\u{7}"), result.stderr)
        XCTAssertFalse(result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, result.stderr)
        try write("title: \"A\\0B\"\nsteps:\n  - name: A\n", "nul.yaml")
        for command in ["validate", "render"] {
            let nul = try repsheet([command, "nul.yaml"])
            XCTAssertEqual(nul.status, 65, nul.stderr)
            XCTAssertTrue(
                nul.stderr.contains("nul.yaml:1:8: error: title must not contain control characters, found U+0000"),
                nul.stderr)
        }
    }
}

extension ContainmentPathTests {
    func testClientLayoutOutsideTheClientFileFolderIsRefused() throws {
        try write("title: T\nsteps:\n  - name: A\n", "plain.yaml")
        try write("- name: Jane\n  layout: /etc/passwd\n- name: Joe\n", "clients.yaml")
        let result = try repsheet(["render", "plain.yaml", "--clients", "clients.yaml", "--out-dir", "out"])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "clients.yaml:2:11: error: layout file \"/etc/passwd\" is outside the client file's folder"),
            result.stderr)
        XCTAssertFalse(result.stderr.contains("root"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/joe.pdf").path))
    }
}

extension ContainmentPathTests {
    func testPictureSizeIsMeasuredOnTheFileALinkLeadsTo() throws {
        // A 30 MB PNG (sparse) behind a small symbolic link, both in the routine's folder.
        let big = directory.appendingPathComponent("pictures/big.png")
        try FileManager.default.createDirectory(
            at: big.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: big)
        XCTAssertEqual(truncate(big.path, 30_000_000), 0)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("small.png").path, withDestinationPath: "pictures/big.png")
        try write(routine(image: "small.png"), "r.yaml")
        for command in ["validate", "render"] {
            let result = try repsheet([command, "r.yaml"])
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("r.yaml:4:12: error: the picture "), result.stderr)
            XCTAssertTrue(result.stderr.contains("small.png is 30 MB; pictures of at most 25 MB"), result.stderr)
        }
    }
}
