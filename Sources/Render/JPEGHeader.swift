/// What a JPEG's segments say before its first scan: its stored size and colour components (start
/// of frame) and its EXIF orientation (APP1), read without decoding a pixel.
package struct JPEGHeader: Sendable, Equatable {
    /// The stored size in pixels, before any orientation is applied.
    package var width: Int
    package var height: Int
    /// Colour components: 1 grey, 3 YCbCr (or RGB), 4 CMYK (or YCCK).
    package var components: Int
    /// How the stored pixels are turned or mirrored against the picture as seen.
    package var orientation: PictureOrientation

    /// Whether the components are CMYK or YCCK, which PDF readers show wrongly when the file is
    /// embedded as it is (most such files store their ink inverted, as Adobe's programs write them).
    package var isCMYK: Bool { components == 4 }

    /// Reads the header of JPEG `bytes`; `nil` when there is no start-of-frame segment before the
    /// first scan or the file ends inside one.
    package init?(_ bytes: [UInt8]) {
        var orientation: PictureOrientation?
        var index = 2
        while index + 3 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                index += 2
                continue
            }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                guard index + 9 < bytes.count else { return nil }
                func number(_ offset: Int) -> Int { Int(bytes[index + offset]) << 8 | Int(bytes[index + offset + 1]) }
                width = number(7)
                height = number(5)
                components = Int(bytes[index + 9])
                self.orientation = orientation ?? .up
                return
            }
            if marker == 0xD9 || marker == 0xDA || length < 2 { return nil }
            // The first EXIF block with an orientation says it; an XMP block (also APP1) does not.
            if marker == 0xE1, orientation == nil {
                let end = min(bytes.count, index + 2 + length)
                orientation = PictureOrientation(exif: bytes[min(end, index + 4)..<end])
            }
            index += 2 + length
        }
        return nil
    }
}
