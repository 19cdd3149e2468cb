import Routine
import Yams

/// Reads typed values out of the nodes of one layout file, collecting a diagnostic for every bad
/// value; unknown keys and sections that are not mappings are `LayoutSchema`'s to report.
///
/// Scalars are read as the text that was written, never through a Yams resolver: a value is
/// whatever kind its field expects, as far as the text allows.
struct LayoutReader {
    /// The file the nodes come from, for diagnostics.
    let file: String
    /// Every bad value found so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    /// A reader for the nodes of `file`.
    init(file: String) { self.file = file }

    /// Records a problem at `node`'s position.
    /// Where `node` is in the file.
    func location(of node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    mutating func report(_ message: String, at node: Node) {
        diagnostics.append(LayoutMessages.diagnostic(message, at: node, file: file))
    }

    // MARK: Values

    /// The text of a field; `nil` when it is empty (`key:` or `~`), or not text (reported).
    mutating func text(_ field: LayoutField) -> String? {
        guard case .scalar(let scalar) = field.value else {
            report(Messages.expected(field.path, "text", found: describe(field.value)), at: field.value)
            return nil
        }
        return isNull(scalar) ? nil : scalar.string
    }

    /// A whole number in `range`; `nil` when the field is empty, or wrong (reported).
    mutating func wholeNumber(_ field: LayoutField, in range: ClosedRange<Int>) -> Int? {
        if case .scalar(let scalar) = field.value, isNull(scalar) { return nil }
        guard case .scalar(let scalar) = field.value, isPlain(scalar), let number = YAMLNumber.whole(scalar.string)
        else {
            report(Messages.wholeNumber(field.path, range: range, found: describe(field.value)), at: field.value)
            return nil
        }
        guard range.contains(number) else {
            report(Messages.wholeNumber(field.path, range: range, found: describe(field.value)), at: field.value)
            return nil
        }
        return number
    }

    /// `true`, `yes` or `on`, or `false`, `no` or `off`, in any case and not in quotes; `nil` when
    /// the field is empty, or wrong (reported).
    mutating func flag(_ field: LayoutField) -> Bool? {
        if case .scalar(let scalar) = field.value {
            if isNull(scalar) { return nil }
            // A quoted scalar is tagged as text by the parser, and text is not a flag.
            if scalar.tag.description != Tag.Name.str.rawValue {
                switch scalar.string.lowercased() {
                case "true", "yes", "on": return true
                case "false", "no", "off": return false
                default: break
                }
            }
        }
        report(Messages.expected(field.path, "true or false", found: describe(field.value)), at: field.value)
        return nil
    }

    /// A flag, or `spacing`: what a layout shrinks on smaller paper; `nil` when the field is
    /// empty, or wrong (reported).
    mutating func pageScaling(_ field: LayoutField) -> PageScaling.Mode? {
        if case .scalar(let scalar) = field.value, scalar.string == "spacing" { return .spacing }
        if case .scalar(let scalar) = field.value, isNull(scalar) { return nil }
        if case .scalar(let scalar) = field.value, scalar.tag.description != Tag.Name.str.rawValue,
            ["true", "yes", "on", "false", "no", "off"].contains(scalar.string.lowercased())
        {
            return flag(field).map { $0 ? .everything : .nothing }
        }
        report(Messages.expected(field.path, "true, false or spacing", found: describe(field.value)), at: field.value)
        return nil
    }

    /// One of a fixed set of words, such as an engine; `nil` when the field is empty, or wrong
    /// (reported).
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ field: LayoutField, _: Choice.Type = Choice.self)
        -> Choice? where Choice.RawValue == String
    {
        if case .scalar(let scalar) = field.value {
            if isNull(scalar) { return nil }
            if let choice = Choice(rawValue: scalar.string) { return choice }
        }
        let allowed = Choice.allCases.map(\.rawValue)
        report(Messages.oneOf(field.path, allowed, found: describe(field.value)), at: field.value)
        return nil
    }

    /// A length such as `20mm`, `0.5in`, `12pt` or a number of points; `nil` when the field is
    /// empty, or wrong (reported).
    mutating func length(_ field: LayoutField) -> Length? {
        if case .scalar(let scalar) = field.value, isNull(scalar) { return nil }
        return requiredLength(field)
    }

    /// A length that must be written: an empty value is reported like any other text that is not
    /// a length, and so is one beyond `Length.largest` either way (a bare number of points too).
    mutating func requiredLength(_ field: LayoutField) -> Length? {
        guard case .scalar(let scalar) = field.value else {
            report(LayoutMessages.length(found: describe(field.value)), at: field.value)
            return nil
        }
        let length: Length
        if isPlain(scalar), let points = YAMLNumber.real(scalar.string) {
            guard points.isFinite else {
                report(LayoutMessages.infiniteLength, at: field.value)
                return nil
            }
            length = .pt(points)
        } else if let written = Length.unbounded(scalar.string) {
            length = written
        } else {
            report(LayoutMessages.length(found: describe(field.value)), at: field.value)
            return nil
        }
        guard abs(length.points) <= Length.largest.points else {
            report(LayoutMessages.tooLong(field.path, found: describe(field.value)), at: field.value)
            return nil
        }
        return length
    }

    /// A length of at least zero; `nil` when the field is empty, or wrong (reported).
    mutating func nonNegativeLength(_ field: LayoutField) -> Length? {
        guard let length = length(field) else { return nil }
        guard length >= .zero else {
            report(LayoutMessages.negative(field.path, found: length), at: field.value)
            return nil
        }
        return length
    }

    /// A colour written `#RRGGBB` or `#RGB`; `nil` when the field is empty, or wrong (reported).
    mutating func colour(_ field: LayoutField) -> Color? {
        if case .scalar(let scalar) = field.value {
            if isNull(scalar) { return nil }
            if let colour = Color(hex: scalar.string) { return colour }
        }
        report(LayoutMessages.colour(found: describe(field.value)), at: field.value)
        return nil
    }

    /// Reports `field` when `colour` has less than `least` contrast with white paper, or with
    /// `background` (a tint text is printed on).
    mutating func checkContrast(
        of colour: Color, named name: String, at field: LayoutField, least: Double,
        background: (colour: Color, name: String)? = nil
    ) {
        let (paper, paperName) = background ?? (Color.white, "the white paper")
        let contrast = colour.contrast(with: paper)
        guard contrast < least else { return }
        report(
            LayoutMessages.faintColour(name, on: paperName, contrast: contrast, least: least), at: field.value)
    }

    /// A paper size such as `a4` or `210mm x 99mm`; `nil` when the field is empty, or wrong
    /// (reported).
    mutating func paperSize(_ field: LayoutField) -> Size? {
        if case .scalar(let scalar) = field.value {
            if isNull(scalar) { return nil }
            if let size = PaperSize.parse(scalar.string) { return size }
        }
        report(LayoutMessages.paperSize(found: describe(field.value)), at: field.value)
        return nil
    }

    // MARK: Scalars

    /// Whether the scalar is an empty value: `key:` with nothing after it, `~` or `null`, unquoted.
    func isNull(_ scalar: Node.Scalar) -> Bool { Node.scalar(scalar).isNullValue }

    /// Whether the scalar is written without quotes, so that it can be a number.
    private func isPlain(_ scalar: Node.Scalar) -> Bool { Node.scalar(scalar).isPlainScalar }

    /// What a node holds, for messages, in the words every file kind uses (`Node.described`).
    private func describe(_ node: Node) -> String { node.described }
}
