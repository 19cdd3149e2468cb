import Foundation
import Render
import Routine

extension SheetMaker {
    /// The pass every PDF goes through: tags finished, metadata, the routine attached.
    static func finishingPass(for sheet: Sheet, _ options: SheetOptions) -> FinishingPass {
        FinishingPass(
            language: sheet.language, title: sheet.title, creator: options.author, date: sheet.date,
            attachment: options.includeSource ? options.source : nil)
    }

    /// The largest routine file attached to its PDF (the routine reader refuses larger ones first).
    static let maxSourceBytes = 16 << 20

    /// `options` with the routine's file (read from `world`) as the PDF's source and its provider
    /// as the author.
    static func withSource(of routine: Routine, _ options: SheetOptions, world: any World) -> SheetOptions {
        var options = options
        if options.author == nil { options.author = routine.provider }
        guard options.format == .pdf, options.includeSource, options.source == nil, let path = routine.source,
            let data = try? world.read(path, limit: maxSourceBytes)
        else { return options }
        if let text = String(data: data, encoding: .utf8), let rewritten = RoutineSource.rewritten(text, for: routine) {
            // The file changed on the command line travels as YAML.
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            options.source = FinishingPass.Attachment(
                name: stem + ".yaml", mimeType: "application/yaml", data: Data(rewritten.utf8))
        } else {
            options.source = routine.sourceAttachment(data, path: path)
        }
        return options
    }
}

extension Routine {
    /// The routine file as an attachment named after the file.
    func sourceAttachment(_ data: Data, path: String) -> FinishingPass.Attachment {
        let name = path == "-" ? "routine.yaml" : URL(fileURLWithPath: path).lastPathComponent
        let json = name.lowercased().hasSuffix(".json")
        return FinishingPass.Attachment(
            name: name, mimeType: json ? "application/json" : "application/yaml", data: data)
    }
}
