import Foundation
import Render
import Routine

extension SheetMaker {
    /// The pass every PDF goes through: tags finished, metadata, the routine attached.
    static func finishingPass(for sheet: Sheet, _ options: SheetOptions) -> FinishingPass {
        FinishingPass(
            language: sheet.language, title: sheet.title, creator: options.author, date: sheet.date,
            attachments: options.includeSource ? (options.source.map { [$0] } ?? []) + options.moreSources : [])
    }

    /// The largest routine file attached to its PDF (the routine reader refuses larger ones first).
    static let maxSourceBytes = 16 << 20

    /// `options` with the routine's file (read from `world`) as the PDF's source, its `pictures`
    /// (read once, before drawing) beside it, and its provider as the author.
    static func withSource(of routine: Routine, _ options: SheetOptions, world: any World, pictures: Pictures)
        -> SheetOptions
    {
        var options = options
        if options.author == nil { options.author = routine.provider }
        guard options.format == .pdf, options.includeSource, options.source == nil, let path = routine.source,
            let data = try? world.read(path, limit: maxSourceBytes)
        else { return options }
        options.moreSources = routine.pictureAttachments(pictures)
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
    /// The routine's pictures as attachments, in the order of their steps, each named by its path
    /// from the routine's folder ("pictures/bridge.png") so the extracted routine finds them; a
    /// picture outside that folder by its file name. The bytes are those read for drawing.
    func pictureAttachments(_ pictures: Pictures) -> [FinishingPass.Attachment] {
        guard let source, source != "-" else { return [] }
        let folder = URL(fileURLWithPath: source).deletingLastPathComponent().standardizedFileURL.path + "/"
        var seen = Set<String>()
        var result: [FinishingPass.Attachment] = []
        for path in allSteps.compactMap(\.image) where seen.insert(path).inserted {
            let full = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let data = pictures[path]?.data else { continue }
            let name =
                full.hasPrefix(folder)
                ? String(full.dropFirst(folder.count)) : URL(fileURLWithPath: full).lastPathComponent
            let mime: String
            switch URL(fileURLWithPath: full).pathExtension.lowercased() {
            case "png": mime = "image/png"
            case "jpg", "jpeg": mime = "image/jpeg"
            case "svg": mime = "image/svg+xml"
            case "webp": mime = "image/webp"
            case "gif": mime = "image/gif"
            default: mime = "application/octet-stream"
            }
            result.append(
                FinishingPass.Attachment(
                    name: name, mimeType: mime, data: data, description: "A picture of the routine"))
        }
        return result
    }

    /// The routine file as an attachment named after the file.
    func sourceAttachment(_ data: Data, path: String) -> FinishingPass.Attachment {
        let name = path == "-" ? "routine.yaml" : URL(fileURLWithPath: path).lastPathComponent
        let json = name.lowercased().hasSuffix(".json")
        return FinishingPass.Attachment(
            name: name, mimeType: json ? "application/json" : "application/yaml", data: data)
    }
}
