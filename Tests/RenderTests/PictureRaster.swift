import Foundation
import Layout
import RepSheet
import TestSupport
import XCTest

/// One picture drawn alone on a 200 × 200 pt page in each output format, and the page seen as
/// pixels at 72 dpi (a point is a pixel): a PDF through `pdftoppm`, an SVG drawn as a picture
/// on a page image, a PNG as it is.
struct PictureRaster {
    /// The page's side, in points.
    static let side = 200.0
    /// Where the picture is placed: 20 pt in from every edge.
    static let frame = Rect(x: .pt(20), y: .pt(20), width: .pt(160), height: .pt(160))

    let maker: SheetMaker
    /// A folder for the files rendered and rasterised.
    let directory: URL

    /// A sheet of one page with `items` on it.
    static func sheet(_ items: [PageItem]) -> Sheet {
        Sheet(
            pages: [Page(size: Size(width: .pt(side), height: .pt(side)), items: items)], title: "Picture",
            date: nil, language: "en")
    }

    /// The picture at `path`, fitted into `frame` and drawn as `format`, seen as pixels.
    func pixels(of path: String, format: OutputFormat) throws -> PixelImage {
        let sheet = Self.sheet([.image(PlacedImage(frame: Self.frame, path: path))])
        return try pixels(of: sheet, format: format)
    }

    /// The first page of `sheet` drawn as `format`, seen as pixels.
    func pixels(of sheet: Sheet, format: OutputFormat) throws -> PixelImage {
        var options = SheetOptions(format: format)
        options.dpi = 72
        let file = try XCTUnwrap(maker.render(sheet, options: options).first)
        switch format {
        case .png:
            return try PixelImage(png: file)
        case .pdf:
            let pdf = directory.appendingPathComponent("page.pdf")
            try file.write(to: pdf)
            let prefix = directory.appendingPathComponent("page").path
            let result = try Tool.run("pdftoppm", ["-r", "72", "-png", "-singlefile", pdf.path, prefix])
            XCTAssertEqual(result.status, 0, result.stderr)
            return try PixelImage(png: Data(contentsOf: URL(fileURLWithPath: prefix + ".png")))
        case .svg:
            // librsvg draws the SVG page, filling a page as large, as a picture on a page image.
            let svg = directory.appendingPathComponent("page.svg")
            try file.write(to: svg)
            let whole = Rect(x: .zero, y: .zero, width: .pt(Self.side), height: .pt(Self.side))
            return try pixels(of: Self.sheet([.image(PlacedImage(frame: whole, path: svg.path))]), format: .png)
        }
    }
}

extension PixelImage {
    /// The pixel at (`x`, `y`) as red, green and blue, 0 to 255.
    func rgb(_ x: Double, _ y: Double) -> (Int, Int, Int) {
        let pixel = pixels[Int(y) * width + Int(x)]
        return (Int(pixel >> 16 & 0xFF), Int(pixel >> 8 & 0xFF), Int(pixel & 0xFF))
    }

    /// Whether the pixel at (`x`, `y`) is within `tolerance` of `colour` in every channel.
    func isNear(_ x: Double, _ y: Double, _ colour: (Int, Int, Int), tolerance: Int = 48) -> Bool {
        let seen = rgb(x, y)
        return abs(seen.0 - colour.0) <= tolerance && abs(seen.1 - colour.1) <= tolerance
            && abs(seen.2 - colour.2) <= tolerance
    }
}
