import Foundation
import RepSheet
import XCTest

/// Pictures on steps (PNG, JPEG, SVG), hostile picture files, and video QR codes.
final class PictureTests: XCTestCase {
    static let fixtures = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures")
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A routine whose steps show `images` (file names in the test folder), rendered to PDF.
    func render(images: [String], format: OutputFormat = .pdf) throws -> [Data] {
        let steps = images.enumerated().map { "  - {name: Step \($0.offset + 1), image: \($0.element)}" }
        let file = directory.appendingPathComponent("pictures.yaml")
        try (["title: Pictures", "steps:"] + steps).joined(separator: "\n").write(
            to: file, atomically: true, encoding: .utf8)
        let maker = try SheetMaker()
        return try maker.render(try maker.loadRoutine(path: file.path), options: SheetOptions(format: format))
    }

    func copyFixture(_ name: String) throws {
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(name))
    }

    /// `pdfimages -list` rows as columns.
    func imageRows(_ pdf: Data) throws -> [[String]] {
        let url = directory.appendingPathComponent("images.pdf")
        try pdf.write(to: url)
        return try Tool.run("pdfimages", ["-list", url.path]).stdout.split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ").map(String.init)
        }
    }

    func testSVGPicturesAreVectorsInThePDF() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("examples/back-stretches-pictures.yaml").path)
        let sheet = try maker.layout(routine)
        let placed = sheet.pages.flatMap(\.items).filter { if case .image = $0 { true } else { false } }
        XCTAssertEqual(placed.count, routine.allSteps.filter { $0.image != nil }.count)
        XCTAssertEqual(try imageRows(try XCTUnwrap(maker.render(sheet).first)), [])
    }

    /// An SVG picture's text is set in the sheet's bundled fonts, never in one the system has
    /// installed: the renderer hands librsvg its own font map (the process's fontconfig is not RepSheet's).
    func testSVGPictureTextIsSetInTheBundledFonts() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">\
            <text x="5" y="40" font-family="DejaVu Sans, sans-serif" font-size="30">Wobble</text></svg>
            """
        try svg.write(to: directory.appendingPathComponent("label.svg"), atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("label.pdf")
        try XCTUnwrap(render(images: ["label.svg"]).first).write(to: pdf)
        XCTAssertTrue(try Tool.run("pdftotext", [pdf.path, "-"]).stdout.contains("Wobble"))
        let fonts = try Tool.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(fonts.isEmpty)
        for font in fonts {
            XCTAssertTrue(font.contains("AtkinsonHyperlegible") || font.contains("NotoSans"), String(font))
        }
    }

    func testPNGUsedTwiceIsEmbeddedOnceWithItsTransparencyAndJPEGStaysJPEG() throws {
        try copyFixture("dot.png")
        try copyFixture("photo.jpg")
        let rows = try imageRows(try XCTUnwrap(render(images: ["dot.png", "photo.jpg", "dot.png"]).first))
        // Columns: page num type width height color comp bpc enc interp object generation …
        let dots = rows.filter { $0[2] == "image" && $0[3] == "60" && $0[4] == "40" }
        XCTAssertEqual(Set(dots.map { $0[10] }).count, 1, "the PNG is one PDF object: \(rows)")
        XCTAssertTrue(rows.contains { $0[2] == "smask" && $0[3] == "60" }, "the PNG keeps its transparency: \(rows)")
        XCTAssertTrue(rows.contains { $0[3] == "64" && $0[8] == "jpeg" }, "the JPEG goes in as JPEG: \(rows)")
    }

    func testPicturesDrawInPNGAndSVGOutput() throws {
        try copyFixture("dot.png")
        try FileManager.default.copyItem(
            at: Tool.packageRoot.appendingPathComponent("examples/pictures/cat-cow.svg"),
            to: directory.appendingPathComponent("cat.svg"))
        XCTAssertFalse(try render(images: ["dot.png", "cat.svg"], format: .png).isEmpty)
        let svg = String(decoding: try XCTUnwrap(render(images: ["cat.svg"], format: .svg).first), as: UTF8.self)
        XCTAssertFalse(svg.contains("<image"), "the SVG picture stays vectors")
    }

    /// Writes `data` as `name` and expects rendering to fail with `fragment` at the `image:` value.
    func expectFailure(
        _ name: String, _ data: Data, _ fragment: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try data.write(to: directory.appendingPathComponent(name))
        let start = Date()
        XCTAssertThrowsError(try render(images: [name]), file: file, line: line) { error in
            let text = "\(error)"
            let path = directory.appendingPathComponent("pictures.yaml").path
            XCTAssertTrue(
                text.hasPrefix("\(path):3:27: error: the picture \(directory.appendingPathComponent(name).path) "),
                text,
                file: file, line: line)
            XCTAssertTrue(text.contains(fragment), text, file: file, line: line)
        }
        XCTAssertLessThan(
            Date().timeIntervalSince(start), 15, "fails fast rather than decoding a huge picture", file: file,
            line: line)
    }

    func testDecompressionBombFailsFromItsHeader() throws {
        var png = try Data(contentsOf: Self.fixtures.appendingPathComponent("dot.png"))
        let side: [UInt8] = [0x00, 0x01, 0x86, 0xA0]  // 100,000
        png.replaceSubrange(16..<20, with: side)
        png.replaceSubrange(20..<24, with: side)
        try expectFailure("bomb.png", png, "is 100000 × 100000 pixels")
    }

    func testBrokenPNGFails() throws {
        let png = try Data(contentsOf: Self.fixtures.appendingPathComponent("dot.png"))
        try expectFailure("broken.png", png.prefix(60), "cannot be read")
    }

    func testSVGWithExternalImageFails() throws {
        let svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image xlink:href="/etc/passwd" width="10" height="10"/></svg>"#
        try expectFailure("external.svg", Data(svg.utf8), "refers to \"/etc/passwd\" outside itself")
    }

    func testSVGWithEntityFails() throws {
        let svg =
            #"<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&secret;</text></svg>"#
        try expectFailure("entity.svg", Data(svg.utf8), "declares XML entities")
    }

    func testSVGUsingAnotherFileFails() throws {
        let svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>rect { fill: url( 'other.svg#p' ) }</style><use href="other.svg#a"/></svg>"#
        try expectFailure("use.svg", Data(svg.utf8), "outside itself")
    }

    func testTruncatedJPEGSaysTheFileIsDamaged() throws {
        let jpeg = try Data(contentsOf: Self.fixtures.appendingPathComponent("photo.jpg"))
        try expectFailure("cut.jpg", jpeg.prefix(250), "cannot be read: the file is damaged or ends early")
    }

    func testDeeplyNestedSVGSaysSoInPlainWords() throws {
        let svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">"#
            + String(repeating: "<g>", count: 20_000) + String(repeating: "</g>", count: 20_000) + "</svg>"
        try expectFailure("deep.svg", Data(svg.utf8), "cannot be read: it is nested too deeply or is too large")
    }

    func testVideoQRCodeDecodesToTheURLAndNameIsALink() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("examples/back-stretches-pictures.yaml").path)
        let pages = try maker.render(routine, options: SheetOptions(format: .png, dpi: 150))
        let png = directory.appendingPathComponent("page1.png")
        try XCTUnwrap(pages.first).write(to: png)
        let result = try Tool.run("zbarimg", ["--quiet", "--raw", png.path])
        let decoded = Set(result.stdout.split(separator: "\n").map(String.init))
        XCTAssertTrue(
            decoded.contains("https://www.example.org/videos/pelvic-tilts"), "decoded: \(decoded) \(result.stderr)")
        let sheet = try maker.layout(routine)
        let links = sheet.pages[0].items.compactMap { if case .link(let link) = $0 { link } else { nil } }
        let name = try XCTUnwrap(sheet.pages[0].textRuns.first { $0.text == "Pelvic tilts" })
        XCTAssertTrue(
            links.contains {
                $0.url == "https://www.example.org/videos/pelvic-tilts"
                    && abs(($0.frame.minY - name.frame.minY).points) < 0.01
                    && abs(($0.frame.minX - name.frame.minX).points) < 0.01
                    && abs(($0.frame.width - name.frame.width).points) < 0.01
            }, "the step name is a link")
        let pdf = try PDFSource.text(try XCTUnwrap(maker.render(sheet).first))
        XCTAssertTrue(pdf.contains("/URI (https://www.example.org/videos/pelvic-tilts)"))
    }
}
