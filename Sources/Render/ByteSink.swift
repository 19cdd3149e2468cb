import CCairo
import CQPDFPass
import Foundation

/// Collects the bytes a Cairo stream surface writes.
///
/// Cairo calls back for every few bytes it formats (about fifteen thousand times a sheet, since
/// page content is left uncompressed for the finishing pass), so the bytes go into a C buffer
/// (`repsheet_sink`): no reference counting, exclusivity checks or generic appends per call. The
/// buffer becomes `Data` without a copy.
final class ByteSink {
    private let sink: OpaquePointer?

    init() { sink = repsheet_sink_create(64 * 1024) }

    deinit { repsheet_sink_destroy(sink) }

    /// Everything written so far, handed over without a copy; the sink is left empty.
    func take() -> Data {
        guard let sink else { return Data() }
        var count = 0
        guard let bytes = repsheet_sink_take(sink, &count) else { return Data() }
        return Data(bytesNoCopy: bytes, count: count, deallocator: .free)
    }

    /// The C callback Cairo calls with each chunk; `closure` is the sink's C buffer.
    static let write: cairo_write_func_t = { closure, bytes, length in
        repsheet_sink_append(closure, bytes, length) == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }

    /// What to pass Cairo with `write`: the C buffer, alive as long as this sink.
    var closure: UnsafeMutableRawPointer? { sink.map { UnsafeMutableRawPointer($0) } }
}
