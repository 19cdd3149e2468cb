import CPango
import Foundation

/// Pango 1.50 (Debian 12) starts two threads for every new font pattern it looks up, one for
/// `FcFontSetMatch` and one for `FcFontSetSort`, and waits for the first at once: a sheet of
/// a dozen font sizes and weights started about 56 threads to do work of a few microseconds
/// each (issue 19). RepSheet's fontconfig configuration holds a handful of bundled files, so
/// the matching is cheaper than starting a thread. This definition of `g_thread_new`, which
/// the dynamic linker finds before GLib's, runs those two jobs on the calling thread and hands
/// every other thread request to GLib unchanged.
///
/// The jobs only lock their own pattern's mutex, which the caller does not hold, so running
/// them inline cannot deadlock; the returned reference is to the calling thread, which Pango
/// releases at once with `g_thread_unref`.
@_cdecl("g_thread_new")
package func repsheetThreadNew(
    _ name: UnsafePointer<CChar>?, _ function: GThreadFunc?, _ data: gpointer?
) -> UnsafeMutablePointer<GThread>? {
    if let name, let function, PangoThreads.runsInline(name) {
        _ = function(data)
        return g_thread_ref(g_thread_self())
    }
    return PangoThreads.glibThreadNew?(name, function, data)
}

/// The thread requests `repsheetThreadNew` runs on the calling thread, and GLib's own `g_thread_new`.
enum PangoThreads {
    typealias ThreadNew =
        @convention(c) (UnsafePointer<CChar>?, GThreadFunc?, gpointer?) -> UnsafeMutablePointer<GThread>?

    /// GLib's `g_thread_new`, the next definition after this program's (`RTLD_NEXT`).
    static let glibThreadNew: ThreadNew? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "g_thread_new") else { return nil }
        return unsafeBitCast(symbol, to: ThreadNew.self)
    }()

    /// Whether `name` is one of Pango's per-pattern matching threads.
    static func runsInline(_ name: UnsafePointer<CChar>) -> Bool {
        strcmp(name, "[pango] FcFontSetMatch") == 0 || strcmp(name, "[pango] FcFontSetSort") == 0
    }
}
