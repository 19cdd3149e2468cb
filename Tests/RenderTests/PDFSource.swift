import Foundation
import XCTest

/// A finished PDF's objects as text: the finishing pass packs them into compressed object
/// streams, so tests that look for a link's `/URI (…)` read them through `qpdf --qdf`.
enum PDFSource {
    /// The PDF rewritten with every object and stream uncompressed.
    static func text(_ pdf: Data) throws -> String {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf"), output = directory.appendingPathComponent("out.pdf")
        try pdf.write(to: input)
        let result = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", input.path, output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }
}
