import Foundation

/// The pictures an SVG carries inside itself as `data:` addresses (`href="data:image/png;base64,…"`),
/// decoded, so that they are held to the same pixel limits as a picture file.
///
/// A decoder run with a memory limit does not always fail on a picture too large for it:
/// librsvg leaves an image it cannot decode out of the drawing, so a 30,000 × 30,000 PNG inside
/// a small SVG passed the caged check (`PictureCage`) and then took a minute and gigabytes to
/// draw for real. Its size is in its header, read here before anything is decoded.
enum SVGEmbeddedPictures {
    /// Pictures inside pictures deeper than this are not looked into; a deeper one is refused.
    static let maxDepth = 4

    /// The decoded bytes of every `data:image/…` address in `text`, in order. A payload that is
    /// not valid base64 or percent-encoding is left out: librsvg cannot decode it either.
    static func payloads(in text: String) -> [Data] {
        let bytes = Array(text.utf8)
        let marker = Array("data:image/".utf8)
        var found: [Data] = []
        var index = 0
        while let start = find(marker, in: bytes, from: index) {
            var cursor = start + marker.count
            // The media type and its parameters, up to the comma.
            let header = cursor
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ","), !ends(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") else {
                index = cursor
                continue
            }
            let isBase64 = String(decoding: bytes[header..<cursor], as: UTF8.self).lowercased().hasSuffix(";base64")
            cursor += 1
            let payloadStart = cursor
            while cursor < bytes.count, !ends(bytes[cursor]) { cursor += 1 }
            let payload = String(decoding: bytes[payloadStart..<cursor], as: UTF8.self)
            let data =
                isBase64
                ? Data(base64Encoded: payload, options: .ignoreUnknownCharacters)
                : payload.removingPercentEncoding.map { Data($0.utf8) }
            if let data { found.append(data) }
            index = cursor
        }
        return found
    }

    /// Whether `byte` ends an address: a quote, a closing parenthesis or an angle bracket.
    private static func ends(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
    }

    /// The first index of `needle` in `haystack` at or after `start`, ASCII letters of any case.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) {
            var matches = true
            for offset in 0..<needle.count where haystack[index + offset] | 0x20 != needle[offset] | 0x20 {
                matches = false
                break
            }
            if matches { return index }
        }
        return nil
    }
}
