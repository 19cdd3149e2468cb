import CCairo
import Foundation

/// An RGB image as plain pixels, read from or written to PNG with Cairo: for comparing renderings.
public struct PixelImage: Sendable, Equatable {
    /// Why a PNG could not be read or written.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let width: Int
    public let height: Int
    /// 0xRRGGBB per pixel, row by row.
    public var pixels: [UInt32]

    /// Creates an image from its pixels.
    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes PNG bytes (colour or grey).
    /// - Throws: `Failure` when the bytes are not a PNG Cairo can read.
    public init(png: Data) throws(Failure) {
        let source = PNGSource(data: png)
        guard let surface = cairo_image_surface_create_from_png_stream(PNGSource.read, source.closure)
        else {
            throw Failure(description: "cannot read the PNG")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw Failure(description: "cannot read the PNG")
        }
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else {
            throw Failure(description: "the PNG has no pixels")
        }
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(base + y * stride)
            for x in 0..<width {
                pixels[y * width + x] = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self) & 0xFF_FFFF
            }
        }
        self.pixels = pixels
    }

    /// The image in shades of grey (Rec. 601 luma, rounded), so a reference is a third of the size.
    public var grey: PixelImage {
        PixelImage(
            width: width, height: height,
            pixels: pixels.map { pixel in
                let level = UInt32(Self.luma(pixel))
                return level << 16 | level << 8 | level
            })
    }

    /// The brightness of a pixel, 0 to 255.
    public static func luma(_ pixel: UInt32) -> Int {
        let red = Int((pixel >> 16) & 0xFF)
        let green = Int((pixel >> 8) & 0xFF)
        let blue = Int(pixel & 0xFF)
        return (299 * red + 587 * green + 114 * blue + 500) / 1000
    }

    /// Encodes the image as a colour PNG.
    /// - Throws: `Failure` when Cairo fails.
    public func png() throws(Failure) -> Data {
        try encode(format: CAIRO_FORMAT_RGB24, bytesPerPixel: 4) { row, x, pixel in
            row.storeBytes(of: pixel, toByteOffset: x * 4, as: UInt32.self)
        }
    }

    /// Encodes the image as an 8-bit grey PNG (the red channel of each pixel, which is the grey
    /// level of a `grey` image).
    /// - Throws: `Failure` when Cairo fails.
    public func greyPNG() throws(Failure) -> Data {
        // Cairo writes an A8 surface as a grey PNG and reads it back as RGB with equal channels.
        try encode(format: CAIRO_FORMAT_A8, bytesPerPixel: 1) { row, x, pixel in
            row.storeBytes(of: UInt8((pixel >> 16) & 0xFF), toByteOffset: x, as: UInt8.self)
        }
    }

    private func encode(
        format: cairo_format_t, bytesPerPixel: Int, store: (UnsafeMutableRawPointer, Int, UInt32) -> Void
    ) throws(Failure) -> Data {
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else {
            throw Failure(description: "cannot create an image surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else {
            throw Failure(description: "the image has no pixels")
        }
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(base + y * stride)
            for x in 0..<width { store(row, x, pixels[y * width + x]) }
        }
        cairo_surface_mark_dirty(surface)
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, PNGSink.write, sink.closure)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Failure(description: String(cString: cairo_status_to_string(status)))
        }
        return Data(sink.bytes)
    }
}

/// Feeds bytes to a Cairo PNG reader.
private final class PNGSource {
    let data: Data
    var offset = 0

    init(data: Data) { self.data = data }

    static let read: cairo_read_func_t = { closure, buffer, length in
        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<PNGSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.data.count else { return CAIRO_STATUS_READ_ERROR }
        source.data.copyBytes(to: buffer, from: source.offset..<source.offset + count)
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Collects the bytes a Cairo PNG writer writes.
private final class PNGSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
