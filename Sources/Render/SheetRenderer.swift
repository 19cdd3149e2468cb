import CCairo
import CPango
import CQPDFPass
import Foundation
import Layout

/// Draws laid-out sheets as PDF, PNG or SVG bytes with Cairo and Pango.
package struct SheetRenderer: Sendable {
    /// The bundled fonts every text run is set in.
    package let fonts: FontLibrary
    /// Outline every placed item in red.
    package var debugBoxes: Bool
    /// Print characters no font has as boxes instead of failing.
    package var allowMissingGlyphs: Bool
    /// The sheet's pictures, read before drawing; one missing here is read from the disk.
    package var pictures = Pictures()

    /// Creates a renderer over loaded fonts.
    package init(fonts: FontLibrary, debugBoxes: Bool = false, allowMissingGlyphs: Bool = false) {
        self.fonts = fonts
        self.debugBoxes = debugBoxes
        self.allowMissingGlyphs = allowMissingGlyphs
    }

    /// The whole sheet as one PDF document.
    /// - Throws: `RenderError.cairo` when Cairo fails.
    package func pdf(_ sheet: Sheet) throws(RenderError) -> Data {
        try taggedPDF(sheet).data
    }

    /// The whole sheet as one tagged PDF document, with what the finishing pass adds to its tags.
    /// - Throws: `RenderError.cairo` when Cairo fails.
    package func taggedPDF(_ sheet: Sheet) throws(RenderError) -> TaggedPDF {
        try fonts.withLock { () throws(RenderError) -> TaggedPDF in try pdfLocked(sheet) }
    }

    /// The zlib level of the streams Cairo compresses (font subsets and images), for zlib's
    /// default 6: level 0 stores them as they are, and the finishing pass compresses them once with
    /// libdeflate, in about half zlib's instructions (issue 19).
    static let pdfDeflateLevel: Int32 = 0

    private func pdfLocked(_ sheet: Sheet) throws(RenderError) -> TaggedPDF {
        var figureAlts: [String] = []
        var linkTexts: [String] = []
        let sink = ByteSink()
        guard let first = sheet.pages.first else { throw .cairo("the sheet has no pages") }
        repsheet_cairo_content_uncompressed()
        // Font subsets and images left to the finishing pass (`pdfDeflateLevel`); the level is this
        // thread's, reset after.
        let deflateLevel = repsheet_set_cairo_deflate_level(Self.pdfDeflateLevel)
        defer { repsheet_set_cairo_deflate_level(deflateLevel) }
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                ByteSink.write, sink.closure, first.size.width.points, first.size.height.points)
        else {
            throw .cairo("cannot create a PDF surface")
        }
        defer { cairo_surface_destroy(surface) }
        let stamp = (sheet.date ?? "2000-01-01") + "T00:00:00Z"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, sheet.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "RepSheet")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        let images = ImageCache(pictures: pictures, fonts: fonts)
        try withContext(surface) { cairo, texts throws(RenderError) in
            cairo_tag_begin(cairo, "Document", "")
            for (index, page) in sheet.pages.enumerated() {
                cairo_pdf_surface_set_size(surface, page.size.width.points, page.size.height.points)
                let plan = try drawer(cairo, texts, images).drawTagged(page, first: index == 0)
                figureAlts += plan.figureAlts
                linkTexts += plan.linkTexts
                cairo_show_page(cairo)
            }
            cairo_tag_end(cairo, "Document")
        }
        try finish(surface)
        return TaggedPDF(data: sink.take(), figureAlts: figureAlts, linkTexts: linkTexts)
    }

    /// One page as a PNG image at `dpi` dots per inch, on a white background.
    /// - Throws: `RenderError` for a resolution out of range or a Cairo failure.
    ///
    /// Drawing holds the font library's lock; encoding does not, so pages of one sheet can be
    /// encoded on several cores at once.
    package func png(_ page: Page, dpi: Int) throws(RenderError) -> Data {
        let raster = try fonts.withLock { () throws(RenderError) -> Raster in try rasterLocked(page, dpi: dpi) }
        return try PNGEncoder.encode(raster.surface, dpi: dpi)
    }

    /// The most pixels a PNG page may have (200 megapixels).
    package static let maxPagePixels = 200_000_000

    /// The pixel size of `page` drawn as an image at `dpi`.
    package static func pixelSize(of page: Page, dpi: Int) -> (width: Int, height: Int) {
        let scale = Double(dpi) / 72
        return (Int((page.size.width.points * scale).rounded()), Int((page.size.height.points * scale).rounded()))
    }

    private func rasterLocked(_ page: Page, dpi: Int) throws(RenderError) -> Raster {
        guard (18...1200).contains(dpi) else { throw .resolutionOutOfRange(dpi) }
        let scale = Double(dpi) / 72
        let (width, height) = Self.pixelSize(of: page, dpi: dpi)
        guard width * height <= Self.maxPagePixels else {
            throw .pageTooLarge(width: width, height: height, dpi: dpi, limit: Self.maxPagePixels)
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .cairo("cannot create an image surface")
        }
        let raster = Raster(surface: surface)
        try check(cairo_surface_status(surface))
        let images = ImageCache(pictures: pictures, fonts: fonts)
        try withContext(surface) { cairo, texts throws(RenderError) in
            cairo_set_source_rgb(cairo, 1, 1, 1)
            cairo_paint(cairo)
            cairo_scale(cairo, scale, scale)
            try drawer(cairo, texts, images).draw(page)
        }
        return raster
    }

    /// One page as an SVG document.
    /// - Throws: `RenderError.cairo` when Cairo fails.
    package func svg(_ page: Page) throws(RenderError) -> Data {
        try fonts.withLock { () throws(RenderError) -> Data in try svgLocked(page) }
    }

    private func svgLocked(_ page: Page) throws(RenderError) -> Data {
        let sink = ByteSink()
        guard
            let surface = cairo_svg_surface_create_for_stream(
                ByteSink.write, sink.closure, page.size.width.points, page.size.height.points)
        else {
            throw .cairo("cannot create an SVG surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        let images = ImageCache(pictures: pictures, fonts: fonts)
        try withContext(surface) { cairo, texts throws(RenderError) in
            try drawer(cairo, texts, images).draw(page)
        }
        try finish(surface)
        return SVGLinks.adding(page, to: sink.take())
    }

    private func drawer(_ cairo: OpaquePointer, _ texts: ShapedTextCache, _ images: ImageCache) -> PageDrawer {
        PageDrawer(
            cairo: cairo, texts: texts, debugBoxes: debugBoxes, fonts: fonts, images: images,
            allowMissingGlyphs: allowMissingGlyphs)
    }

    private func withContext(
        _ surface: OpaquePointer, _ body: (OpaquePointer, ShapedTextCache) throws(RenderError) -> Void
    ) throws(RenderError) {
        guard let cairo = cairo_create(surface) else { throw .cairo("cannot create a drawing context") }
        defer { cairo_destroy(cairo) }
        guard let texts = fonts.shapedTextCache() else { throw .cairo("cannot create a Pango context") }
        try body(cairo, texts)
        try check(cairo_status(cairo))
    }

    private func finish(_ surface: OpaquePointer) throws(RenderError) {
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface))
    }

    private func check(_ status: cairo_status_t) throws(RenderError) {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }
}
