import Figures
import Foundation
import RepSheet

/// A routine sent in a request body, read as the CLI reads a file in the start folder.
struct RoutineRequest: Sendable {
    /// The routine text (YAML or JSON).
    var text: String
    /// The name diagnostics use; `.json` selects JSON.
    var fileName: String
    /// Render choices from the query.
    var options: SheetOptions

    /// Decodes, validates and resolves the routine's exercises. `image:` and `layout:` paths
    /// resolve only inside `folder`.
    func load(maker: SheetMaker, folder: String) throws(RepSheetError) -> Routine {
        let routine: Routine
        do {
            routine = try RoutineLoader.load(
                text: text, fileName: fileName, baseDirectory: folder, access: FileAccess())
        } catch {
            throw .routine(error)
        }
        do {
            return try ExerciseResolver(catalogue: try maker.catalogue).resolve(routine)
        } catch let error as RoutineError {
            throw .routine(error)
        } catch let error as RepSheetError {
            throw error
        } catch {
            throw .usage("\(error)")
        }
    }

    /// The options for rendering, carrying the routine text as the PDF's attached source.
    var renderOptions: SheetOptions {
        var options = options
        if options.format == .pdf, options.includeSource {
            let json = fileName.lowercased().hasSuffix(".json")
            options.source = FinishingPass.Attachment(
                name: fileName, mimeType: json ? "application/json" : "application/yaml", data: Data(text.utf8))
        }
        return options
    }
}
