import Foundation
import XCTest

/// `validate` runs every check `render` runs except drawing, so the two agree on every file:
/// the good and bad fixtures, the examples, and hostile files made here.
final class ContainmentValidateTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// The exit status of `validate FILE` and of `render FILE`, with `--allow-path` for shared fixtures.
    func statuses(_ file: String, allow: [String]) throws -> (validate: Tool.Result, render: Tool.Result) {
        let extra = allow.flatMap { ["--allow-path", $0] }
        let validate = try Tool.run(Tool.repsheet, ["validate", file] + extra, in: directory)
        let output = directory.appendingPathComponent("out.pdf").path
        let render = try Tool.run(Tool.repsheet, ["render", file, "-o", output] + extra, in: directory)
        return (validate, render)
    }

    func assertAgree(_ file: String, allow: [String] = [], line: UInt = #line) throws {
        let (validate, render) = try statuses(file, allow: allow)
        XCTAssertEqual(
            validate.status, render.status,
            "\(file)\nvalidate: \(validate.stderr)\nrender: \(render.stderr)", line: line)
        if validate.status != 0 {
            // The same first problem.
            XCTAssertEqual(
                validate.stderr.split(separator: "\n").first, render.stderr.split(separator: "\n").first, file,
                line: line)
        }
    }

    func testEveryFixtureAndExampleAgrees() throws {
        let root = Tool.packageRoot
        let fixtures = root.appendingPathComponent("Tests/RoutineTests/Fixtures")
        let images = fixtures.appendingPathComponent("images").path
        var checked = 0
        for folder in ["Tests/RoutineTests/Fixtures/good", "Tests/RoutineTests/Fixtures/bad", "examples"] {
            let url = root.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            for name in names where [".yaml", ".json"].contains(where: name.hasSuffix) && !name.hasPrefix("clients") {
                try assertAgree(url.appendingPathComponent(name).path, allow: [images])
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    func testHostilePicturesAndFiguresFailBothAlike() throws {
        // A PNG whose header says 100000 × 100000 pixels.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += ContainmentWordsTests.chunk("IHDR", [0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0, 8, 2, 0, 0, 0])
        png += ContainmentWordsTests.chunk("IEND", [])
        try Data(png).write(to: directory.appendingPathComponent("huge.png"))
        let entity =
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&x;</text></svg>"
        try entity.write(to: directory.appendingPathComponent("entity.svg"), atomically: true, encoding: .utf8)
        let cases = [
            ("huge", "    image: huge.png\n", "is 100000 × 100000 pixels"),
            ("entity", "    image: entity.svg\n", "entity.svg"),
            ("figure", "    figure: not-a-figure\n", "not-a-figure"),
        ]
        for (name, key, fragment) in cases {
            try ("title: T\nsteps:\n  - name: A\n" + key).write(
                to: directory.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
            let (validate, render) = try statuses("\(name).yaml", allow: [])
            XCTAssertEqual(validate.status, 65, "\(name): \(validate.stderr)")
            XCTAssertEqual(render.status, 65, "\(name): \(render.stderr)")
            XCTAssertTrue(validate.stderr.contains(fragment), "\(name): \(validate.stderr)")
            XCTAssertTrue(validate.stderr.hasPrefix("\(name).yaml:4:"), "\(name): \(validate.stderr)")
            XCTAssertFalse(validate.stderr.contains("root:"), validate.stderr)
        }
    }
}

extension ContainmentValidateTests {
    func testValidateTakesTheLayoutRenderWouldUse() throws {
        try "title: T\nsteps:\n  - name: A\n".write(
            to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        try "extends: classic\nfont-family: Comic Sans\n".write(
            to: directory.appendingPathComponent("font.yaml"), atomically: true, encoding: .utf8)
        let validate = try Tool.run(Tool.repsheet, ["validate", "r.yaml", "--layout", "font.yaml"], in: directory)
        let render = try Tool.run(Tool.repsheet, ["render", "r.yaml", "--layout", "font.yaml"], in: directory)
        XCTAssertEqual(validate.status, 65, validate.stderr)
        XCTAssertEqual(render.status, 65, render.stderr)
        XCTAssertEqual(validate.stderr, render.stderr)
        XCTAssertTrue(validate.stderr.contains("font-family \"Comic Sans\""), validate.stderr)
        XCTAssertEqual(
            try Tool.run(Tool.repsheet, ["validate", "r.yaml", "--layout", "cards"], in: directory).status, 0)
    }
}
