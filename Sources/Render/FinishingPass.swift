import CQPDFPass
import Foundation
import Routine

/// The pass over a finished Cairo PDF (libqpdf) that adds what Cairo cannot write: the language,
/// XMP metadata (PDF/UA), figure descriptions, link texts, artifacts, the routine as an attached
/// source file, object streams and a deterministic document ID.
package struct FinishingPass: Sendable {
    /// A file attached to the PDF as its source.
    package struct Attachment: Sendable, Hashable {
        /// The file's name; a picture's is its path from the routine's folder ("pictures/x.png").
        package var name: String
        package var mimeType: String
        package var data: Data
        /// What the file is, for a reader's list of attachments.
        package var description: String

        /// Creates an attachment.
        package init(
            name: String, mimeType: String, data: Data, description: String = "The routine this sheet was made from"
        ) {
            self.name = name
            self.mimeType = mimeType
            self.data = data
            self.description = description
        }
    }

    package var language: String
    package var title: String
    /// The document's author in the metadata (the provider), "RepSheet" when `nil`.
    package var creator: String?
    /// "YYYY-MM-DD"; a fixed date when `nil`.
    package var date: String?
    /// The files attached as the sheet's sources: the routine (or every client's, in a merged
    /// batch PDF), then its pictures.
    package var attachments: [Attachment]

    /// Creates a pass.
    package init(language: String, title: String, creator: String?, date: String?, attachments: [Attachment]) {
        self.language = language
        self.title = title
        self.creator = creator
        self.date = date
        self.attachments = attachments
    }

    /// Creates a pass attaching at most one file.
    package init(language: String, title: String, creator: String?, date: String?, attachment: Attachment?) {
        self.init(
            language: language, title: title, creator: creator, date: date, attachments: attachment.map { [$0] } ?? [])
    }

    /// The finished PDF.
    /// - Throws: `RenderError.cairo` naming what libqpdf reported.
    package func finish(_ pdf: TaggedPDF) throws(RenderError) -> Data {
        var out: UnsafeMutablePointer<UInt8>?
        var outSize = 0
        var error: UnsafeMutablePointer<CChar>?
        let alts = pdf.figureAlts.map { strdup($0) }
        let links = pdf.linkTexts.map { strdup($0) }
        defer {
            alts.forEach { free($0) }
            links.forEach { free($0) }
        }
        // C copies of the attachments' names and bytes, alive until the pass returns.
        let names = attachments.map { strdup($0.name) }
        let mimes = attachments.map { strdup($0.mimeType) }
        let descriptions = attachments.map { strdup($0.description) }
        let bytes = attachments.map { attachment -> UnsafeMutablePointer<UInt8> in
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, attachment.data.count))
            attachment.data.copyBytes(to: buffer, count: attachment.data.count)
            return buffer
        }
        defer {
            (names + mimes + descriptions).forEach { free($0) }
            bytes.forEach { $0.deallocate() }
        }
        var files = attachments.indices.map { index in
            repsheet_attachment(
                name: names[index], mime: mimes[index], description: descriptions[index], data: bytes[index],
                size: attachments[index].data.count)
        }
        let status = language.withCString { lang in
            title.withCString { title in
                (creator ?? "RepSheet").withCString { creator in
                    (date ?? "2000-01-01").withCString { date in
                        pdf.data.withUnsafeBytes { input in
                            var constAlts = alts.map { UnsafePointer($0) }
                            var constLinks = links.map { UnsafePointer($0) }
                            return constAlts.withUnsafeMutableBufferPointer { altBuffer in
                                constLinks.withUnsafeMutableBufferPointer { linkBuffer in
                                    files.withUnsafeMutableBufferPointer { fileBuffer in
                                        var options = repsheet_finish_options(
                                            lang: lang, title: title, creator: creator, date: date,
                                            figure_alts: altBuffer.baseAddress, figure_count: altBuffer.count,
                                            link_texts: linkBuffer.baseAddress, link_count: linkBuffer.count,
                                            attachments: fileBuffer.baseAddress, attachment_count: fileBuffer.count)
                                        return repsheet_qpdf_finish(
                                            input.bindMemory(to: UInt8.self).baseAddress, input.count,
                                            &options, &out, &outSize, &error)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        defer {
            free(out)
            free(error)
        }
        guard status == 0, let out else {
            throw .cairo("the finishing pass failed: " + (error.map { String(cString: $0) } ?? "unknown error"))
        }
        return Data(bytes: out, count: outSize)
    }

    /// The source file attached to `pdf` (name and bytes), `nil` when it has none.
    /// - Throws: `RenderError.cairo` when the PDF cannot be read.
    package static func source(of pdf: Data) throws(RenderError) -> (name: String, data: Data)? {
        try source(of: pdf, at: 0)
    }

    /// Every source file attached to `pdf` (the routine or routines, then pictures), in order.
    /// - Throws: `RenderError.cairo` when the PDF cannot be read.
    package static func sources(of pdf: Data) throws(RenderError) -> [(name: String, data: Data)] {
        var found: [(name: String, data: Data)] = []
        var total = 0
        while let next = try source(of: pdf, at: found.count) {
            let isRoutine = ["yaml", "yml", "json"].contains(next.name.split(separator: ".").last?.lowercased() ?? "")
            let limit = isRoutine ? RoutineLimits.maxFileBytes : ImageInspector.maxFileBytes
            guard next.data.count <= limit else {
                throw .cairo(
                    "the attached file \"\(TextEscaping.excerpt(next.name))\" is \(next.data.count) bytes; "
                        + "RepSheet attaches \(isRoutine ? "routines" : "pictures") of at most \(limit) bytes")
            }
            total += next.data.count
            found.append(next)
            guard found.count <= maxSources, total <= maxSourceBytes else {
                throw .cairo(
                    "the PDF carries more than \(maxSources) attached files or \(maxSourceBytes / 1_000_000) MB of "
                        + "them; a RepSheet PDF carries fewer")
            }
        }
        return found
    }

    /// The most attached files `sources` reads: every client's routine of a merged batch and
    /// some pictures each.
    package static let maxSources = 5_000
    /// The most bytes the attached files may hold together.
    package static let maxSourceBytes = 200_000_000

    private static func source(of pdf: Data, at index: Int) throws(RenderError) -> (name: String, data: Data)? {
        if let failure = repsheet_qpdf_library_failure() { throw .pdfLibraryUnavailable(String(cString: failure)) }
        var name: UnsafeMutablePointer<CChar>?
        var out: UnsafeMutablePointer<UInt8>?
        var outSize = 0
        var error: UnsafeMutablePointer<CChar>?
        let status = pdf.withUnsafeBytes { input in
            repsheet_qpdf_source(
                input.bindMemory(to: UInt8.self).baseAddress, input.count, index, &name, &out, &outSize, &error)
        }
        defer {
            free(name)
            free(out)
            free(error)
        }
        if status == 2 { return nil }
        guard status == 0, let name, let out else {
            throw .cairo("cannot read the PDF: " + (error.map { String(cString: $0) } ?? "unknown error"))
        }
        return (String(cString: name), Data(bytes: out, count: outSize))
    }
}
