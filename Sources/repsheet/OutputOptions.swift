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
