import CCairo
import Foundation

/// An RGB image as plain pixels, read from or written to PNG with Cairo: for comparing renderings.
public struct PixelImage: Sendable, Equatable {
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

    /// Decodes PNG bytes.
    /// - Throws: `RenderError.cairo` when the bytes are not a PNG Cairo can read.
    public init(png: Data) throws(RenderError) {
        let source = ByteSource(data: png)
        guard let surface = cairo_image_surface_create_from_png_stream(ByteSource.read, source.closure)
        else {
            throw .cairo("cannot read the PNG")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .cairo("cannot read the PNG")
        }
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else {
            throw .cairo("the PNG has no pixels")
        }
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(base + y * stride)
            for x in 0..<width {
                pixels[y * width + x] =
                    row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self) & 0xFF_FFFF
            }
        }
        self.pixels = pixels
    }

    /// Encodes the image as PNG bytes.
    /// - Throws: `RenderError.cairo` when Cairo fails.
    public func png() throws(RenderError) -> Data {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        else {
            throw .cairo("cannot create an image surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else {
            throw .cairo("the image has no pixels")
        }
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(base + y * stride)
            for x in 0..<width {
                row.storeBytes(of: pixels[y * width + x], toByteOffset: x * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.closure)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }
}

/// Feeds bytes to a Cairo PNG reader.
final class ByteSource {
    let data: Data
    var offset = 0

    init(data: Data) { self.data = data }

    static let read: cairo_read_func_t = { closure, buffer, length in
        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.data.count else { return CAIRO_STATUS_READ_ERROR }
        source.data.copyBytes(to: buffer, from: source.offset..<source.offset + count)
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
