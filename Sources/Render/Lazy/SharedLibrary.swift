import Foundation

/// A system library opened with `dlopen` the first time a sheet needs it, so the libraries
/// only a few sheets use (librsvg and its XML, ICU and GIO stack, gdk-pixbuf, libqrencode) are
/// not loaded and relocated at the start of every run.
struct SharedLibrary: @unchecked Sendable {
    // @unchecked: the handle is an immutable token from dlopen, valid for the process's lifetime.
    private let handle: UnsafeMutableRawPointer
    /// The file name the library was opened by.
    let name: String

    /// Opens the first of `names` (sonames such as "librsvg-2.so.2") that loads.
    /// - Throws: `RenderError.libraryMissing` naming the library and the package that provides it.
    init(_ names: [String], purpose: String, package: String) throws(RenderError) {
        for name in names {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) {
                self.handle = handle
                self.name = name
                return
            }
        }
        throw .libraryMissing(library: names.first ?? "", purpose: purpose, package: package)
    }

    /// The function `symbol` as the C function type `T`.
    /// - Throws: `RenderError.libraryTooOld` when the library lacks it.
    func function<T>(_ symbol: String, as type: T.Type) throws(RenderError) -> T {
        guard let address = dlsym(handle, symbol) else {
            throw .libraryTooOld(library: name, function: symbol)
        }
        return unsafeBitCast(address, to: type)
    }
}
