import CCairo
import Foundation

/// Hands bytes in memory to a Cairo stream reader, chunk by chunk.
final class ByteReader {
    let data: Data
    var offset = 0

    init(_ data: Data) { self.data = data }

    /// The C callback Cairo calls for each chunk; `closure` is an unretained `ByteReader`.
    static let read: cairo_read_func_t = { closure, buffer, length in
        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
        let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard reader.offset + count <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
        reader.data.copyBytes(to: buffer, from: reader.offset..<reader.offset + count)
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
