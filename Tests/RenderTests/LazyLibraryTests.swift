import Foundation
import TestSupport
import XCTest

@testable import Render

/// librsvg, gdk-pixbuf and libqrencode are opened only when a sheet needs them.
final class LazyLibraryTests: XCTestCase {
    func testTheToolDoesNotLoadPictureLibrariesAtStart() throws {
        let linked = try Tool.run("ldd", [Tool.repsheet]).stdout
        XCTAssertTrue(linked.contains("libpango"), linked)
        for library in ["librsvg", "libgdk_pixbuf", "libqrencode", "libxml2"] {
            XCTAssertFalse(linked.contains(library), "\(library) is linked:\n\(linked)")
        }
    }

    func testAMissingLibraryNamesWhatNeedsItAndThePackage() {
        XCTAssertThrowsError(
            try SharedLibrary(["librepsheet-absent.so.9"], purpose: "SVG pictures", package: "librepsheet9")
        ) { error in
            XCTAssertEqual(
                (error as? RenderError)?.description,
                "error: SVG pictures need the system library librepsheet-absent.so.9, which is not installed "
                    + "(Debian package librepsheet9)")
        }
    }

    func testAMissingFunctionSaysTheLibraryIsTooOld() throws {
        let library = try SharedLibrary(["libqrencode.so.4"], purpose: "QR codes", package: "libqrencode4")
        XCTAssertThrowsError(try library.function("QRcode_noSuchFunction", as: QrencodeFunctions.Free.self)) {
            error in
            XCTAssertEqual(
                (error as? RenderError)?.description,
                "error: the system library libqrencode.so.4 is too old: it has no QRcode_noSuchFunction")
        }
    }

    func testLoadedLibrariesEncodeAQRCodeAndReadAnSVG() throws {
        // The QR code libqrencode made decodes, with zbarimg, to the address it was made from.
        let address = "https://example.com/video"
        let code = try XCTUnwrap(QREncoder().qrCode(for: address))
        XCTAssertEqual(code.size, 25, "25 modules fit version 2 at level M")
        XCTAssertEqual(code.modules.count, code.size * code.size)
        let scale = 8
        let side = (code.size + 8) * scale
        var pixels = [UInt32](repeating: 0xFF_FFFF, count: side * side)
        for y in 0..<side {
            for x in 0..<side {
                let row = y / scale - 4
                let column = x / scale - 4
                if (0..<code.size).contains(row), (0..<code.size).contains(column),
                    code.modules[row * code.size + column]
                {
                    pixels[y * side + x] = 0
                }
            }
        }
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = directory.appendingPathComponent("code.png")
        try PixelImage(width: side, height: side, pixels: pixels).png().write(to: png)
        let decoded = try Tool.run("zbarimg", ["--quiet", "--raw", png.path])
        XCTAssertEqual(decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines), address, decoded.stderr)

        // librsvg reads an SVG picture: its size is the one its <svg> element declares.
        let path = Tool.packageRoot.appendingPathComponent("examples/pictures/pelvic-tilts.svg").path
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(svg.contains(#"viewBox="0 0 120 80" width="120" height="80""#))
        let picture = try VectorImage(ImageInspector.inspect(path: path), path: path)
        XCTAssertEqual(picture.width, 120)
        XCTAssertEqual(picture.height, 80)
        guard case .success = PixbufFunctions.shared else { return XCTFail("gdk-pixbuf did not load") }
    }
}
