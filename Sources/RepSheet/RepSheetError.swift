/// Any failure of RepSheet's pipeline, with the exit status a command-line tool should use.
public enum RepSheetError: Error, Sendable, CustomStringConvertible {
    /// The routine file is missing or invalid.
    case routine(RoutineError)
    /// The layout is missing or invalid.
    case layout(LayoutError)
    /// Drawing failed.
    case render(RenderError)
    /// The output file could not be created.
    case cannotWrite(path: String, reason: String)
    /// The data folder (fonts, layouts) could not be found.
    case resourcesNotFound(searched: [String])
    /// The command line asks for something impossible.
    case usage(String)

    /// sysexits.h: 65 invalid input, 66 missing input, 73 cannot create output, 64 usage, 70 internal.
    public var exitCode: Int32 {
        switch self {
        case .routine(let error): return error.exitCode
        case .layout(.notFound): return 66
        case .layout(.invalid): return 65
        case .render(.cannotWrite), .cannotWrite: return 73
        case .render(.resolutionOutOfRange), .render(.pageTooLarge), .usage: return 64
        case .render(.missingGlyph), .render(.badImage): return 65
        case .render(.several(let errors)): return errors.first.map { RepSheetError.render($0).exitCode } ?? 65
        case .render: return 70
        case .resourcesNotFound: return 72
        }
    }

    /// One line per problem, each a `Diagnostic`'s description (control characters escaped).
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension RepSheetError {
    /// Every problem as a diagnostic (message, location or file, hints), for a caller that reports
    /// them inside its own: a client whose layout cannot be used, a server's answer.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .routine(.invalid(let diagnostics)), .layout(.invalid(let diagnostics)): return diagnostics
        case .routine(.fileNotFound(let path)): return [Diagnostic(.error, "no such routine file", at: nil, file: path)]
        case .layout(let error):
            return error.notFoundDiagnostic.map { [$0] } ?? []
        case .render(.missingGlyph(let missing)): return [missing.diagnostic]
        case .render(.badImage(let problem)): return [problem.diagnostic]
        case .render(.several(let errors)): return errors.flatMap { RepSheetError.render($0).diagnostics }
        case .render(.cannotWrite(let path, let reason)), .cannotWrite(let path, let reason):
            return [Diagnostic(.error, "cannot write the output file: \(reason)", at: nil, file: path)]
        case .render(let error): return [Diagnostic(.error, error.message, at: nil)]
        case .resourcesNotFound(let searched):
            return [
                Diagnostic(
                    .error,
                    "cannot find RepSheet's fonts and layouts; set REPSHEET_DATA. Searched: "
                        + searched.joined(separator: ", "), at: nil)
            ]
        case .usage(let message): return [Diagnostic(.error, message, at: nil)]
        }
    }
}
