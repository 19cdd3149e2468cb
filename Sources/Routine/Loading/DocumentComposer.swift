import Yams

/// Turns routine text into a Yams node tree, guarding the parser against hostile input.
///
/// The steps, in order: a depth pre-scan (Yams composes recursively); for `.json` files a strict
/// JSON grammar check; when the text has aliases, a first parse with every `*` made inert, to
/// reject aliases used as keys (Yams hashes keys, and an alias to a huge tree would take forever);
/// the real parse, re-run with each repeated key masked so all of them are reported; finally a
/// count of values and characters with aliases expanded, against a budget (the "billion laughs"
/// file).
///
/// Every YAML or JSON file RepSheet reads goes through it (routines, layouts, client lists and the
/// exercise catalogue), so each gets the same limits; `kind` only chooses the words and budgets.
package struct DocumentComposer {
    /// The composed tree and the repeated keys that were masked to get it.
    package struct Document {
        /// The root node; `nil` when the text holds only comments.
        package var root: Node?
        /// Masked repeated keys by their masked spelling.
        package var repeatedKeys: [String: RepeatedKey]
    }

    /// A key written twice in one mapping; the second one is renamed to a private spelling.
    package struct RepeatedKey {
        /// The key as written.
        package var name: String
        /// The line of its first occurrence.
        package var firstLine: Int
        /// Where the second occurrence is.
        package var location: SourceLocation
    }

    /// Problems that stop composing.
    package struct Failure: Error {
        package var diagnostics: [Diagnostic]
    }

    /// A private-use character standing in for `*` in the alias check.
    static let aliasPlaceholder: Unicode.Scalar = "\u{F8FF}"

    let source: SourceText
    let text: String
    let isJSON: Bool
    /// What the file is, for the words of messages and the budgets.
    var kind: FileKind = .routine

    /// A composer of `text`, whose bytes `source` holds.
    init(source: SourceText, text: String, isJSON: Bool, kind: FileKind = .routine) {
        self.source = source
        self.text = text
        self.isJSON = isJSON
        self.kind = kind
    }

    /// Composes the document.
    /// - Throws: `Failure` with the diagnostics when the text cannot be parsed safely.
    func compose() throws(Failure) -> Document {
        if let offset = NestingScanner.firstOffsetTooDeep(in: source.bytes) {
            throw Failure(diagnostics: [
                Diagnostic(
                    .error, Messages.nestedTooDeep(limit: RoutineLimits.maxNestingDepth, kind: kind),
                    at: source.location(ofOffset: offset))
            ])
        }
        if isJSON, let problem = JSONSyntaxChecker.firstError(in: source.bytes) {
            throw Failure(diagnostics: [
                Diagnostic(
                    .error, Messages.invalidJSON(problem.message),
                    at: source.location(ofOffset: problem.offset))
            ])
        }
        // libyaml reads JSON as YAML, except for surrogate pair escapes.
        let text =
            isJSON ? String(decoding: JSONSurrogates.rewrite(source.bytes), as: UTF8.self) : self.text
        var firstAlias: SourceLocation?
        if source.bytes.contains(UInt8(ascii: "*")) {
            let inert = String(
                String.UnicodeScalarView(text.unicodeScalars.map { $0 == "*" ? Self.aliasPlaceholder : $0 })
            )
            let document = try composeMaskingRepeats(inert)
            var check = AliasKeyCheck(source: source)
            if let root = document.root { check.visit(root, isKey: false) }
            if !check.diagnostics.isEmpty { throw Failure(diagnostics: check.diagnostics) }
            firstAlias = check.firstAlias
        }
        let document = try composeMaskingRepeats(text)
        if let root = document.root, let alias = firstAlias, let message = budgetProblem(root) {
            throw Failure(diagnostics: [Diagnostic(.error, message, at: alias)])
        }
        return document
    }

    /// Parses `text`, masking each repeated key that Yams rejects and parsing again.
    ///
    /// Each retry parses the whole text again, so the number of retries shrinks as files grow:
    /// about 4 MiB of parsing in all, and at most 20 retries.
    private func composeMaskingRepeats(_ text: String) throws(Failure) -> Document {
        // Made only for a repeated key: a long client list would take four bytes a character.
        var scalars: [Unicode.Scalar] = []
        var working = text
        var repeated: [String: RepeatedKey] = [:]
        let retries = max(1, min(20, (4 << 20) / max(source.bytes.count, 1)))
        while true {
            do {
                let parser = try Parser(
                    yaml: working, resolver: .basic, constructor: .default, encoding: .utf8)
                return Document(root: try parser.singleRoot(), repeatedKeys: repeated)
            } catch let YamlError.duplicatedKeysInMapping(names, context) {
                let name = names.first ?? ""
                if scalars.isEmpty { scalars = Array(text.unicodeScalars) }
                guard repeated.count < retries,
                    let second = RepeatedKeyFinder(scalars: scalars).secondOccurrence(
                        of: name, after: context.mark)
                else {
                    // Give up decoding: report the repeats found so far and this one.
                    let first = source.location(line: context.mark.line, column: context.mark.column)
                    var diagnostics = repeated.values.map {
                        Diagnostic(
                            .error, Messages.repeatedKey($0.name, firstLine: $0.firstLine), at: $0.location)
                    }
                    diagnostics.append(
                        Diagnostic(.error, Messages.repeatedKey(name, firstLine: nil), at: first))
                    throw Failure(diagnostics: RoutineLoader.ordered(diagnostics, unreported: 0))
                }
                let mask = Self.mask(count: second.length, index: repeated.count)
                scalars.replaceSubrange(
                    second.start..<second.start + second.length, with: mask.unicodeScalars)
                working = String(String.UnicodeScalarView(scalars))
                let location = source.location(line: second.line, column: second.column)
                repeated[mask] = RepeatedKey(name: name, firstLine: context.mark.line, location: location)
            } catch let error as YamlError {
                throw Failure(diagnostics: [
                    YAMLErrorTranslator(source: source, text: text).diagnostic(for: error)
                ])
            } catch {
                throw Failure(diagnostics: [
                    Diagnostic(.error, Messages.invalidYAML("\(error)"), at: source.start)
                ])
            }
        }
    }

    /// A key spelling of `count` private-use characters that no one types, distinct for each `index`.
    static func mask(count: Int, index: Int) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(Unicode.Scalar(0xE000 + UInt32(index % 0x1000)) ?? "\u{E000}")
        for _ in 1..<max(count, 1) { scalars.append("\u{E000}") }
        return String(scalars)
    }

    /// What is too much in the tree with aliases expanded: more than `kind.maxNodes` values, or
    /// more than `kind.maxExpandedCharacters` characters of text (a few aliases of a long note
    /// make megabytes for the layout); `nil` when it fits.
    func budgetProblem(_ root: Node) -> String? {
        let maxNodes = kind.maxNodes
        var budget = maxNodes
        var characters = kind.maxExpandedCharacters
        var pending = [root]
        while let node = pending.popLast() {
            budget -= 1
            if budget < 0 { return Messages.aliasesExpandTooFar(limit: maxNodes) }
            switch node {
            case .scalar(let scalar):
                // UTF-8 bytes: at least the characters, and counted without walking the text.
                characters -= scalar.string.utf8.count
                if characters < 0 { return Messages.aliasesExpandTooLong(limit: kind.maxExpandedCharacters) }
            case .alias: break
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for pair in mapping {
                    pending.append(pair.key)
                    pending.append(pair.value)
                }
            }
            if pending.count > maxNodes {
                return Messages.aliasesExpandTooFar(limit: maxNodes)
            }
        }
        return nil
    }
}

/// Finds mapping keys that contain an alias, in a tree parsed with every `*` made inert.
private struct AliasKeyCheck {
    let source: SourceText
    var diagnostics: [Diagnostic] = []
    var firstAlias: SourceLocation?

    mutating func visit(_ node: Node, isKey: Bool) {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain,
                scalar.string.unicodeScalars.contains(DocumentComposer.aliasPlaceholder),
                let mark = scalar.mark
            else { return }
            let location = source.location(line: mark.line, column: mark.column)
            if firstAlias == nil { firstAlias = location }
            if isKey { diagnostics.append(Diagnostic(.error, Messages.aliasAsKey, at: location)) }
        case .sequence(let sequence):
            for item in sequence { visit(item, isKey: isKey) }
        case .mapping(let mapping):
            for pair in mapping {
                visit(pair.key, isKey: true)
                visit(pair.value, isKey: isKey)
            }
        case .alias:
            break
        }
    }
}
