import Foundation
import Layout
import RepSheet
import TestSupport
import XCTest

@testable import Render

/// A JPEG's EXIF orientation (a phone's portrait photo is stored on its side) is read and the
/// picture drawn upright in PDF, PNG and SVG, its frame as wide as the upright picture.
final class PictureOrientationTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A 40 × 20 JPEG stored red top left, green top right, blue bottom left, yellow bottom right.
    static let quadrants = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/quadrants.jpg")

    static let red = (255, 0, 0), green = (0, 255, 0), blue = (0, 0, 255), yellow = (255, 255, 0)

    /// The colours seen at the upright picture's top left, top right, bottom left and bottom right
    /// for each EXIF orientation, as the EXIF specification (and PIL's `exif_transpose`) turn it.
    static let seen: [Int: [(Int, Int, Int)]] = [
        1: [red, green, blue, yellow], 2: [green, red, yellow, blue], 3: [yellow, blue, green, red],
        4: [blue, yellow, red, green], 5: [red, blue, green, yellow], 6: [blue, red, yellow, green],
        7: [yellow, green, blue, red], 8: [green, yellow, red, blue],
    ]

    /// `jpeg` with an EXIF block saying `orientation` just after its start marker, in Motorola
    /// (big-endian) or Intel byte order.
    static func withOrientation(_ jpeg: Data, _ orientation: Int, bigEndian: Bool) -> Data {
        func short(_ value: Int) -> [UInt8] {
            bigEndian ? [UInt8(value >> 8), UInt8(value & 0xFF)] : [UInt8(value & 0xFF), UInt8(value >> 8)]
        }
        func long(_ value: Int) -> [UInt8] { bigEndian ? [0, 0] + short(value) : short(value) + [0, 0] }
        // TIFF header, then one directory of one entry: Orientation (0x0112), SHORT, one value.
        var tiff: [UInt8] = bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]
        tiff += short(42) + long(8) + short(1)
        tiff += short(0x0112) + short(3) + long(1) + short(orientation) + [0, 0] + long(0)
        let body = Array("Exif".utf8) + [0, 0] + tiff
        let segment: [UInt8] = [0xFF, 0xE1, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        var bytes = [UInt8](jpeg)
        bytes.insert(contentsOf: segment, at: 2)
        return Data(bytes)
    }

    func testTheHeaderSaysEveryOrientationInBothByteOrders() throws {
        let jpeg = try Data(contentsOf: Self.quadrants)
        let plain = try XCTUnwrap(JPEGHeader([UInt8](jpeg)))
        XCTAssertEqual([plain.width, plain.height, plain.components], [40, 20, 3])
        XCTAssertEqual(plain.orientation, .up)
        let cmyk = try Data(contentsOf: CMYKPictureTests.orange)
        XCTAssertEqual(JPEGHeader([UInt8](cmyk))?.isCMYK, true)
        XCTAssertEqual(plain.isCMYK, false)
        for orientation in 1...8 {
            for bigEndian in [false, true] {
                let header = try XCTUnwrap(
                    JPEGHeader([UInt8](Self.withOrientation(jpeg, orientation, bigEndian: bigEndian))))
                XCTAssertEqual(header.orientation.rawValue, orientation, "big-endian: \(bigEndian)")
                XCTAssertEqual([header.width, header.height], [40, 20])
            }
        }
        // An orientation out of range, or a damaged EXIF block, leaves the picture as stored.
        for damaged in [
            Self.withOrientation(jpeg, 9, bigEndian: true), Self.withOrientation(jpeg, 0, bigEndian: false),
        ] {
            XCTAssertEqual(JPEGHeader([UInt8](damaged))?.orientation, .up)
        }
        var cut = [UInt8](Self.withOrientation(jpeg, 6, bigEndian: true))
        cut[2 + 4 + 6 + 4] = 0xFF  // the first directory's offset points far past the block
        XCTAssertEqual(JPEGHeader(cut)?.orientation, .up)
        XCTAssertNil(PictureOrientation(exif: ArraySlice(Array("Exif".utf8) + [0, 0, 0x49, 0x49])))
    }

    func testUprightSizeAndMatrixTurnTheCorners() {
        for orientation in PictureOrientation.allCases {
            let size = orientation.upright(width: 40, height: 20)
            XCTAssertEqual([size.width, size.height], orientation.swapsSides ? [20, 40] : [40, 20])
            // Every stored corner lands on an upright corner.
            let matrix = orientation.matrix(width: 40, height: 20)
            for (x, y) in [(0.0, 0.0), (40, 0), (0, 20), (40, 20)] {
                let seen = matrix.apply(x, y)
                XCTAssertTrue([0, Double(size.width)].contains(seen.x), "\(orientation) \(seen)")
                XCTAssertTrue([0, Double(size.height)].contains(seen.y), "\(orientation) \(seen)")
            }
        }
    }

    /// Each orientation drawn in each format: the four colours at the upright corners, and the
    /// picture as wide as upright (20 × 40 pictures leave the frame's sides white, 40 × 20 its top).
    func testEveryOrientationIsDrawnUprightInEveryFormat() throws {
        let raster = PictureRaster(maker: try SheetMaker(), directory: directory)
        let jpeg = try Data(contentsOf: Self.quadrants)
        for orientation in 1...8 {
            let file = directory.appendingPathComponent("turned-\(orientation).jpg")
            try Self.withOrientation(jpeg, orientation, bigEndian: orientation.isMultiple(of: 2)).write(to: file)
            let portrait = orientation >= 5
            // The picture fitted in the 160 pt frame at (20, 20): 160 × 80 or 80 × 160, centred.
            let (left, top, right, bottom) = portrait ? (60.0, 20.0, 140.0, 180.0) : (20.0, 60.0, 180.0, 140.0)
            let corners = [
                (left + 10, top + 10), (right - 10, top + 10), (left + 10, bottom - 10), (right - 10, bottom - 10),
            ]
            let expected = try XCTUnwrap(Self.seen[orientation])
            for format in [OutputFormat.pdf, .png, .svg] {
                let image = try raster.pixels(of: file.path, format: format)
                let label = "orientation \(orientation) in \(format.rawValue)"
                for (corner, colour) in zip(corners, expected) {
                    XCTAssertTrue(
                        image.isNear(corner.0, corner.1, colour),
                        "\(label): \(image.rgb(corner.0, corner.1)) at \(corner)")
                }
                let outside = portrait ? (40.0, 100.0) : (100.0, 40.0)
                XCTAssertTrue(
                    image.isNear(outside.0, outside.1, (255, 255, 255), tolerance: 4),
                    "\(label): not white beside the picture")
                let inside = portrait ? (100.0, 30.0) : (30.0, 100.0)
                XCTAssertFalse(
                    image.isNear(inside.0, inside.1, (255, 255, 255), tolerance: 4),
                    "\(label): white inside the picture")
            }
        }
    }

    /// A phone photo (EXIF orientation 6) keeps going into the PDF as its JPEG bytes, turned there.
    func testATurnedJPEGStillGoesIntoThePDFAsJPEG() throws {
        let file = directory.appendingPathComponent("phone.jpg")
        try Self.withOrientation(try Data(contentsOf: Self.quadrants), 6, bigEndian: true).write(to: file)
        let pdf = directory.appendingPathComponent("phone.pdf")
        let sheet = PictureRaster.sheet([.image(PlacedImage(frame: PictureRaster.frame, path: file.path))])
        try XCTUnwrap(try SheetMaker().render(sheet).first).write(to: pdf)
        let rows = try Tool.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.count, 1, rows.joined(separator: "\n"))
        let columns = try XCTUnwrap(rows.first).split(separator: " ")
        XCTAssertEqual([columns[3], columns[4], columns[8]], ["40", "20", "jpeg"], "stored size, as JPEG")
    }

    /// A brand's logo taken with a phone is as wide as upright: a 40 × 20 JPEG turned a quarter
    /// turn is half as wide as tall.
    func testABrandLogoTakesItsUprightAspect() throws {
        let jpeg = try Data(contentsOf: Self.quadrants)
        for (orientation, aspect) in [(1, 2.0), (6, 0.5), (8, 0.5), (3, 2.0)] {
            try Self.withOrientation(jpeg, orientation, bigEndian: false).write(
                to: directory.appendingPathComponent("logo.jpg"))
            let brand = directory.appendingPathComponent("brand.yaml")
            try "name: Clinic\nlogo: logo.jpg\n".write(to: brand, atomically: true, encoding: .utf8)
            XCTAssertEqual(try BrandFile(path: brand.path).load().logoAspect, aspect, "orientation \(orientation)")
        }
    }

    /// A 40 × 20 PNG stored like `quadrants`.
    static let quadrantsPNG = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/quadrants.png")

    /// `png` with an `eXIf` chunk saying `orientation` after its header: the TIFF block alone, or
    /// with "Exif\0\0" before it as some programs write it.
    static func pngWithOrientation(_ png: Data, _ orientation: Int, exifPrefix: Bool) -> Data {
        let jpegSegment = [UInt8](withOrientation(Data([0xFF, 0xD8]), orientation, bigEndian: true)).dropFirst(6)
        let body = exifPrefix ? Array(jpegSegment) : Array(jpegSegment.dropFirst(6))
        let typed = Array("eXIf".utf8) + body
        func crc(_ bytes: [UInt8]) -> UInt32 {
            var value: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                value ^= UInt32(byte)
                for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            }
            return ~value
        }
        func big(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        var bytes = [UInt8](png)
        bytes.insert(contentsOf: big(UInt32(body.count)) + typed + big(crc(typed)), at: 8 + 25)
        return Data(bytes)
    }

    /// A PNG's `eXIf` orientation turns it upright too, in PDF and PNG.
    func testAPNGsExifOrientationIsDrawnUpright() throws {
        let raster = PictureRaster(maker: try SheetMaker(), directory: directory)
        let png = try Data(contentsOf: Self.quadrantsPNG)
        for (orientation, prefix) in [(1, false), (3, true), (6, false), (8, true)] {
            let file = directory.appendingPathComponent("turned-\(orientation).png")
            try Self.pngWithOrientation(png, orientation, exifPrefix: prefix).write(to: file)
            let checked = try ImageInspector.inspect(try Data(contentsOf: file), path: file.path)
            XCTAssertEqual(checked.orientation.rawValue, orientation)
            let portrait = orientation >= 5
            let (left, top, right, bottom) = portrait ? (60.0, 20.0, 140.0, 180.0) : (20.0, 60.0, 180.0, 140.0)
            let corners = [
                (left + 10, top + 10), (right - 10, top + 10), (left + 10, bottom - 10), (right - 10, bottom - 10),
            ]
            let expected = try XCTUnwrap(Self.seen[orientation])
            for format in [OutputFormat.pdf, .png] {
                let image = try raster.pixels(of: file.path, format: format)
                for (corner, colour) in zip(corners, expected) {
                    XCTAssertTrue(
                        image.isNear(corner.0, corner.1, colour),
                        "orientation \(orientation) in \(format.rawValue): \(image.rgb(corner.0, corner.1)) at \(corner)"
                    )
                }
            }
        }
    }
}
