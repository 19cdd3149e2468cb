import ArgumentParser
import Foundation
import RepSheet

/// `repsheet render`: lays out and draws a routine.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a routine to PDF, PNG or SVG.",
        discussion: """
            ROUTINE is a .yaml, .yml or .json file, - for standard input, or the name of a built-in \
            example (see `repsheet examples`). Without -o the output is <routine-name>.pdf in the \
            working directory. PNG and SVG write one file per page: <name>-1.png, <name>-2.png, …
            """
    )

    @Argument(help: "The routine file, or a built-in example's name.")
    var routine: String

    @Option(name: [.short, .customLong("output")], help: "The output file; its extension picks the format when --format is absent.")
    var output: String?

    @Option(help: "pdf, png or svg.")
    var format: String?

    @Option(help: "Resolution of PNG pages in dots per inch (18-1200).")
    var dpi: Int = 150

    @Option(help: "A built-in layout name or a layout file; overrides the routine's `layout`.")
    var layout: String?

    @Flag(help: "Outline every placed item, to check the layout.")
    var debugBoxes = false

    func run() throws {
        let format = try resolvedFormat()
        do {
            let maker = try SheetMaker()
            let routine = try maker.loadRoutine(path: self.routine)
            let sheet = try maker.layout(routine, layout: layout)
            let pages = try maker.render(sheet, as: format, dpi: dpi, debugBoxes: debugBoxes)
            let base = output ?? defaultBase(routine: routine)
            let paths = SheetMaker.outputPaths(base: base, format: format, pageCount: pages.count)
            try AtomicWriter.write(Array(zip(paths, pages)).map { (path: $0.0, data: $0.1) })
            for path in paths { print(path) }
        } catch {
            throw fail(error)
        }
    }

    private func resolvedFormat() throws -> OutputFormat {
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

    /// `<routine-name>` in the working directory.
    private func defaultBase(routine: Routine) -> String {
        let name = self.routine == "-" ? "routine" : ((self.routine as NSString).lastPathComponent as NSString).deletingPathExtension
        return name.isEmpty ? "routine" : name
    }
}
