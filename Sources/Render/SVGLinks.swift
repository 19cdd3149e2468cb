import Foundation
import Layout

/// The links of an SVG page: Cairo's SVG surface draws a page but writes none of its links (a
/// video's QR code and its caption), so each link of the display list is added to the document
/// Cairo wrote as an `<a>` around an invisible rectangle over the link's area, above all else.
enum SVGLinks {
    /// `svg` (a document Cairo wrote) with a clickable area for each link of `page` that is an
    /// http or https address, before its closing `</svg>`; `svg` as it is when there is none.
    static func adding(_ page: Page, to svg: Data) -> Data {
        let elements = page.links.compactMap { element(for: $0, title: title(of: $0, on: page)) }
        guard !elements.isEmpty, let close = svg.range(of: Data("</svg>".utf8), options: .backwards) else { return svg }
        var result = svg
        let added = "<g id=\"repsheet-links\">\n" + elements.joined() + "</g>\n"
        result.replaceSubrange(close.lowerBound..<close.lowerBound, with: Data(added.utf8))
        return result
    }

    /// What a screen reader says for `link`, as in the PDF's tags: the text it lies over (a
    /// step's name), else "QR code: " and its address.
    static func title(of link: Link, on page: Page) -> String {
        let words = page.textRuns.filter { TagPlan.covers(link.frame, $0.frame) }.map(\.text)
        return words.isEmpty ? "QR code: " + link.url : words.joined(separator: " ")
    }

    /// The `<a>` of `link`, named `title`, in the page's points (the SVG's user units); `nil`
    /// for an address that is not http or https, or an area that is empty or not finite.
    static func element(for link: Link, title: String) -> String? {
        let lowered = link.url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        let f = link.frame
        let numbers = [f.minX.points, f.minY.points, f.width.points, f.height.points]
        guard numbers.allSatisfy(\.isFinite), f.width.points > 0, f.height.points > 0 else { return nil }
        let text = numbers.map { String(format: "%.3f", $0) }
        let href = escaped(link.url)
        return "<a href=\"\(href)\" xlink:href=\"\(href)\" target=\"_blank\"><title>\(escaped(title))</title>"
            + "<rect x=\"\(text[0])\" y=\"\(text[1])\" width=\"\(text[2])\" height=\"\(text[3])\" "
            + "fill=\"#000\" fill-opacity=\"0\"/></a>\n"
    }

    /// `text` safe in XML text and inside a double-quoted attribute.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // XML 1.0 has no control characters, not even as references: %-escaped as in an address.
            case "\u{0}"..."\u{1F}", "\u{7F}": result += String(format: "%%%02X", character.value)
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
