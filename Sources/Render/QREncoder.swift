import Layout

/// Encodes text as QR codes with libqrencode (error correction level M, byte mode).
package struct QREncoder: QRCodeMaker {
    /// Creates an encoder.
    package init() {}

    package func qrCode(for text: String) -> QRCode? {
        // Without libqrencode the step keeps its link and goes without a code.
        guard case .success(let qrencode) = QrencodeFunctions.shared,
            let code = qrencode.encodeString8bit(Self.asciiAddress(text), 0, QrencodeFunctions.levelM)
        else { return nil }
        defer { qrencode.free(code) }
        let (size, data) = QrencodeFunctions.symbol(code)
        guard size > 0, let data else { return nil }
        // Bit 0 of each byte is the module's colour: 1 is dark.
        let modules = (0..<size * size).map { data[$0] & 1 == 1 }
        return QRCode(size: size, modules: modules)
    }

    /// `address` with every byte outside printable ASCII percent-encoded (`vidéo` → `vid%C3%A9o`),
    /// as a web address is written on the wire: a QR code in byte mode has no agreed text
    /// encoding, so readers guess one (often Shift JIS) and would open a wrong address.
    /// Browsers decode a percent-encoded host too.
    package static func asciiAddress(_ address: String) -> String {
        guard !address.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else { return address }
        let digits = Array("0123456789ABCDEF")
        var result = ""
        for byte in address.utf8 {
            if (0x21...0x7E).contains(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            }
        }
        return result
    }
}
