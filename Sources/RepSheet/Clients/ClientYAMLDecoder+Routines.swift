import Foundation
import Routine
import Yams

extension ClientYAMLDecoder {
    /// `routines:`: a routine file or a list of them, relative to the client file and inside its
    /// folder (or an allowed one), printed after the routine in the client's handout.
    func routineFiles(_ node: Node, reader: inout ClientFieldReader) -> [String] {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
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
    /// A client's sheet in a batch: the routine in its layout, or with the client's `routines:`
    /// (and the routine's log) a handout of them all, numbered through, in the client's name.
    /// - Throws: `RepSheetError` from loading the other routines, the checks or the layouts.
    func clientSheet(_ routine: Routine, client: Client, definition: LayoutDefinition, options: SheetOptions)
        throws(RepSheetError) -> Sheet
    {
        let handout =
            !client.routines.isEmpty || routine.brand != nil || (routine.track != nil && definition.engine != .tracker)
        guard handout else {
            return try layout(routine, definition: definition, options: options)
        }
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
