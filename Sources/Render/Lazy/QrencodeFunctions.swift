/// The libqrencode functions RepSheet calls, looked up when the first video link needs a code.
struct QrencodeFunctions: @unchecked Sendable {
    // @unchecked: C function pointers into a library that stays loaded for the process's life.
    /// Returns a `QRcode *`: `int version; int width; unsigned char *data;`.
    typealias EncodeString8bit = @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutableRawPointer?
    typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// `QR_ECLEVEL_M`: about 15% of the code can be damaged and still read.
    static let levelM: Int32 = 1

    let encodeString8bit: EncodeString8bit
    let free: Free

    /// The width in modules and the module bytes of a `QRcode *`.
    static func symbol(_ code: UnsafeMutableRawPointer) -> (width: Int, data: UnsafeMutablePointer<UInt8>?) {
        let width = code.load(fromByteOffset: MemoryLayout<Int32>.stride, as: Int32.self)
        let data = code.load(
            fromByteOffset: 2 * MemoryLayout<Int32>.stride, as: UnsafeMutablePointer<UInt8>?.self)
        return (Int(width), data)
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
