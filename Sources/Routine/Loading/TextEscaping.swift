/// Makes text from a file safe to echo in a message on a terminal.
///
/// Control characters (C0 such as ESC, BEL and NUL, DEL, and C1) and direction overrides are
/// written as `\u{1B}`, so a value cannot move the cursor, change the window title, cut a line
/// short or turn the rest of the message backwards; an excerpt is
/// also cut to a few characters, so a message never quotes much of a file.
package enum TextEscaping {
    /// `text` with every control character written as `\u{XX}`; tabs and line breaks are kept
    /// when `keepLineBreaks` is set (for whole messages), escaped otherwise (for values).
    package static func escaped(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isDirectionOverride($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if keepLineBreaks, scalar == "\n" || scalar == "\t" {
                result.unicodeScalars.append(scalar)
            } else if isControl(scalar) || isDirectionOverride(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// At most `limit` characters of `text`, escaped, with "…" when it was cut.
    package static func excerpt(_ text: String, limit: Int = 40) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return escaped(cut)
    }

    /// Whether `scalar` is a C0 or C1 control character or DEL.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether `scalar` forces the text after it left-to-right (U+202D) or right-to-left
    /// (U+202E) whatever its letters: printed, "Bridge" can read "egdirB".
    package static func isDirectionOverride(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x202D || scalar.value == 0x202E
    }
}
