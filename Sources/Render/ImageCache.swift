import CCairo
import CPango

@_implementationOnly import CLoadedLater

/// The pictures of one document, each read, checked and decoded once however often it is drawn,
/// so a PDF embeds a raster picture once even when several steps show it.
final class ImageCache {
    enum Entry {
        case raster(RasterImage)
        case vector(VectorImage)

        var size: (width: Double, height: Double) {
            switch self {
            case .raster(let image): return (image.width, image.height)
            case .vector(let image): return (image.width, image.height)
            }
        }
    }

    private var entries: [String: Entry] = [:]
    /// The pictures read before drawing; a picture not among them is read from the disk.
    private let pictures: Pictures

    /// The fonts an SVG picture's text is set in, as on the sheet; `nil` leaves it to the process.
    private let fonts: FontLibrary?

    /// A cache that decodes `pictures`, the bytes read before drawing, and sets SVG text in
    /// `fonts` (call it holding their lock).
    init(pictures: Pictures = Pictures(), fonts: FontLibrary? = nil) {
        self.pictures = pictures
        self.fonts = fonts
    }

    /// Runs `body` with `fonts` as the calling thread's default Pango font map, the one librsvg
    /// lays SVG text out with, and then unsets it: the process's own fonts are never used.
    private func withPictureFonts<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let fonts else { return try body() }
        pango_cairo_font_map_set_default(OpaquePointer(fonts.fontMap))
        defer { pango_cairo_font_map_set_default(nil) }
        return try body()
    }

    /// The picture at `path`, decoded on first use.
    /// - Throws: `ImageProblem` when it is broken, too large or unsafe.
    func image(at path: String) throws(ImageProblem) -> Entry {
        if let entry = entries[path] { return entry }
        let checked: ImageInspector.Checked
        if let known = pictures[path] { checked = known } else { checked = try ImageInspector.inspect(path: path) }
        let entry: Entry
        switch checked.kind {
        case .png, .jpeg: entry = .raster(try RasterImage(checked, path: path))
        case .svg:
            entry = .vector(try withPictureFonts { () throws(ImageProblem) in try VectorImage(checked, path: path) })
        }
        entries[path] = entry
        return entry
    }

    /// Draws the picture at `path` as large as fits in `frame`, keeping its proportions, centred.
    /// - Throws: `ImageProblem` when the picture cannot be loaded or drawn.
    func draw(_ path: String, in frame: (x: Double, y: Double, width: Double, height: Double), on cairo: OpaquePointer)
        throws(ImageProblem)
    {
        let entry = try image(at: path)
        let size = entry.size
        let scale = min(frame.width / size.width, frame.height / size.height)
        guard scale > 0, scale.isFinite else { return }
        let width = size.width * scale
        let height = size.height * scale
        let x = frame.x + (frame.width - width) / 2
        let y = frame.y + (frame.height - height) / 2
        cairo_save(cairo)
        defer { cairo_restore(cairo) }
        switch entry {
        case .raster(let image):
            cairo_translate(cairo, x, y)
            cairo_scale(cairo, scale, scale)
            // The stored pixels, turned upright (a phone's portrait photo is stored on its side).
            let stored = image.orientation.swapsSides ? (image.height, image.width) : (image.width, image.height)
            let turn = image.orientation.matrix(width: stored.0, height: stored.1)
            var matrix = cairo_matrix_t(xx: turn.xx, yx: turn.yx, xy: turn.xy, yy: turn.yy, x0: turn.x0, y0: turn.y0)
            cairo_transform(cairo, &matrix)
            cairo_set_source_surface(cairo, image.surface, 0, 0)
            if let pattern = cairo_get_source(cairo) { cairo_pattern_set_filter(pattern, CAIRO_FILTER_GOOD) }
            cairo_rectangle(cairo, 0, 0, stored.0, stored.1)
            cairo_fill(cairo)
        case .vector(let image):
            var viewport = RsvgRectangle(x: x, y: y, width: width, height: height)
            var error: UnsafeMutablePointer<GError>?
            let drawn = withPictureFonts { image.rsvg.renderDocument(image.handle, cairo, &viewport, &error) }
            if drawn == 0 {
                let message = error.map { String(cString: $0.pointee.message) } ?? "librsvg failed"
                if let error { g_error_free(error) }
                throw ImageProblem(path: path, reason: "cannot be drawn: \(message)")
            }
        }
    }
}
