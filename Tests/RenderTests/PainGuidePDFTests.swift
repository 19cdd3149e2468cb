import Foundation
import XCTest

/// `pain_guide: true`: the traffic-light guide's words on the sheet in English, Spanish and
/// Arabic, in every layout; its three bands still apart in a grey rendering (`pdftoppm -gray`),
/// each beside its label; and the tracker's pain row.
final class PainGuidePDFTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    static let examples = Tool.packageRoot.appendingPathComponent("examples")

    /// The guide's words by language (Arabic words without lam-alef, which pdftotext reorders).
    static let words: [String: [String]] = [
        "": [
            "Pain guide: 0 = no pain, 10 = worst pain", "Fine. Keep going.", "Go easier.", "Stop. Call your therapist.",
        ],
        "-es": ["Guía del dolor", "Bien. Siga con los ejercicios.", "Más suave.", "Pare. Llame a su fisioterapeuta."],
        "-ar": ["دليل", "توقف", "بمعالجك", "جيد"],
    ]

    /// `examples/back-stretches<suffix>.yaml` with the pain guide on, as a PDF in `layout`.
    func render(_ suffix: String, layout: String) throws -> String {
        var text = try String(
            contentsOf: Self.examples.appendingPathComponent("back-stretches\(suffix).yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "image: pictures/", with: "image: \(Self.examples.path)/pictures/")
        text += "\npain_guide: true\n"
        let routine = directory.appendingPathComponent("pain\(suffix).yaml").path
        try text.write(toFile: routine, atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("pain\(suffix)-\(layout).pdf").path
        let result = try Tool.run(Tool.repsheet, ["render", routine, "-o", pdf, "--layout", layout])
        XCTAssertEqual(result.status, 0, result.stderr)
        return pdf
    }

    /// The PDF's text, whitespace normalised and without bidi marks.
    func text(_ pdf: String) throws -> String {
        let marks = Set<Unicode.Scalar>([
            "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
        ])
        let raw = try Tool.run("pdftotext", [pdf, "-"]).stdout
        return Tool.normalized(String(String.UnicodeScalarView(raw.unicodeScalars.filter { !marks.contains($0) })))
    }

    func testTheGuidesWordsAreOnTheSheetInEnglishSpanishAndArabic() throws {
        for (suffix, words) in Self.words {
            for layout in ["classic", "cards", "compact", "tracker", "large-print"] {
                let text = try self.text(try render(suffix, layout: layout))
                for word in words { XCTAssertTrue(text.contains(word), "\(suffix) \(layout): \(word) in \(text)") }
            }
        }
    }

    func testTheTrackerHasAPainRowInTheSheetsLanguage() throws {
        XCTAssertTrue(try text(try render("", layout: "tracker")).contains("Pain (0–10)"))
        XCTAssertTrue(try text(try render("-es", layout: "tracker")).contains("Dolor (0–10)"))
        // Without the guide, no pain row.
        let plain = directory.appendingPathComponent("plain.pdf").path
        let routine = Self.examples.appendingPathComponent("back-stretches.yaml").path
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["render", routine, "-o", plain, "--layout", "tracker"]).status, 0)
        XCTAssertFalse(try text(plain).contains("Pain (0–10)"))
    }

    func testGreyPrintKeepsTheThreeBandsApartByLabel() throws {
        for (suffix, rightToLeft) in [("", false), ("-es", false), ("-ar", true)] {
            for layout in ["classic", "cards", "tracker"] {
                let pdf = try render(suffix, layout: layout)
                let html = try Tool.run("pdftotext", ["-f", "1", "-l", "1", "-bbox", pdf, "-"]).stdout
                let words = PDFWord.parse(html).words
                let dpi = 100.0
                let prefix = directory.appendingPathComponent("grey").path
                XCTAssertEqual(
                    try Tool.run("pdftoppm", ["-gray", "-r", "100", "-f", "1", "-l", "1", pdf, prefix]).status, 0)
                let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
                    $0.hasPrefix("grey") && $0.hasSuffix(".pgm")
                }
                let image = try BandGreymap(
                    Data(contentsOf: directory.appendingPathComponent(try XCTUnwrap(files.first))))
                try FileManager.default.removeItem(at: directory.appendingPathComponent(files[0]))
                // Each band's label, and the mean grey of the swatch beside it (2 mm from the label).
                var means: [Double] = []
                for labels in [["0–3", "3–0"], ["4–5", "5–4"], ["6–10", "10–6"]] {
                    let word = try XCTUnwrap(words.first { labels.contains($0.text) }, "\(suffix) \(layout): \(labels)")
                    let gap = 5.67
                    let x0 = rightToLeft ? word.xMax + gap + 3 : word.xMin - gap - 11
                    let mean = image.mean(
                        x: x0 * dpi / 72, y: (word.yMin + 3) * dpi / 72, width: 8 * dpi / 72, height: 8 * dpi / 72)
                    means.append(mean)
                }
                // Open, hatched, solid: far apart in grey.
                XCTAssertGreaterThan(means[0], 200, "\(suffix) \(layout): \(means)")
                XCTAssertLessThan(means[2], 70, "\(suffix) \(layout): \(means)")
                XCTAssertGreaterThan(means[0] - means[1], 40, "\(suffix) \(layout): \(means)")
                XCTAssertGreaterThan(means[1] - means[2], 40, "\(suffix) \(layout): \(means)")
            }
        }
    }
}

/// A binary greymap (P5) read for its pixels.
private struct BandGreymap {
    var width = 0
    var height = 0
    var pixels: [UInt8] = []

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
            var number = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(number)
        }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[(index + 1)...])
    }

    /// The mean grey (0 black … 255 white) of a rectangle in pixels.
    func mean(x: Double, y: Double, width w: Double, height h: Double) -> Double {
        var total = 0.0
        var count = 0.0
        for row in Int(y)..<Int(y + h) where row >= 0 && row < height {
            for column in Int(x)..<Int(x + w) where column >= 0 && column < width {
                total += Double(pixels[row * width + column])
                count += 1
            }
        }
        return count > 0 ? total / count : .nan
    }
}
