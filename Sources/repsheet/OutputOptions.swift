import ArgumentParser
import Foundation
import RepSheet

/// Where and in what format a rendering is written.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("output")],
        help: "The output file; its extension picks the format when --format is absent.")
    var output: String?

    @Option(help: "pdf, png or svg.")
    var format: String?

    @Option(help: "Resolution of PNG pages in dots per inch (18-1200).")
    var dpi: Int = 150

    /// Extensions of formats RepSheet does not write: `-o sheet.jpg` is a mistake, not a name to
    /// add `.pdf` to (as `-o j.smith` is).
    static let otherFormats: Set<String> = [
        "jpg", "jpeg", "gif", "webp", "tif", "tiff", "bmp", "heic", "avif", "eps", "ps", "xps", "txt", "html", "htm",
        "doc", "docx", "odt", "rtf", "md", "ics",
    ]

    func validate() throws {
        if let output, output.isEmpty {
            throw ValidationError("-o needs a file name, found an empty one")
        }
        if let output, format == nil {
            let ext = (output as NSString).pathExtension.lowercased()
            if Self.otherFormats.contains(ext) {
                throw ValidationError(
                    "-o \"\(output)\" names a .\(ext) file, a format RepSheet does not write; name a .pdf, .png or "
                        + ".svg file")
            }
        }
        if let format, let output, let parsed = OutputFormat(rawValue: format.lowercased()),
            let named = OutputFormat(fileExtension: (output as NSString).pathExtension), named != parsed
        {
            throw ValidationError(
                "-o \"\(output)\" names a .\(named.rawValue) file but --format is \(parsed.rawValue); "
                    + "use the same format in both, or leave one out")
        }
    }

    /// `-o OUT`, or `defaultName` in the working directory; a folder (existing, such as `.`, or
    /// written with a trailing `/`) gets `defaultName` inside it.
    func base(defaultName: String) -> String {
        guard let output else { return defaultName }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder)
        if output.hasSuffix("/") || (exists && isFolder.boolValue) {
            return (output as NSString).appendingPathComponent(defaultName)
        }
        return output
    }

    /// --format, else OUT's extension, else PDF.
    func resolvedFormat() throws -> OutputFormat {
        if let format {
            guard let parsed = OutputFormat(rawValue: format.lowercased()) else {
                throw ValidationError("--format must be pdf, png or svg, found \"\(format)\"")
            }
            return parsed
        }
        if let output, let fromExtension = OutputFormat(fileExtension: (output as NSString).pathExtension) {
            return fromExtension
        }
        return .pdf
    }
}
