import Foundation

extension SheetMaker {
    /// Every problem of a routine file (or a built-in example's name), as values; empty when it is valid.
    /// - Parameter path: The routine file, `-` for standard input, or an example's name.
    public func diagnostics(forRoutineAt path: String) -> [Diagnostic] {
        do {
            _ = try loadRoutine(path: path)
            return []
        } catch {
            if case .routine(let routineError) = error, case .invalid(let diagnostics) = routineError {
                return diagnostics
            }
            if case .routine(.fileNotFound(let missing)) = error {
                return [
                    Diagnostic(.error, "no such routine file", at: SourceLocation(file: missing, line: 1, column: 1))
                ]
            }
            return [Diagnostic(.error, error.description, at: nil)]
        }
    }

    /// A client's copy of a routine; see `Client.applied(to:origins:)`. Which values the steps set
    /// themselves comes from the steps, as the decoder recorded it.
    /// - Throws: `ClientError.invalid` when the client names a step the routine does not have.
    public func routine(_ routine: Routine, for client: Client) throws(ClientError) -> Routine {
        try client.applied(to: routine)
    }

    /// Renders a routine and writes it: `path` for a PDF, or `path` with `-1`, `-2`, … before the
    /// extension for PNG and SVG pages. Each file is written under a temporary name and renamed.
    /// - Parameters:
    ///   - routine: The routine to draw.
    ///   - path: The output file, such as `jane-doe.pdf`.
    ///   - options: Format, resolution and layout.
    /// - Returns: The files written.
    /// - Throws: `RepSheetError` from layout, drawing or writing; no file is left then.
    @discardableResult
    public func write(_ routine: Routine, to path: String, options: SheetOptions = SheetOptions()) throws(RepSheetError)
        -> [String]
    {
        let pages = try render(routine, options: options)
        let paths = SheetMaker.outputPaths(base: path, format: options.format, pageCount: pages.count)
        try AtomicWriter.write(Array(zip(paths, pages)).map { (path: $0.0, data: $0.1) })
        return paths
    }
}
