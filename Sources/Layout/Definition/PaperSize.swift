/// Named paper sizes and their portrait dimensions.
package enum PaperSize {
    /// Portrait size of a named paper size (letter, a4, legal, a5, half-letter), or `nil`.
    package static func named(_ name: String) -> Size? {
        switch name.lowercased() {
        case "letter": return Size(width: .inches(8.5), height: .inches(11))
        case "half-letter", "halfletter", "statement": return Size(width: .inches(5.5), height: .inches(8.5))
        case "legal": return Size(width: .inches(8.5), height: .inches(14))
        case "a4": return Size(width: .mm(210), height: .mm(297))
        case "a5": return Size(width: .mm(148), height: .mm(210))
        default: return nil
        }
    }

    /// Parses a paper name or "WIDTH x HEIGHT" with units, such as "210mm x 99mm".
    package static func parse(_ text: String) -> Size? {
        if let size = named(text.trimmingCharacters(in: .whitespaces)) { return size }
        let parts = text.lowercased().split(separator: "x", maxSplits: 1)
        guard parts.count == 2, let width = Length(parsing: String(parts[0])),
            let height = Length(parsing: String(parts[1])), width > .zero, height > .zero
        else { return nil }
        return Size(width: width, height: height)
    }

    /// The message for a size that cannot be read.
    package static func problem(_ text: String) -> String {
        "expected a page size such as letter, a4, legal, a5, half-letter or WIDTH x HEIGHT such as 210mm x 297mm, found \"\(text)\""
    }
}

extension PaperSize {
    /// The least room a page must leave inside a layout's margins; on less, steps would be cut
    /// into slivers of a word or two per page.
    package static let smallestContent = Length.mm(55)

    /// What is wrong with `definition`'s page when it leaves too little room inside the margins, else `nil`.
    package static func tooSmall(for definition: LayoutDefinition, layout name: String) -> String? {
        let page = definition.pageSize, margins = definition.margins
        let width = page.width - margins.left - margins.right
        let height = page.height - margins.top - margins.bottom
        guard width < smallestContent || height < smallestContent else { return nil }
        func mm(_ length: Length) -> String { "\(Int(max(0, length.millimetres).rounded())) mm" }
        return "the page size \(mm(page.width)) x \(mm(page.height)) leaves only \(mm(width)) x \(mm(height)) "
            + "inside the margins of the \(name) layout; a sheet needs at least \(mm(smallestContent)) each way "
            + "(a6, 105mm x 148mm, or larger)"
    }
}
