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
