import CCairo
import CPango

@_implementationOnly import CLoadedLater

/// Where a GLib function stores its error.
typealias GErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?

/// The librsvg functions RepSheet calls, looked up once when the first SVG picture is read.
struct RsvgFunctions: @unchecked Sendable {
    // @unchecked: C function pointers into a library that stays loaded for the process's life.
    // The types are those of librsvg's header (librsvg/rsvg.h, module CLoadedLater).
    /// `rsvg_handle_new_from_data`.
    typealias NewFromData =
        @convention(c) (UnsafePointer<guint8>?, gsize, GErrorOut) -> UnsafeMutablePointer<RsvgHandle>?
    /// `rsvg_handle_set_dpi`.
    typealias SetDPI = @convention(c) (UnsafeMutablePointer<RsvgHandle>?, Double) -> Void
    /// `rsvg_handle_get_intrinsic_size_in_pixels`.
    typealias IntrinsicSizeInPixels =
        @convention(c) (
            UnsafeMutablePointer<RsvgHandle>?, UnsafeMutablePointer<gdouble>?, UnsafeMutablePointer<gdouble>?
        )
        -> gboolean
    /// `rsvg_handle_get_intrinsic_dimensions`.
    typealias IntrinsicDimensions =
        @convention(c) (
            UnsafeMutablePointer<RsvgHandle>?, UnsafeMutablePointer<gboolean>?, UnsafeMutablePointer<RsvgLength>?,
            UnsafeMutablePointer<gboolean>?, UnsafeMutablePointer<RsvgLength>?, UnsafeMutablePointer<gboolean>?,
            UnsafeMutablePointer<RsvgRectangle>?
        ) -> Void
    /// `rsvg_handle_render_document`.
    typealias RenderDocument =
        @convention(c) (UnsafeMutablePointer<RsvgHandle>?, OpaquePointer?, UnsafePointer<RsvgRectangle>?, GErrorOut)
        -> gboolean

    let newFromData: NewFromData
    let setDPI: SetDPI
    let intrinsicSizeInPixels: IntrinsicSizeInPixels
    let intrinsicDimensions: IntrinsicDimensions
    let renderDocument: RenderDocument

    /// librsvg, loaded on first use; the error says what to install when it is missing.
    static let shared = Result { () throws(RenderError) -> RsvgFunctions in
        let library = try SharedLibrary(
            ["librsvg-2.so.2", "librsvg-2.so"], purpose: "SVG pictures", package: "librsvg2-2")
        return RsvgFunctions(
            newFromData: try library.function("rsvg_handle_new_from_data", as: NewFromData.self),
            setDPI: try library.function("rsvg_handle_set_dpi", as: SetDPI.self),
            intrinsicSizeInPixels: try library.function(
                "rsvg_handle_get_intrinsic_size_in_pixels", as: IntrinsicSizeInPixels.self),
            intrinsicDimensions: try library.function(
                "rsvg_handle_get_intrinsic_dimensions", as: IntrinsicDimensions.self),
            renderDocument: try library.function("rsvg_handle_render_document", as: RenderDocument.self))
    }
}
