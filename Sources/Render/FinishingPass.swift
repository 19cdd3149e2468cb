import CQPDFPass
import Foundation

/// The pass over a finished Cairo PDF (libqpdf) that adds what Cairo cannot write: the language,
/// XMP metadata (PDF/UA), figure descriptions, link texts, artifacts, the routine as an attached
/// source file, object streams and a deterministic document ID.
public struct FinishingPass: Sendable {
    /// A file attached to the PDF as its source.
    public struct Attachment: Sendable, Hashable {
        public var name: String
        public var mimeType: String
        public var data: Data

        /// Creates an attachment.
        public init(name: String, mimeType: String, data: Data) {
            self.name = name
            self.mimeType = mimeType
            self.data = data
        }
    }

    public var language: String
    public var title: String
    /// The document's author in the metadata (the provider), "RepSheet" when `nil`.
    public var creator: String?
    /// "YYYY-MM-DD"; a fixed date when `nil`.
    public var date: String?
    public var attachment: Attachment?

    /// Creates a pass.
    public init(language: String, title: String, creator: String?, date: String?, attachment: Attachment?) {
        self.language = language
        self.title = title
        self.creator = creator
        self.date = date
        self.attachment = attachment
    }

    /// The finished PDF.
    /// - Throws: `RenderError.cairo` naming what libqpdf reported.
    public func finish(_ pdf: TaggedPDF) throws(RenderError) -> Data {
        var out: UnsafeMutablePointer<UInt8>?
        var outSize = 0
        var error: UnsafeMutablePointer<CChar>?
        let alts = pdf.figureAlts.map { strdup($0) }
        let links = pdf.linkTexts.map { strdup($0) }
        defer {
            alts.forEach { free($0) }
            links.forEach { free($0) }
        }
        let attachmentBytes = attachment?.data ?? Data()
        let status = language.withCString { lang in
            title.withCString { title in
                (creator ?? "RepSheet").withCString { creator in
                    (date ?? "2000-01-01").withCString { date in
                        (attachment?.name ?? "").withCString { name in
                            (attachment?.mimeType ?? "").withCString { mime in
                                attachmentBytes.withUnsafeBytes { bytes in
                                    pdf.data.withUnsafeBytes { input in
                                        var constAlts = alts.map { UnsafePointer($0) }
                                        var constLinks = links.map { UnsafePointer($0) }
                                        return constAlts.withUnsafeMutableBufferPointer { altBuffer in
                                            constLinks.withUnsafeMutableBufferPointer { linkBuffer in
                                                var options = repsheet_finish_options(
                                                    lang: lang, title: title, creator: creator, date: date,
                                                    figure_alts: altBuffer.baseAddress, figure_count: altBuffer.count,
                                                    link_texts: linkBuffer.baseAddress, link_count: linkBuffer.count,
                                                    attachment_name: attachment == nil ? nil : name,
                                                    attachment_mime: attachment == nil ? nil : mime,
                                                    attachment: attachment == nil
                                                        ? nil : bytes.bindMemory(to: UInt8.self).baseAddress,
                                                    attachment_size: bytes.count)
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
    public static func source(of pdf: Data) throws(RenderError) -> (name: String, data: Data)? {
        var name: UnsafeMutablePointer<CChar>?
        var out: UnsafeMutablePointer<UInt8>?
        var outSize = 0
        var error: UnsafeMutablePointer<CChar>?
        let status = pdf.withUnsafeBytes { input in
            repsheet_qpdf_source(
                input.bindMemory(to: UInt8.self).baseAddress, input.count, &name, &out, &outSize, &error)
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
