import Foundation
import RepSheet
import TestSupport
import XCTest

/// A CMYK JPEG, stored inverted as Adobe's programs (and PIL) write it, prints in its own colours:
/// PDF readers showed it nearly black when its bytes went into the PDF as they were.
final class CMYKPictureTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A 32 × 16 CMYK JPEG of one orange, RGB (255, 155, 55).
    static let orange = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/cmyk.jpg")

    func testACMYKJPEGIsOrangeInEveryFormat() throws {
        let raster = PictureRaster(maker: try SheetMaker(), directory: directory)
        for format in [OutputFormat.pdf, .png, .svg] {
            let image = try raster.pixels(of: Self.orange.path, format: format)
            // The 32 × 16 picture fills the frame's width: 160 × 80 pt, from (20, 60).
            for (x, y) in [(100.0, 100.0), (30.0, 70.0), (170.0, 130.0)] {
                XCTAssertTrue(
                    image.isNear(x, y, (255, 155, 55), tolerance: 12),
                    "\(format.rawValue): \(image.rgb(x, y)) at (\(x), \(y))")
            }
        }
    }
}
