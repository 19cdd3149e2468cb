import Foundation
import XCTest

/// Pictures are decoded and drawn first in a child process with time and memory limits: a
/// decoder that crashes, hangs or swells fails there, with an error at the step's `image:` line,
/// and RepSheet itself carries on. The hostile pictures are made here.
final class ContainmentCageTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func write(_ text: String, _ name: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// A routine showing `images`, one step each.
    func routine(_ images: [String]) throws {
        let steps = images.enumerated().map { "  - name: Step \($0.offset + 1)\n    image: \($0.element)\n" }
        try write("title: T\nsteps:\n" + steps.joined(), "r.yaml")
    }

    /// `repsheet ARGS`, its wall time in seconds.
    func repsheet(_ arguments: [String]) throws -> (result: Tool.Result, seconds: Double) {
        let start = Date()
        let result = try Tool.run("timeout", ["60", Tool.repsheet] + arguments, in: directory)
        return (result, Date().timeIntervalSince(start))
    }

    /// Runs a Python script in the test folder to make a picture zlib must compress.
    func python(_ script: String) throws {
        let result = try Tool.run("python3", ["-c", script], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    static let pngWriter = """
        import zlib, struct, base64
        def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
        def png(w, h):
            c = zlib.compressobj(9)
            row = b'\\x00' * (1 + w * 3)
            idat = b''.join(c.compress(row) for _ in range(h)) + c.flush()
            header = struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)
            return b'\\x89PNG\\r\\n\\x1a\\n' + chunk(b'IHDR', header) + chunk(b'IDAT', idat) + chunk(b'IEND', b'')

        """

    func testAnSVGThatCrashesLibrsvgIsAnErrorNotACrash() throws {
        try write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
                + "<text y=\"50\" font-size=\"1e7\">A</text></svg>", "panic.svg")
        try routine(["panic.svg"])
        for arguments in [
            ["render", "r.yaml", "-o", "x.pdf"], ["render", "r.yaml", "-o", "x.svg"], ["validate", "r.yaml"],
        ] {
            let (result, _) = try repsheet(arguments)
            XCTAssertEqual(result.status, 65, "\(arguments): \(result.stderr)")
            XCTAssertTrue(
                result.stderr.contains("r.yaml:4:12: error: the picture ")
                    && result.stderr.contains("panic.svg could not be drawn"),
                "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("panicked"), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.pdf").path))
    }

    func testAnSVGThatHangsIsStoppedAfterFiveSeconds() throws {
        try write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><filter id=\"f\">"
                + "<feTurbulence baseFrequency=\"0.05\" numOctaves=\"1000000\"/></filter>"
                + "<rect width=\"100\" height=\"100\" filter=\"url(#f)\"/></svg>", "hang.svg")
        try routine(["hang.svg"])
        for arguments in [["render", "r.yaml", "-o", "x.png"], ["validate", "r.yaml"]] {
            let (result, seconds) = try repsheet(arguments)
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(result.stderr.contains("r.yaml:4:12: error: the picture "), result.stderr)
            XCTAssertTrue(result.stderr.contains("hang.svg could not be drawn within 5 s"), result.stderr)
            XCTAssertLessThan(seconds, 20)
        }
    }

    /// The tool checks pictures in a child run from its own executable, whatever the file is
    /// called: a renamed copy, with no `repsheet` beside it, still stops a hanging picture.
    func testARenamedToolStillCagesItsPictures() throws {
        let renamed = directory.appendingPathComponent("sheets-tool").path
        try FileManager.default.copyItem(atPath: Tool.repsheet, toPath: renamed)
        try write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><filter id=\"f\">"
                + "<feTurbulence baseFrequency=\"0.05\" numOctaves=\"1000000\"/></filter>"
                + "<rect width=\"100\" height=\"100\" filter=\"url(#f)\"/></svg>", "hang.svg")
        try routine(["hang.svg"])
        let start = Date()
        let result = try Tool.run("timeout", ["60", renamed, "render", "r.yaml", "-o", "x.pdf"], in: directory)
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("hang.svg could not be drawn within 5 s"), result.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testAPictureInsideAnSVGCannotSwellPastTheLimits() throws {
        // A 30000 × 30000 PNG (2.7 GB once decoded) as a data: address inside a small SVG.
        try python(
            Self.pngWriter + """
                data = base64.b64encode(png(30000, 30000)).decode()
                open('bomb.svg', 'w').write('<svg xmlns="http://www.w3.org/2000/svg" '
                    'xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">'
                    '<image width="100" height="100" xlink:href="data:image/png;base64,' + data + '"/></svg>')
                """)
        try routine(["bomb.svg"])
        // Refused from the PNG's header, before anything is decoded: librsvg, under the cage's
        // memory limit, would leave the picture out and pass it (`SVGEmbeddedPictures`).
        for arguments in [["render", "r.yaml", "-o", "x.pdf"], ["validate", "r.yaml"]] {
            let (result, seconds) = try repsheet(arguments)
            XCTAssertEqual(result.status, 65, result.stderr)
            XCTAssertTrue(result.stderr.contains("r.yaml:4:12: error: the picture "), result.stderr)
            XCTAssertTrue(
                result.stderr.contains("bomb.svg carries a picture inside it (a data: address) that is 30000 × 30000"),
                result.stderr)
            XCTAssertLessThan(seconds, 20)
        }
    }

    func testPicturesOfASheetShareAPixelBudget() throws {
        // Two 5000 × 5000 PNGs: 25 megapixels each, 50 together, past the 40 of a sheet.
        try python(
            Self.pngWriter + "open('a.png', 'wb').write(png(5000, 5000))\nopen('b.png', 'wb').write(png(5000, 5000))")
        try routine(["a.png", "b.png"])
        let (result, _) = try repsheet(["validate", "r.yaml"])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("r.yaml:6:12: error: the picture "), result.stderr)
        XCTAssertTrue(result.stderr.contains("b.png takes the sheet's pictures past 40 megapixels"), result.stderr)
        try routine(["a.png", "a.png"])
        XCTAssertEqual(try repsheet(["validate", "r.yaml"]).result.status, 0)
    }

    func testGoodPicturesStillRender() throws {
        let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches-pictures.yaml").path
        let (result, _) = try repsheet(["render", example, "-o", "p.pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
