import CCairo
import CPango
import Foundation

@_implementationOnly import CLoadedLater

/// A decoded PNG or JPEG as a Cairo image surface; destroys the surface when released.
final class RasterImage {
    /// The pixels as stored, before `orientation` is applied.
    let surface: OpaquePointer
    /// The size of the picture as seen (its orientation applied), in pixels.
    let width: Double
    let height: Double
    /// How the stored pixels are turned against the picture as seen.
    let orientation: PictureOrientation

    /// Decodes checked PNG bytes with Cairo's reader (which reports a file that ends early),
    /// JPEG bytes with gdk-pixbuf's JPEG loader.
    init(_ checked: ImageInspector.Checked, path: String) throws(ImageProblem) {
        let surface =
            checked.kind == .png ? try Self.decodePNG(checked, path: path) : try Self.decodeJPEG(checked, path: path)
        guard Int(cairo_image_surface_get_width(surface)) == checked.pixelWidth,
            Int(cairo_image_surface_get_height(surface)) == checked.pixelHeight
        else {
            cairo_surface_destroy(surface)
            throw ImageProblem(path: path, reason: "cannot be read: its header and its pixels disagree about its size")
        }
        self.surface = surface
        let upright = checked.uprightSize
        self.width = Double(upright.width)
        self.height = Double(upright.height)
        self.orientation = checked.orientation
        // One PDF image object per file, however many steps show it; JPEGs go in as they are,
        // except CMYK ones: PDF readers show most of those (stored inverted, as Adobe's programs
        // write them) nearly black, so their decoded pixels go in instead.
        attach("application/x-cairo.uuid", Data(("repsheet:" + path).utf8))
        if checked.kind == .jpeg, !checked.isCMYK { attach("image/jpeg", checked.data) }
    }

    private static func decodePNG(_ checked: ImageInspector.Checked, path: String) throws(ImageProblem) -> OpaquePointer
    {
        let reader = ByteReader(checked.data)
        // Cairo says "no memory" for any libpng failure (a damaged 16-bit PNG among them); the
        // header was checked small enough to unpack, so that is a damaged file, said so.
        let damaged = "cannot be read: the file is damaged or ends early (its pixels cannot be unpacked)"
        guard let surface = cairo_image_surface_create_from_png_stream(ByteReader.read, reader.closure) else {
            throw ImageProblem(path: path, reason: damaged)
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw ImageProblem(path: path, reason: damaged)
        }
        return surface
    }

    private static func decodeJPEG(_ checked: ImageInspector.Checked, path: String) throws(ImageProblem)
        -> OpaquePointer
    {
        func problem(_ reason: String) -> ImageProblem { ImageProblem(path: path, reason: reason) }
        guard case .success(let pixbufs) = PixbufFunctions.shared,
            let loader = pixbufs.newLoaderWithType("jpeg", nil)
        else {
            throw problem("cannot be read: no JPEG decoder is installed (install gdk-pixbuf: libgdk-pixbuf-2.0-0)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        var error: UnsafeMutablePointer<GError>?
        let written = checked.data.withUnsafeBytes { raw in
            pixbufs.loaderWrite(loader, raw.bindMemory(to: UInt8.self).baseAddress, gsize(raw.count), &error)
        }
        // Closing also reports a file that ends early; only the first error is kept.
        var closeError: UnsafeMutablePointer<GError>?
        let closed = pixbufs.loaderClose(loader, &closeError)
        if error == nil { error = closeError } else if let closeError { g_error_free(closeError) }
        guard written != 0, closed != 0, let pixbuf = pixbufs.loaderPixbuf(loader) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "the file is damaged"
            if let error { g_error_free(error) }
            throw problem("cannot be read: \(DecoderMessage.jpeg(message))")
        }
        let width = Int(pixbufs.width(pixbuf))
        let height = Int(pixbufs.height(pixbuf))
        let hasAlpha = pixbufs.hasAlpha(pixbuf) != 0
        guard
            let surface = cairo_image_surface_create(
                hasAlpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        else { throw problem("cannot be read: not enough memory to unpack it") }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let target = cairo_image_surface_get_data(surface),
            let source = pixbufs.readPixels(pixbuf)
        else {
            cairo_surface_destroy(surface)
            throw problem("cannot be read: not enough memory to unpack it")
        }
        cairo_surface_flush(surface)
        let channels = Int(pixbufs.channels(pixbuf))
        let rowstride = Int(pixbufs.rowstride(pixbuf))
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height {
            let row = source + y * rowstride
            let out = UnsafeMutableRawPointer(target + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let pixel = row + x * channels
                let alpha = hasAlpha ? UInt32(pixel[3]) : 255
                // Cairo wants premultiplied alpha, one native-endian 32-bit word per pixel.
                func premultiplied(_ value: UInt8) -> UInt32 { (UInt32(value) * alpha + 127) / 255 }
                out[x] =
                    alpha << 24 | premultiplied(pixel[0]) << 16 | premultiplied(pixel[1]) << 8 | premultiplied(pixel[2])
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    deinit { cairo_surface_destroy(surface) }

    private func attach(_ mimeType: String, _ data: Data) {
        guard let copy = malloc(max(1, data.count)) else { return }
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: data.count) }
        }
        let status = cairo_surface_set_mime_data(
            surface, mimeType, copy.assumingMemoryBound(to: UInt8.self), UInt(data.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
    }
}

/// A parsed SVG, drawn as vectors by librsvg; unreferences the handle when released.
final class VectorImage {
    let handle: UnsafeMutablePointer<RsvgHandle>
    let rsvg: RsvgFunctions
    let width: Double
    let height: Double

    /// Parses checked SVG bytes from memory, with no base file, so nothing outside resolves.
    init(_ checked: ImageInspector.Checked, path: String) throws(ImageProblem) {
        let rsvg: RsvgFunctions
        switch RsvgFunctions.shared {
        case .success(let functions): rsvg = functions
        case .failure(let error): throw ImageProblem(path: path, reason: "cannot be read: \(error.reason)")
        }
        var error: UnsafeMutablePointer<GError>?
        let parsed = checked.data.withUnsafeBytes { raw in
            rsvg.newFromData(raw.bindMemory(to: UInt8.self).baseAddress, gsize(raw.count), &error)
        }
        guard let handle = parsed else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "it is not valid SVG"
            if let error { g_error_free(error) }
            throw ImageProblem(path: path, reason: "cannot be read: \(DecoderMessage.svg(message))")
        }
        rsvg.setDPI(handle, 72)
        var width = 0.0
        var height = 0.0
        if rsvg.intrinsicSizeInPixels(handle, &width, &height) == 0 || width <= 0 || height <= 0 {
            var hasWidth: gboolean = 0
            var hasHeight: gboolean = 0
            var hasViewBox: gboolean = 0
            var svgWidth = RsvgLength()
            var svgHeight = RsvgLength()
            var box = RsvgRectangle()
            rsvg.intrinsicDimensions(handle, &hasWidth, &svgWidth, &hasHeight, &svgHeight, &hasViewBox, &box)
            (width, height) = hasViewBox != 0 ? (box.width, box.height) : (0, 0)
        }
        guard width > 0, height > 0, width.isFinite, height.isFinite else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw ImageProblem(path: path, reason: "has no size: give the <svg> element a viewBox")
        }
        self.handle = handle
        self.rsvg = rsvg
        self.width = width
        self.height = height
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }
}
