import CPango

@_implementationOnly import CLoadedLater

/// The gdk-pixbuf functions RepSheet calls to decode JPEG pictures, looked up on first use.
struct PixbufFunctions: @unchecked Sendable {
    // @unchecked: C function pointers into a library that stays loaded for the process's life.
    // The types are those of gdk-pixbuf's headers (gdk-pixbuf/gdk-pixbuf.h, module CLoadedLater);
    // `GdkPixbuf` is opaque there, so Swift sees it as `OpaquePointer`.
    /// `gdk_pixbuf_loader_new_with_type`.
    typealias NewLoaderWithType =
        @convention(c) (UnsafePointer<CChar>?, GErrorOut) -> UnsafeMutablePointer<
            GdkPixbufLoader
        >?
    /// `gdk_pixbuf_loader_write`.
    typealias LoaderWrite =
        @convention(c) (UnsafeMutablePointer<GdkPixbufLoader>?, UnsafePointer<guchar>?, gsize, GErrorOut) -> gboolean
    /// `gdk_pixbuf_loader_close`.
    typealias LoaderClose = @convention(c) (UnsafeMutablePointer<GdkPixbufLoader>?, GErrorOut) -> gboolean
    /// `gdk_pixbuf_loader_get_pixbuf`.
    typealias LoaderPixbuf = @convention(c) (UnsafeMutablePointer<GdkPixbufLoader>?) -> OpaquePointer?
    /// `gdk_pixbuf_get_width` and the other `int` getters.
    typealias PixbufInt = @convention(c) (OpaquePointer?) -> gint
    /// `gdk_pixbuf_get_has_alpha`.
    typealias PixbufBool = @convention(c) (OpaquePointer?) -> gboolean
    /// `gdk_pixbuf_read_pixels`.
    typealias PixbufPixels = @convention(c) (OpaquePointer?) -> UnsafePointer<guint8>?

    let newLoaderWithType: NewLoaderWithType
    let loaderWrite: LoaderWrite
    let loaderClose: LoaderClose
    let loaderPixbuf: LoaderPixbuf
    let width: PixbufInt
    let height: PixbufInt
    let hasAlpha: PixbufBool
    let channels: PixbufInt
    let rowstride: PixbufInt
    let readPixels: PixbufPixels

    /// gdk-pixbuf, loaded on first use; the error says what to install when it is missing.
    static let shared = Result { () throws(RenderError) -> PixbufFunctions in
        let library = try SharedLibrary(
            ["libgdk_pixbuf-2.0.so.0", "libgdk_pixbuf-2.0.so"], purpose: "JPEG pictures",
            package: "libgdk-pixbuf-2.0-0")
        return PixbufFunctions(
            newLoaderWithType: try library.function("gdk_pixbuf_loader_new_with_type", as: NewLoaderWithType.self),
            loaderWrite: try library.function("gdk_pixbuf_loader_write", as: LoaderWrite.self),
            loaderClose: try library.function("gdk_pixbuf_loader_close", as: LoaderClose.self),
            loaderPixbuf: try library.function("gdk_pixbuf_loader_get_pixbuf", as: LoaderPixbuf.self),
            width: try library.function("gdk_pixbuf_get_width", as: PixbufInt.self),
            height: try library.function("gdk_pixbuf_get_height", as: PixbufInt.self),
            hasAlpha: try library.function("gdk_pixbuf_get_has_alpha", as: PixbufBool.self),
            channels: try library.function("gdk_pixbuf_get_n_channels", as: PixbufInt.self),
            rowstride: try library.function("gdk_pixbuf_get_rowstride", as: PixbufInt.self),
            readPixels: try library.function("gdk_pixbuf_read_pixels", as: PixbufPixels.self))
    }
}
