import Yams

/// Reads a YAML or JSON file that is not a routine (a layout, a client list, a catalogue file)
/// into located nodes, through the routine's hardened composer and with its limits: nesting,
/// aliases used as keys, values and characters after alias expansion, repeated keys.
package enum YAMLFile {
    /// The root node of `text`; `nil` when the text holds only comments or nothing.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - fileName: The name used in diagnostics; a name ending in `.json` is read as strict JSON.
    ///   - kind: What the file is, for messages and budgets.
    /// - Throws: `DocumentComposer.Failure` with every problem found: a syntax error at its line,
    ///   and each key given twice at its second occurrence (all of them, not the first only).
    package static func compose(_ text: String, fileName: String, kind: FileKind) throws(DocumentComposer.Failure)
        -> Node?
    {
        let source = SourceText(fileName: fileName, bytes: Array(text.utf8))
        let isJSON = fileName.lowercased().hasSuffix(".json")
        let document = try DocumentComposer(source: source, text: text, isJSON: isJSON, kind: kind).compose()
        guard document.repeatedKeys.isEmpty else {
            let diagnostics = document.repeatedKeys.values.map {
                Diagnostic(.error, Messages.repeatedKey($0.name, firstLine: $0.firstLine), at: $0.location)
            }
            throw DocumentComposer.Failure(diagnostics: RoutineLoader.ordered(diagnostics, unreported: 0))
        }
        return document.root
    }
}
