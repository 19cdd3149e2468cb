import CCairo
import Foundation

/// Collects the bytes a Cairo stream surface writes.
///
/// Cairo calls back for every few bytes it formats (thousands of times a sheet), so the bytes go
/// into a plain byte array, which appends far more cheaply than `Data`, and become `Data` once.
final class ByteSink {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(64 * 1024) }

    /// Everything written so far.
    var data: Data { Data(bytes) }

    /// The C callback Cairo calls with each chunk; `closure` is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
