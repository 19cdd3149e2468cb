import Figures
import Foundation
import RepSheet

/// A routine sent in a request body, read as the CLI reads a file in the start folder.
struct RoutineRequest: Sendable {
    /// The routine's bytes (YAML or JSON), as sent: decoded by the CLI's loader, which refuses
    /// text that is not UTF-8 with the same message and place as `repsheet validate`.
    var bytes: Data
    /// The name diagnostics use; `.json` selects JSON.
    var fileName: String
    /// Render choices from the query.
    var options: SheetOptions

    /// A request for routine text already decoded (a client batch's JSON field).
    init(text: String, fileName: String, options: SheetOptions) {
        self.init(bytes: Data(text.utf8), fileName: fileName, options: options)
    }

    /// A request for the routine's bytes as sent.
    init(bytes: Data, fileName: String, options: SheetOptions) {
        self.bytes = bytes
        self.fileName = fileName
        self.options = options
    }

    /// The text, for the page's document tree (bytes that are not UTF-8 shown as U+FFFD).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Decodes, validates and resolves the routine's exercises. `image:` and `layout:` paths
    /// resolve only inside `folder`.
    func load(maker: SheetMaker, folder: String) throws(RepSheetError) -> Routine {
        let routine: Routine
        do {
            routine = try RoutineLoader.load(
                data: bytes, fileName: fileName, baseDirectory: folder, access: FileAccess())
        } catch {
            throw .routine(error)
        }
        do {
            var resolved = try ExerciseResolver(catalogue: try maker.catalogue).resolve(routine)
            // As if read from a file in the start folder: a layout path starts there, and the
            // checks read the routine again (through `ServeWorld`) for a character's line.
            resolved.source = sourcePath(in: folder)
            try LayoutBrandCheck.check(resolved, layout: options.layout, maker: maker, folder: folder)
            return resolved
        } catch let error as RoutineError {
            throw .routine(error)
        } catch let error as RepSheetError {
            throw error
        } catch {
            throw .usage("\(error)")
        }
    }

    /// Where the routine stands as a file: its name in the start folder.
    func sourcePath(in folder: String) -> String {
        (folder as NSString).appendingPathComponent(fileName)
    }

    /// Runs `work` with this routine's bytes readable at its `sourcePath` in `maker`'s world.
    func serving<Value>(on maker: SheetMaker, folder: String, _ work: () throws -> Value) rethrows -> Value {
        guard let world = maker.world as? ServeWorld else { return try work() }
        return try world.serving(bytes, at: sourcePath(in: folder), work)
    }

    /// The options for rendering, carrying the routine text as the PDF's attached source.
    var renderOptions: SheetOptions {
        var options = options
        if options.format == .pdf, options.includeSource {
            let json = fileName.lowercased().hasSuffix(".json")
            options.source = FinishingPass.Attachment(
                name: fileName, mimeType: json ? "application/json" : "application/yaml", data: bytes)
        }
        return options
    }
}
