import Foundation

/// Refuses SVG text that could pull anything from outside the file onto a sheet: external
/// images, `<use>` of other files, XInclude, entities, style sheets and CSS `url()`s.
///
/// A second line of defence: the SVG is also handed to librsvg from memory, without a base
/// file, so relative references have nothing to resolve against.
package enum SVGSafety {
    /// Why `text` is unsafe, or `nil` when it refers only to itself.
    package static func problem(in text: String) -> String? {
        let lower = text.lowercased()
        guard lower.contains("<svg") else { return "is not a PNG, JPEG or SVG file" }
        if lower.contains("<!entity") {
            return "declares XML entities, which could pull in other files; remove the <!ENTITY> declarations"
        }
        if let doctype = lower.range(of: "<!doctype") {
            let declaration = lower[doctype.lowerBound...].prefix { $0 != ">" }
            if declaration.contains("[") {
                return "has an internal DOCTYPE subset, which could pull in other files; remove the DOCTYPE"
            }
        }
        if lower.contains("xinclude") || lower.contains("xi:include") {
            return "includes other files (XInclude); pictures must be self-contained"
        }
        if lower.contains("<?xml-stylesheet") || lower.contains("@import") {
            return "loads a style sheet from another file; pictures must be self-contained"
        }
        if let reference = firstExternalReference(in: text) {
            return
                "refers to \"\(reference)\" outside itself; pictures must be self-contained (only #id and data: references)"
        }
        return nil
    }

    /// The first `href` or CSS `url()` that points anywhere but inside the file.
    static func firstExternalReference(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let lower = scalars.map {
            $0.isASCII ? Unicode.Scalar(UInt8(ascii: $0) | ($0.properties.isUppercase ? 0x20 : 0)) : $0
        }
        for (token, opener) in [("href", "="), ("url", "(")] {
            var index = 0
            let needle = Array(token.unicodeScalars)
            while let found = find(needle, in: lower, from: index) {
                index = found + needle.count
                // Skip white space, then expect the opener; a bare word (text content) is harmless.
                var cursor = index
                while cursor < lower.count, lower[cursor].properties.isWhitespace { cursor += 1 }
                guard cursor < lower.count, String(lower[cursor]) == opener else { continue }
                cursor += 1
                while cursor < lower.count, lower[cursor].properties.isWhitespace { cursor += 1 }
                var value = ""
                if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
                    let quote = scalars[cursor]
                    cursor += 1
                    while cursor < scalars.count, scalars[cursor] != quote {
                        value.unicodeScalars.append(scalars[cursor])
                        cursor += 1
                    }
                } else {
                    while cursor < scalars.count, scalars[cursor] != ")", !scalars[cursor].properties.isWhitespace {
                        value.unicodeScalars.append(scalars[cursor])
                        cursor += 1
                    }
                }
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if !(trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("data:")) {
                    return trimmed.count > 80 ? String(trimmed.prefix(80)) + "…" : trimmed
                }
            }
        }
        return nil
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}
