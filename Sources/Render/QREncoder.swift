import Layout

/// Encodes text as QR codes with libqrencode (error correction level M, byte mode).
public struct QREncoder: QRCodeMaker {
    /// Creates an encoder.
    public init() {}

    public func qrCode(for text: String) -> QRCode? {
        // Without libqrencode the step keeps its link and goes without a code.
        guard case .success(let qrencode) = QrencodeFunctions.shared,
            let code = qrencode.encodeString8bit(text, 0, QrencodeFunctions.levelM)
        else { return nil }
        defer { qrencode.free(code) }
        let (size, data) = QrencodeFunctions.symbol(code)
        guard size > 0, let data else { return nil }
        // Bit 0 of each byte is the module's colour: 1 is dark.
        let modules = (0..<size * size).map { data[$0] & 1 == 1 }
        return QRCode(size: size, modules: modules)
    }
}
