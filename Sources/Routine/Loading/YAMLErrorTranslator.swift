import Yams

/// Turns libyaml's errors into diagnostics at the parser's line and column, in plain words.
struct YAMLErrorTranslator {
    let source: SourceText
    let text: String

    /// A diagnostic for a parse error.
    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let context, context.text == "while scanning a quoted scalar" {
                let start = source.location(line: context.mark.line, column: context.mark.column)
                return Diagnostic(.error, Messages.unclosedQuote, at: start)
            }
            if let context, let key = placeOfKeyTooLong(problem, context: context.mark, at: mark) {
                return Diagnostic(.error, Messages.keyTooLong, at: source.location(line: key.line, column: key.column))
            }
            let location = source.location(line: mark.line, column: mark.column)
            let contextLine = context.flatMap { $0.mark.line != mark.line ? $0.mark.line : nil }
            let message = Messages.yamlProblem(
                problem, found: character(at: mark), contextLine: contextLine)
            return Diagnostic(.error, message, at: location)
        case .reader(let problem, let offset, let value, _):
            let location = offset.map(locationOfCharacter) ?? source.start
            return Diagnostic(.error, Messages.yamlReaderProblem(problem, value: value), at: location)
        case .duplicatedKeysInMapping(let names, let context):
            let location = source.location(line: context.mark.line, column: context.mark.column)
            return Diagnostic(
                .error, Messages.repeatedKey(names.first ?? "", firstLine: nil), at: location)
        default:
            return Diagnostic(.error, Messages.invalidYAML("\(error)"), at: source.start)
        }
    }

    /// Where the key starts (or, in `{…}`, ends) when libyaml stopped because a key is longer
    /// than the 1,024 characters it allows: it looks for the key's `:` no further, or, in `{…}`,
    /// finds the `:` where a `,` was due.
    private func placeOfKeyTooLong(_ problem: String, context: Mark, at mark: Mark) -> Mark? {
        switch problem {
        case "could not find expected ':'":
            return context.line == mark.line && mark.column - context.column >= 1024 ? context : nil
        case "did not find expected ',' or '}'":
            return character(at: mark) == ":" ? mark : nil
        default:
            return nil
        }
    }

    /// The character at a 1-based line and column, if any.
    private func character(at mark: Mark) -> Character? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if line == mark.line, column == mark.column {
                return scalar == "\n" ? nil : Character(scalar)
            }
            if scalar == "\n" {
                if line == mark.line { return nil }
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// The location of a character offset, as Yams gives for reader errors.
    private func locationOfCharacter(_ offset: Int) -> SourceLocation {
        let prefix = text.prefix(offset)
        return source.location(ofOffset: prefix.utf8.count)
    }
}
