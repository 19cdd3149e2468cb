import Foundation
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
        let code = try XCTUnwrap(QREncoder().qrCode(for: "https://example.com/video"))
        XCTAssertEqual(code.size, 25, "25 bytes fit version 2 at level M")
        XCTAssertEqual(code.modules.count, code.size * code.size)
        guard case .success = RsvgFunctions.shared else { return XCTFail("librsvg did not load") }
        guard case .success = PixbufFunctions.shared else { return XCTFail("gdk-pixbuf did not load") }
    }
}
