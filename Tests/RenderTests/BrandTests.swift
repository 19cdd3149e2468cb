import Foundation
import Routine
import XCTest

/// A clinic's brand: logo in the header (vector for SVG), contact details and a web link, the
/// accent's colours, and an accent too pale to read refused.
final class BrandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let example = Tool.packageRoot.appendingPathComponent("examples/brands/lakeside-warm-up.yaml").path
    static let pngBrand = Tool.packageRoot.appendingPathComponent("examples/brands/lakeside-png.yaml").path
    static let layouts = ["classic", "cards", "compact", "large-print", "tracker"]

    func render(_ arguments: [String]) throws -> Tool.Result {
        try Tool.run(Tool.repsheet, ["render"] + arguments, in: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The images `pdfimages -list` finds on page 1: (width, height, y of the page's first image row unknown).
    func imagesOnFirstPage(_ name: String) throws -> [(width: Int, height: Int)] {
        let list = try Tool.run("pdfimages", ["-f", "1", "-l", "1", "-list", path(name)]).stdout
        return list.split(separator: "\n").dropFirst(2).compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count > 4, let width = Int(fields[3]), let height = Int(fields[4]) else { return nil }
            return (width, height)
        }
    }

    /// Pixels of page 1 at 72 dpi inside the top band (the brand's header), as RGB triples.
    func headerPixels(_ name: String) throws -> [(Int, Int, Int)] {
        let prefix = path("header")
        let result = try Tool.run(
            "pdftoppm",
            ["-f", "1", "-l", "1", "-r", "72", "-x", "0", "-y", "0", "-W", "612", "-H", "110", path(name), prefix])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasPrefix("header") && $0.hasSuffix(".ppm")
        }
        let data = [UInt8](try Data(contentsOf: directory.appendingPathComponent(try XCTUnwrap(files.first))))
        // P6, width, height, 255, then RGB bytes after the fourth whitespace-separated field.
        var fieldsSeen = 0, index = 0
        while fieldsSeen < 4, index < data.count {
            while index < data.count, [0x20, 0x0A, 0x0D, 0x09].contains(data[index]) { index += 1 }
            while index < data.count, ![0x20, 0x0A, 0x0D, 0x09].contains(data[index]) { index += 1 }
            fieldsSeen += 1
        }
        index += 1
        return stride(from: index, to: data.count - 2, by: 3).map {
            (Int(data[$0]), Int(data[$0 + 1]), Int(data[$0 + 2]))
        }
    }

    func testBrandedExampleInEveryLayoutHasItsLogoContactsAndLink() throws {
        for layout in Self.layouts {
            let svg = "svg-\(layout).pdf", png = "png-\(layout).pdf"
            var result = try render([Self.example, "--layout", layout, "-o", svg])
            XCTAssertEqual(result.status, 0, result.stderr)
            result = try render([Self.example, "--layout", layout, "--brand", Self.pngBrand, "-o", png])
            XCTAssertEqual(result.status, 0, result.stderr)
            // The SVG logo stays vector: no image in the PDF, yet the sun's orange is drawn in the header.
            XCTAssertTrue(try imagesOnFirstPage(svg).isEmpty, layout)
            let sun = try headerPixels(svg).filter {
                abs($0.0 - 0xE0) < 12 && abs($0.1 - 0xA4) < 12 && abs($0.2 - 0x3A) < 12
            }
            XCTAssertGreaterThan(sun.count, 50, "\(layout): the SVG logo is drawn in the header")
            // The PNG logo is the one image on page 1, at its own pixel size.
            let images = try imagesOnFirstPage(png)
            XCTAssertEqual(images.count, 1, layout)
            XCTAssertEqual(images.first?.width, 320, layout)
            XCTAssertEqual(images.first?.height, 240, layout)
            // Phone and address in the text of page 1; the web address is a link.
            let text = try Tool.run("pdftotext", ["-f", "1", "-l", "1", path(svg), "-"]).stdout
            for expected in [
                "Lakeside Physiotherapy", "(555) 010-2030", "48 Harbour Road, Lakeside WA 98001",
                "lakeside-physio.example",
            ] {
                XCTAssertTrue(text.contains(expected), "\(layout): \(expected)")
            }
            let qdf = path("qdf-\(layout).pdf")
            XCTAssertEqual(try Tool.run("qpdf", ["--qdf", "--object-streams=disable", path(svg), qdf]).status, 0)
            let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
            XCTAssertTrue(raw.contains("/URI (https://lakeside-physio.example)"), layout)
        }
    }

    func testAccentTooPaleIsRefusedWithItsContrast() throws {
        let brand = directory.appendingPathComponent("sunny.yaml")
        try "name: Sunny Clinic\naccent: \"#FFFF00\"\n".write(to: brand, atomically: true, encoding: .utf8)
        let result = try render(["back-stretches", "--brand", brand.path, "-o", "out.pdf"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("sunny.yaml:2:9: error: accent #FFFF00"), result.stderr)
        XCTAssertTrue(result.stderr.contains("contrast of 1.07:1"), result.stderr)
        XCTAssertTrue(result.stderr.contains("at least 4.5:1"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.pdf")))
    }

    func testLogoIsContainedLikeAPicture() throws {
        let inside = directory.appendingPathComponent("brand")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        let cases: [(String, String)] = [
            ("logo: ../outside.png", "is outside the brand file's folder"),
            ("logo: /etc/hostname", "is outside the brand file's folder"),
            ("logo: notes.txt", "is not a PNG, JPEG or SVG"),
            ("logo: missing.png", "there is no such file"),
            ("colour: \"#000000\"", "unknown key `colour`"),
            ("logo-height: 2mm", "`logo-height` must be a length from 6mm to 30mm"),
        ]
        try "hello".write(to: inside.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        for (line, message) in cases {
            let brand = inside.appendingPathComponent("brand.yaml")
            try "name: Clinic\n\(line)\n".write(to: brand, atomically: true, encoding: .utf8)
            let result = try render(["back-stretches", "--brand", brand.path, "-o", "out.pdf"])
            XCTAssertEqual(result.status, 65, line)
            XCTAssertTrue(result.stderr.contains(message), "\(line): \(result.stderr)")
        }
    }

    /// A brand file that is not YAML, or any file named as one, gets the routine's located,
    /// escaped and short messages, never a parser's dump of the file.
    func testABrokenBrandFileIsReportedAtItsLineAndNotEchoed() throws {
        let secret = String(repeating: "SECRET-", count: 400)
        let cases: [(String, String)] = [
            ("name: Clinic\u{1}\(secret)\n", "brand.yaml:1:13: error: the file contains a control character (code 1)"),
            ("name: A\nname: B\n", "brand.yaml:2:1: error: `name` is given twice in the same mapping"),
            ("name: A\nweb: javascript:alert(1)\n", "brand.yaml:2:6: error: `web` must be a web address"),
            ("name: A\nweb: mailto:x@example.org\n", "brand.yaml:2:6: error: `web` must be a web address"),
        ]
        for (text, message) in cases {
            let brand = directory.appendingPathComponent("brand.yaml")
            try text.write(to: brand, atomically: true, encoding: .utf8)
            let result = try render(["back-stretches", "--brand", brand.path, "-o", "out.pdf"])
            XCTAssertEqual(result.status, 65, text)
            XCTAssertTrue(result.stderr.contains(message), "\(text): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("SECRET-SECRET"), result.stderr)
            XCTAssertLessThan(result.stderr.count, 400, result.stderr)
        }
        let fine = directory.appendingPathComponent("fine.yaml")
        try "name: A\nweb: example.org:8080/clinic\n".write(to: fine, atomically: true, encoding: .utf8)
        XCTAssertEqual(try render(["back-stretches", "--brand", fine.path, "-o", "out.pdf"]).status, 0)
    }

    func testRoutineBrandKeyIsContainedInTheRoutinesFolder() throws {
        let routine = directory.appendingPathComponent("r.yaml")
        try "title: T\nbrand: ../elsewhere.yaml\nsteps:\n  - name: One\n".write(
            to: routine, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.repsheet, ["validate", routine.path])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("r.yaml:2:8"), result.stderr)
    }

    func testLayoutFileNamesABrand() throws {
        let folder = directory.appendingPathComponent("layouts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let brands = Tool.packageRoot.appendingPathComponent("examples/brands")
        for name in ["lakeside.yaml", "lakeside-logo.svg"] {
            try FileManager.default.copyItem(
                at: brands.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try "name: lakeside-cards\nextends: cards\nbrand: lakeside.yaml\n".write(
            to: folder.appendingPathComponent("branded.yaml"), atomically: true, encoding: .utf8)
        let result = try render(["back-stretches", "--layout", "layouts/branded.yaml", "-o", "out.pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try Tool.run("pdftotext", ["-f", "1", "-l", "1", path("out.pdf"), "-"]).stdout
        XCTAssertTrue(text.contains("(555) 010-2030"), text)
        XCTAssertTrue(text.contains("Back Stretches"))
        // Without the brand file beside it, the layout's brand is an error naming it.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("lakeside.yaml"))
        let missing = try render(["back-stretches", "--layout", "layouts/branded.yaml", "-o", "out2.pdf"])
        XCTAssertEqual(missing.status, 65)
        XCTAssertTrue(missing.stderr.contains("lakeside.yaml"), missing.stderr)
    }

    /// A layout a routine names reads files only in its own folder, as the routine does: its
    /// brand may not be absolute or lead out with `../`.
    func testALayoutsBrandIsContainedInTheLayoutsFolder() throws {
        let folder = directory.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Outside the layout's folder, and not RepSheet's built-in data (which any file may name).
        let elsewhere = directory.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let brand = elsewhere.appendingPathComponent("clinic.yaml").path
        try "name: Elsewhere Clinic\n".write(toFile: brand, atomically: true, encoding: .utf8)
        try "extends: cards\nbrand: \(brand)\n".write(
            to: folder.appendingPathComponent("abs.yaml"), atomically: true, encoding: .utf8)
        try "extends: cards\nbrand: ../../outside.yaml\n".write(
            to: folder.appendingPathComponent("out.yaml"), atomically: true, encoding: .utf8)
        for (layout, written) in [("abs", brand), ("out", "../../outside.yaml")] {
            let routine = path("r-\(layout).yaml")
            try "title: T\nlayout: sub/\(layout).yaml\nsteps:\n  - name: One\n".write(
                toFile: routine, atomically: true, encoding: .utf8)
            let expected =
                "\(folder.path)/\(layout).yaml:2:8: error: brand \"\(TextEscaping.excerpt(written))\" is outside the "
                + "layout file's folder; a layout may name only files in its own folder; allow another folder with "
                + "--allow-path DIR\n"
            for command in ["render", "validate"] {
                let result = try Tool.run(
                    Tool.repsheet, [command, routine, "-o", path("x.pdf")].dropLast(command == "validate" ? 2 : 0))
                XCTAssertEqual(result.status, 65, "\(command) \(layout): \(result.stderr)")
                XCTAssertEqual(result.stderr, expected, "\(command) \(layout)")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: path("x.pdf")))
        }
        let allowed = try Tool.run(
            Tool.repsheet,
            ["render", path("r-abs.yaml"), "-o", path("x.pdf"), "--allow-path", PathText.folder(of: brand)])
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
    }

    func testValidateChecksTheRoutinesBrand() throws {
        let ok = try Tool.run(Tool.repsheet, ["validate", Self.example])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        try "name: Sunny\naccent: \"#FFFF00\"\n".write(
            to: directory.appendingPathComponent("sunny.yaml"), atomically: true, encoding: .utf8)
        try "title: T\nbrand: sunny.yaml\nsteps:\n  - name: One\n".write(
            to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let bad = try Tool.run(Tool.repsheet, ["validate", "r.yaml"], in: directory)
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.stderr.contains("contrast of 1.07:1"), bad.stderr)
    }
}
