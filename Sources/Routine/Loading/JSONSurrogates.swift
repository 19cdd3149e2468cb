/// Rewrites JSON's UTF-16 surrogate pair escapes, which libyaml rejects, into YAML's `\U` escapes.
///
/// `"\ud83d\ude00"` (an emoji, as many JSON writers escape it) becomes `"\U0001F600"` followed by two
/// spaces after the closing quote, so every node after the string keeps its column.
enum JSONSurrogates {
    /// The rewritten bytes; the input unchanged when it has no surrogate pairs.
    static func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "\\")) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var inString = false
        var padding = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if !inString {
                if byte == UInt8(ascii: "\"") { inString = true }
                output.append(byte)
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = false
                output.append(byte)
                output.append(contentsOf: Array(repeating: UInt8(ascii: " "), count: padding))
                padding = 0
                index += 1
            } else if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                if let high = escape(bytes, at: index), (0xD800...0xDBFF).contains(high),
                    let low = escape(bytes, at: index + 6), (0xDC00...0xDFFF).contains(low)
                {
                    let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    output.append(contentsOf: Array("\\U".utf8) + hex(scalar, digits: 8))
                    padding += 2
                    index += 12
                } else {
                    output.append(byte)
                    output.append(bytes[index + 1])
                    index += 2
                }
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// The value of a `\uXXXX` escape at `index`, if there is one.
    private static func escape(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        else {
            return nil
        }
        return UInt32(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self), radix: 16)
    }

    private static func hex(_ value: UInt32, digits: Int) -> [UInt8] {
        let text = String(value, radix: 16, uppercase: true)
        return Array((String(repeating: "0", count: max(0, digits - text.count)) + text).utf8)
    }
}
