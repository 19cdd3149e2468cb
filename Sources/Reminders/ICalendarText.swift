/// RFC 5545 text rules: value escaping, and content lines folded at 75 octets with CRLF ends.
enum ICalendarText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
    static func escaped(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }

    /// One content line, folded so no physical line is longer than 75 octets (not counting
    /// CRLF), never inside a UTF-8 sequence, each ending in CRLF.
    static func folded(_ line: String) -> String {
        var out = ""
        var lineOctets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if lineOctets + size > limit {
                out += "\r\n "
                lineOctets = 0
                limit = 74  // the leading space of a continuation line counts
            }
            out.unicodeScalars.append(scalar)
            lineOctets += size
        }
        return out + "\r\n"
    }
}
