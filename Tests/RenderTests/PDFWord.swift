import Foundation

/// A word and its box on a PDF page, as `pdftotext -bbox` reports it (points, top-left origin).
struct PDFWord {
    var page: Int
    var text: String
    var xMin, yMin, xMax, yMax: Double

    /// Parses the XHTML that `pdftotext -bbox` writes.
    static func parse(_ html: String) -> (pages: [(width: Double, height: Double)], words: [PDFWord]) {
        var pages: [(Double, Double)] = []
        var words: [PDFWord] = []
        for line in html.split(separator: "\n") {
            let text = String(line)
            if text.contains("<page ") {
                pages.append((attribute("width", in: text), attribute("height", in: text)))
            } else if text.contains("<word ") {
                let start = text.range(of: ">").map { text[$0.upperBound...] } ?? ""
                let word = start.range(of: "</word>").map { String(start[..<$0.lowerBound]) } ?? String(start)
                words.append(
                    PDFWord(
                        page: pages.count, text: word, xMin: attribute("xMin", in: text),
                        yMin: attribute("yMin", in: text),
                        xMax: attribute("xMax", in: text), yMax: attribute("yMax", in: text)))
            }
        }
        return (pages, words)
    }

    private static func attribute(_ name: String, in line: String) -> Double {
        guard let range = line.range(of: " \(name)=\"") else { return .nan }
        let rest = line[range.upperBound...]
        return Double(rest.prefix { $0 != "\"" }) ?? .nan
    }

    /// Whether two words' boxes share area, allowing a small tolerance for glyph overhang.
    func overlaps(_ other: PDFWord, tolerance: Double = 0.5) -> Bool {
        page == other.page && xMin < other.xMax - tolerance && other.xMin < xMax - tolerance
            && yMin < other.yMax - tolerance && other.yMin < yMax - tolerance
    }
}
