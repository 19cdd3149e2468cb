import Yams

/// A key and its value in a mapping, with the key's name.
struct Field {
    var name: String
    var key: Node
    var value: Node
}

/// Reads typed values out of Yams nodes, collecting a diagnostic for everything that is wrong.
struct NodeReader {
    let source: SourceText
    /// Keys written twice, masked by the composer, by their masked spelling.
    let repeatedKeys: [String: DocumentComposer.RepeatedKey]
    /// Every problem found so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Masked keys already reported.
    private(set) var reportedRepeats: Set<String> = []
    /// The folders `image:` and `layout:` may name files in, besides the routine's own.
    var access = FileAccess()

    init(source: SourceText, repeatedKeys: [String: DocumentComposer.RepeatedKey]) {
        self.source = source
        self.repeatedKeys = repeatedKeys
    }

    // MARK: Reporting

    /// Problems found after `RoutineLimits.maxDiagnostics`, counted but not kept.
    private(set) var unreported = 0

    /// Whether enough problems were found that further ones are only counted.
    var isFull: Bool { diagnostics.count >= RoutineLimits.maxDiagnostics }

    mutating func report(_ message: String, at node: Node, hints: [String] = []) {
        report(message, at: location(of: node), hints: hints)
    }

    mutating func report(_ message: String, at location: SourceLocation, hints: [String] = []) {
        if isFull {
            unreported += 1
        } else {
            diagnostics.append(Diagnostic(.error, message, at: location, hints: hints))
        }
    }

    /// Reports the masked repeated keys that no mapping visited.
    mutating func reportUnvisitedRepeats() {
        for (mask, key) in repeatedKeys where !reportedRepeats.contains(mask) {
            report(Messages.repeatedKey(key.name, firstLine: key.firstLine), at: key.location)
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return source.start }
        return source.location(line: mark.line, column: mark.column)
    }

    // MARK: Mappings

    /// The fields of a mapping by name, reporting keys that are not text, repeated or not `allowed`.
    ///
    /// - Parameters:
    ///   - place: where the mapping is, for messages: `step "Knee to chest"`.
    ///   - kind: what the mapping is, for messages: `a step`.
    ///   - elsewhere: keys that belong somewhere else, with a message saying where.
    mutating func fields(
        of mapping: Node.Mapping, place: String, kind: String, allowed: [String],
        elsewhere: [String: String] = [:]
    ) -> [String: Field] {
        var fields: [String: Field] = [:]
        for pair in mapping {
            guard case .scalar(let scalar) = pair.key, !isNull(pair.key) else {
                report(Messages.keyNotText(found: describe(pair.key)), at: pair.key)
                continue
            }
            let name = scalar.string
            if let repeated = repeatedKeys[name] {
                reportedRepeats.insert(name)
                report(
                    Messages.repeatedKey(repeated.name, firstLine: repeated.firstLine, in: place),
                    at: repeated.location)
                continue
            }
            if allowed.contains(name) {
                fields[name] = Field(name: name, key: pair.key, value: pair.value)
            } else if isFull {
                unreported += 1
            } else if name == "<<" {
                report(Messages.mergeKey, at: pair.key)
            } else if let message = elsewhere[name] {
                report(message, at: pair.key)
            } else if let suggestion = KeySuggestion.closest(to: name, among: allowed) {
                report(
                    Messages.unknownKey(name, in: place, allowed: []), at: pair.key,
                    hints: [Messages.didYouMean(suggestion)])
            } else {
                report(Messages.unknownKey(name, in: place, allowed: allowed, kind: kind), at: pair.key)
            }
        }
        return fields
    }

    /// The mapping in `node`, or a report that `key` must be `what`.
    mutating func mapping(_ node: Node, key: String, what: String) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        report(Messages.expected(key, what, found: describe(node)), at: node)
        return nil
    }

    /// The items of the list in `node`, or a report that `key` must be `what`.
    mutating func list(_ node: Node, key: String, what: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        report(Messages.expected(key, what, found: describe(node)), at: node)
        return nil
    }

    // MARK: Scalars

    /// Whether the node is an empty value (`key:` with nothing after it, `~` or `null`).
    func isNull(_ node: Node) -> Bool { node.isNullValue }

    /// Text, trimmed; `nil` (with a report) when the node is not text or too long, `nil` when empty.
    mutating func text(_ node: Node, key: String, limit: Int) -> String? {
        guard case .scalar(let scalar) = node else {
            report(Messages.expected(key, "text", found: describe(node)), at: node)
            return nil
        }
        if isNull(node) { return nil }
        let text = scalar.string.trimmingWhitespace()
        // A control character (ESC, BEL, NUL…) would be cut or drawn as a box: refused, never truncated.
        if let control = FieldValues.firstControl(in: text) {
            report(Messages.controlCharacter(key, control), at: node)
            return nil
        }
        if text.count > limit {
            report(Messages.tooLong(key, length: text.count, limit: limit), at: node)
            return nil
        }
        // Only invisible characters (zero-width spaces, joiners) print as nothing: that is empty.
        let invisible = text.unicodeScalars.allSatisfy {
            $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint
        }
        return invisible ? nil : text
    }

    /// Text that must be there: an empty value is reported as `key must be what, found nothing`.
    mutating func requiredText(_ node: Node, key: String, what: String, limit: Int) -> String? {
        let problems = diagnostics.count + unreported
        if let text = text(node, key: key, limit: limit) { return text }
        if diagnostics.count + unreported == problems {
            report(Messages.expected(key, what, found: describe(node)), at: node)
        }
        return nil
    }

    /// A whole number in `range`, written without quotes.
    mutating func wholeNumber(_ node: Node, key: String, range: ClosedRange<Int>) -> Int? {
        if case .scalar(let scalar) = node, let number = FieldValues.digits(scalar.string) {
            if scalar.style == .plain || scalar.style == .any, range.contains(number) { return number }
            let hints = range.contains(number) ? [Messages.removeQuotes] : []
            report(Messages.wholeNumber(key, range: range, found: describe(node)), at: node, hints: hints)
            return nil
        }
        report(Messages.wholeNumber(key, range: range, found: describe(node)), at: node)
        return nil
    }

    /// A length of time, as a number of seconds or text such as "1 min 30 s"; 0 means none.
    /// The outer optional is `nil` when the value is wrong (and reported).
    mutating func duration(_ node: Node, key: String) -> TimeSpan?? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            report(Messages.duration(key, found: describe(node)), at: node)
            return nil
        }
        switch FieldValues.duration(scalar.string, key: key, found: describe(node)) {
        case .success(let span): return .some(span)
        case .failure(let problem):
            report(problem.message, at: node)
            return nil
        }
    }

    // MARK: Describing what was found

    /// What a node holds, in words: `"three"`, `60`, `nothing`, `a list`.
    func describe(_ node: Node) -> String { node.described }
}
