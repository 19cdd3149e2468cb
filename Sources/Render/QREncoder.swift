import CQrencode
import Layout

/// Encodes text as QR codes with libqrencode (error correction level M, byte mode).
public struct QREncoder: QRCodeMaker {
    /// Creates an encoder.
    public init() {}

    public func qrCode(for text: String) -> QRCode? {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        guard size > 0, let data = code.pointee.data else { return nil }
        // Bit 0 of each byte is the module's colour: 1 is dark.
        let modules = (0..<size * size).map { data[$0] & 1 == 1 }
        return QRCode(size: size, modules: modules)
    }
}
