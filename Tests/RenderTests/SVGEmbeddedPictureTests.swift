import Foundation
import XCTest

@testable import Render

/// Pictures inside an SVG as `data:` addresses are held to the limits of picture files before
/// anything is decoded: librsvg, under the caged check's memory limit, leaves an image it cannot
/// decode out rather than failing, so the size must be read from the picture's header.
final class SVGEmbeddedPictureTests: XCTestCase {
    /// The first bytes of a PNG of `width` × `height` pixels: all the inspector reads.
    private func pngHeader(_ width: UInt32, _ height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        for value in [width, height] { bytes += withUnsafeBytes(of: value.bigEndian, Array.init) }
        bytes += [8, 2, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    /// An SVG showing `address` as an image.
    private func svg(_ address: String, quote: String = "\"") -> Data {
        Data(
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" "
                + "height=\"10\"><image width=\"10\" height=\"10\" xlink:href=\(quote)\(address)\(quote)/></svg>").utf8)
    }

    private func reason(_ data: Data) -> String? {
        do {
            _ = try ImageInspector.inspect(data, path: "p.svg")
            return nil
        } catch {
            return error.reason
        }
    }

    func testAHugePNGInsideAnSVGIsRefused() {
        let address = "data:image/png;base64," + pngHeader(30_000, 30_000).base64EncodedString()
        XCTAssertEqual(
            reason(svg(address)),
            "carries a picture inside it (a data: address) that is 30000 × 30000 pixels; pictures of at most "
                + "10000 pixels a side and 40 megapixels are allowed (scale it down first)")
        XCTAssertNotNil(reason(svg(address.uppercased().replacingOccurrences(of: "BASE64,", with: "base64,"))))
    }

    func testASmallPNGInsideAnSVGIsAccepted() {
        let address = "data:image/png;base64," + pngHeader(800, 600).base64EncodedString()
        XCTAssertNil(reason(svg(address)))
        XCTAssertNil(reason(svg(address, quote: "'")))
    }

    func testPicturesTogetherPastTheLimitAreRefused() {
        let address = "data:image/png;base64," + pngHeader(5_000, 5_000).base64EncodedString()
        var text = String(decoding: svg(address), as: UTF8.self)
        text = text.replacingOccurrences(
            of: "</svg>", with: "<image xlink:href=\"\(address)\"/><image href=\"\(address)\"/></svg>")
        XCTAssertEqual(
            reason(Data(text.utf8)),
            "carries pictures inside it (data: addresses) of more than 40 megapixels together; scale them down first")
    }

    func testAPictureInsideAnSVGInsideAnSVGIsChecked() {
        let inner = svg("data:image/png;base64," + pngHeader(20_000, 100).base64EncodedString())
        let outer = svg("data:image/svg+xml;base64," + inner.base64EncodedString())
        XCTAssertEqual(
            reason(outer),
            "carries a picture inside it (a data: address) that carries a picture inside it (a data: address) "
                + "that is 20000 × 100 pixels; pictures of at most 10000 pixels a side and 40 megapixels are "
                + "allowed (scale it down first)")
    }

    func testAPictureOfAnotherKindInsideAnSVGIsRefused() {
        let gif = Data("GIF89a".utf8) + Data([0xFF, 0xFF, 0xFF, 0xFF])
        XCTAssertEqual(
            reason(svg("data:image/gif;base64," + gif.base64EncodedString())),
            "carries a picture inside it (a data: address) that is not a PNG, JPEG or UTF-8 SVG file")
    }

    func testPicturesNestedTooDeepAreRefused() {
        var picture = svg("data:image/png;base64," + pngHeader(10, 10).base64EncodedString())
        for _ in 0..<5 { picture = svg("data:image/svg+xml;base64," + picture.base64EncodedString()) }
        XCTAssertTrue(reason(picture)?.hasSuffix("has pictures inside pictures more than 4 deep") ?? false)
    }
}
