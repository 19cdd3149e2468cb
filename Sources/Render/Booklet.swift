import CQPDFPass
import Foundation

/// Booklet imposition: a PDF's pages two-up on landscape sheets in the order that, printed on
/// both sides and folded down the middle, reads 1, 2, 3, ….
package enum Booklet {
    /// Letter landscape, in points.
    package static let letterSheet = (width: 792.0, height: 612.0)
    /// A4 landscape, in points.
    package static let a4Sheet = (width: 841.89, height: 595.28)

    /// The sheet a PDF's pages are imposed on: A4 for A-series pages (A5, A4), Letter otherwise.
    package static func sheet(forPage width: Double, _ height: Double) -> (width: Double, height: Double) {
        let portrait = (min(width, height), max(width, height))
        let aSeries = [(419.53, 595.28), (595.28, 841.89)].contains {
            abs($0.0 - portrait.0) < 3 && abs($0.1 - portrait.1) < 3
        }
        return aSeries ? a4Sheet : letterSheet
    }

    /// The (left, right) page numbers, 1-based (`nil` for a blank), on each side in order, for
    /// `pages` pages: padded to a multiple of 4; the first side holds the last page and page 1.
    package static func order(pages: Int) -> [(left: Int?, right: Int?)] {
        let padded = (pages + 3) / 4 * 4
        return (0..<padded / 2).map { side in
            let low = side + 1, high = padded - side
            let (left, right) = side % 2 == 0 ? (high, low) : (low, high)
            return (left <= pages ? left : nil, right <= pages ? right : nil)
        }
    }

    /// The pages of `pdf` imposed two-up in booklet order on the sheet that suits them.
    /// - Throws: `RenderError.cairo` when the PDF cannot be read or written.
    package static func impose(_ pdf: Data) throws(RenderError) -> Data {
        if let failure = repsheet_qpdf_library_failure() { throw .pdfLibraryUnavailable(String(cString: failure)) }
        var width = 0.0, height = 0.0
        let read = pdf.withUnsafeBytes { input in
            repsheet_qpdf_first_page_size(input.bindMemory(to: UInt8.self).baseAddress, input.count, &width, &height)
        }
        guard read == 0 else { throw .cairo("cannot read the PDF to make a booklet") }
        let sheet = sheet(forPage: width, height)
        var out: UnsafeMutablePointer<UInt8>?
        var outSize = 0
        var error: UnsafeMutablePointer<CChar>?
        let status = pdf.withUnsafeBytes { input in
            repsheet_qpdf_booklet(
                input.bindMemory(to: UInt8.self).baseAddress, input.count, sheet.width, sheet.height, &out, &outSize,
                &error)
        }
        defer {
            free(out)
            free(error)
        }
        guard status == 0, let out else {
            throw .cairo("cannot make the booklet: " + (error.map { String(cString: $0) } ?? "unknown error"))
        }
        return Data(bytes: out, count: outSize)
    }
}
