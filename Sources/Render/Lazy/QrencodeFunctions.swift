@_implementationOnly import CLoadedLater

/// The libqrencode functions RepSheet calls, looked up when the first video link needs a code.
struct QrencodeFunctions: @unchecked Sendable {
    // @unchecked: C function pointers into a library that stays loaded for the process's life.
    // The types are those of libqrencode's header (qrencode.h, module CLoadedLater).
    /// `QRcode_encodeString8bit`.
    typealias EncodeString8bit =
        @convention(c) (UnsafePointer<CChar>?, Int32, QRecLevel) -> UnsafeMutablePointer<QRcode>?
    /// `QRcode_free`.
    typealias Free = @convention(c) (UnsafeMutablePointer<QRcode>?) -> Void

    /// `QR_ECLEVEL_M`: about 15% of the code can be damaged and still read.
    static let levelM = QR_ECLEVEL_M

    let encodeString8bit: EncodeString8bit
    let free: Free

    /// The width in modules and the module bytes of a `QRcode *`.
    static func symbol(_ code: UnsafeMutablePointer<QRcode>) -> (width: Int, data: UnsafeMutablePointer<UInt8>?) {
        (Int(code.pointee.width), code.pointee.data)
    }

    /// libqrencode, loaded on first use; the error says what to install when it is missing.
    static let shared = Result { () throws(RenderError) -> QrencodeFunctions in
        let library = try SharedLibrary(
            ["libqrencode.so.4", "libqrencode.so"], purpose: "QR codes for video links", package: "libqrencode4")
        return QrencodeFunctions(
            encodeString8bit: try library.function("QRcode_encodeString8bit", as: EncodeString8bit.self),
            free: try library.function("QRcode_free", as: Free.self))
    }
}
