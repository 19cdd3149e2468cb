import Foundation
import Routine
import Yams

extension ClientYAMLDecoder {
    /// `routines:`: a routine file or a list of them, relative to the client file and inside its
    /// folder (or an allowed one), printed after the routine in the client's handout.
    func routineFiles(_ node: Node, reader: inout ClientFieldReader) -> [String] {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        // The batch's routine comes first in the handout.
        guard items.count < Handout.maxRoutines else {
            reader.report(
                "routines lists \(items.count) files; a client's handout takes at most \(Handout.maxRoutines) routines, "
                    + "the batch's own first, so list at most \(Handout.maxRoutines - 1)", at: location(of: node))
            return []
        }
        var paths: [String] = []
        for item in items {
            let at = location(of: item)
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                reader.report("routines must be a routine file or a list of routine files", at: at)
                continue
            }
            let text = scalar.string
            let path =
                ((text.hasPrefix("/") ? text : (baseDirectory as NSString).appendingPathComponent(text))
                as NSString).standardizingPath
            guard access.permits(path, baseDirectory: baseDirectory) else {
                reader.report(
                    "routine \"\(text)\" is outside the client file's folder; a client file may name only files "
                        + "inside it (or a folder given with --allow-path)", at: at)
                continue
            }
            if let failure = SafeFile.problem(at: path) {
                reader.report("routine \"\(text)\" cannot be used: \(BrandFile.words(failure))", at: at)
                continue
            }
            paths.append(path)
        }
        return paths
    }
}

extension SheetMaker {
    /// Whether a client's sheet is a handout rather than one routine in its layout: the client
    /// names `routines:` of its own, or the routine has a brand or a log its layout does not draw.
    static func needsHandout(_ routine: Routine, client: Client, definition: LayoutDefinition) -> Bool {
        !client.routines.isEmpty || routine.brand != nil || appendsLog(routine, to: definition.engine)
    }

    /// A client's handout in a batch (when `needsHandout`): the routine, the client's `routines:`
    /// and the routine's log, numbered through, in the client's name.
    /// - Throws: `RepSheetError` from loading the other routines, the checks or the layouts.
    func clientHandout(_ routine: Routine, client: Client, options: SheetOptions) throws(RepSheetError) -> Sheet {
        var routines = [routine]
        for path in client.routines {
            var other = try loadRoutine(path: path)
            other.client = routine.client
            if let date = client.date { other.date = date }
            if let provider = client.provider { other.provider = provider }
            routines.append(other)
        }
        var options = options
        if let layout = client.layout { options.layout = layout }
        return try layout(Handout(routines: routines), options: options)
    }
}
