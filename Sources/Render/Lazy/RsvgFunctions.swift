import CCairo
import CPango

/// librsvg's `RsvgRectangle`, four C doubles: x, y, width and height in user units.
typealias RsvgRectangle = [Double]

/// Where a GLib function stores its error.
typealias GErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?

/// The librsvg functions RepSheet calls, looked up once when the first SVG picture is read.
struct RsvgFunctions: @unchecked Sendable {
    // @unchecked: C function pointers into a library that stays loaded for the process's life.
    typealias NewFromData = @convention(c) (UnsafePointer<UInt8>?, gsize, GErrorOut) -> OpaquePointer?
    typealias SetDPI = @convention(c) (OpaquePointer?, Double) -> Void
    typealias IntrinsicSizeInPixels =
        @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> gboolean
    /// The `RsvgLength` and `RsvgRectangle` arguments are raw pointers to 16 and 32 bytes
    /// (see `RsvgRectangle`).
    typealias IntrinsicDimensions =
        @convention(c) (
            OpaquePointer?, UnsafeMutablePointer<gboolean>?, UnsafeMutableRawPointer?,
            UnsafeMutablePointer<gboolean>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<gboolean>?,
            UnsafeMutableRawPointer?
        ) -> Void
    typealias RenderDocument =
        @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeRawPointer?, GErrorOut) -> gboolean

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
