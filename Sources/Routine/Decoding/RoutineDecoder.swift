import Yams

/// Decodes a composed routine document into a `Routine`, reporting every problem it finds.
struct RoutineDecoder {
    /// The top-level keys of a routine file.
    static let routineKeys =
        [
            "title", "subtitle", "language", "client", "provider", "date", "intro", "frequency", "defaults",
            "sections", "steps", "notes", "track", "layout", "labels",
            "caution", "brand",
        ] + progressRoutineKeys

    var reader: NodeReader
    /// The folder that relative image and layout paths start from.
    let baseDirectory: String

    /// Decodes `root`; `nil` when there were problems, which are then in `reader.diagnostics`.
    mutating func decode(_ root: Node, sourcePath: String?) -> Routine? {
        guard case .mapping(let mapping) = root else {
            reader.report(
                Messages.expected(
                    "the file", "a set of keys such as `title:` and `steps:`", found: reader.describe(root)),
                at: root)
            return nil
        }
        var elsewhere: [String: String] = [:]
        for key in NodeReader.stepKeys where !Self.routineKeys.contains(key) {
            elsewhere[key] = Messages.stepKeyAtTop(key)
        }
        elsewhere["name"] = Messages.nameAtTop
        let fields = reader.fields(
            of: mapping, place: "the routine", kind: "a routine", allowed: Self.routineKeys,
            elsewhere: elsewhere)
        let short = RoutineLimits.maxShortText
        let long = RoutineLimits.maxLongText
        var routine = Routine(title: "", sections: [], source: sourcePath)
        if let field = fields["title"] {
            routine.title =
                reader.requiredText(field.value, key: "title", what: "the sheet's title", limit: short)
                ?? ""
        } else {
            reader.report(Messages.missingTitle, at: root)
        }
        routine.subtitle = fields["subtitle"].flatMap {
            reader.text($0.value, key: "subtitle", limit: short)
        }
        routine.language = fields["language"].flatMap { reader.language($0.value) } ?? "en"
        routine.client = fields["client"].flatMap { reader.text($0.value, key: "client", limit: short) }
        routine.provider = fields["provider"].flatMap {
            reader.text($0.value, key: "provider", limit: short)
        }
        routine.date = fields["date"].flatMap { reader.date($0.value) }
        routine.intro = fields["intro"].flatMap { reader.text($0.value, key: "intro", limit: long) }
        routine.frequency = fields["frequency"].flatMap {
            reader.text($0.value, key: "frequency", limit: short)
        }
        routine.notes = fields["notes"].map { notes($0.value) } ?? []
        routine.track = fields["track"].flatMap { track($0.value) }
        routine.layout = fields["layout"].flatMap {
            reader.layout($0.value, baseDirectory: baseDirectory)
        }
        routine.layoutLocation = fields["layout"].map { reader.location(of: $0.value) }
        routine.brand = fields["brand"].flatMap { reader.brandFile($0.value, baseDirectory: baseDirectory) }
        routine.labels = fields["labels"].map { labels($0.value) } ?? [:]
        routine.caution = fields["caution"].flatMap {
            reader.text($0.value, key: "caution", limit: long)
        }
        progressFields(fields, into: &routine)
        let defaults = fields["defaults"].map { reader.defaults($0.value) } ?? DoseFields()
        routine.sections = sections(fields, root: root, defaults: defaults)
        reader.reportUnvisitedRepeats()
        return reader.diagnostics.isEmpty ? routine : nil
    }

    /// The sections, from `sections` or from top-level `steps`.
    private mutating func sections(_ fields: [String: Field], root: Node, defaults: DoseFields)
        -> [Section]
    {
        switch (fields["sections"], fields["steps"]) {
        case (.some, .some(let steps)):
            reader.report(Messages.sectionsAndSteps, at: steps.key)
            return []
        case (nil, nil):
            reader.report(Messages.noSteps, at: root)
            return []
        case (nil, .some(let steps)):
            let list = reader.steps(
                steps.value, place: "the routine", defaults: defaults, baseDirectory: baseDirectory)
            return [Section(title: nil, steps: list)]
        case (.some(let sections), nil):
            guard
                let items = reader.list(
                    sections.value, key: "sections", what: "a list of sections, each starting with `- title:`"
                )
            else { return [] }
            if items.isEmpty { reader.report(Messages.emptySections, at: sections.value) }
            return items.compactMap { section($0, defaults: defaults) }
        }
    }

    /// One section: a title, an optional note and steps.
    private mutating func section(_ node: Node, defaults: DoseFields) -> Section? {
        guard
            let mapping = reader.mapping(
                node, key: "a section", what: "a mapping with `title:` and `steps:`")
        else { return nil }
        let place = Messages.place(
            "section", named: mapping.first { $0.key.string == "title" }?.value.string)
        var elsewhere: [String: String] = [:]
        for key in NodeReader.stepKeys where key != "notes" {
            elsewhere[key] = Messages.stepKeyInSection(key, place: place)
        }
        let fields = reader.fields(
            of: mapping, place: place, kind: "a section", allowed: ["title", "note", "steps"],
            elsewhere: elsewhere)
        var section = Section(title: nil, steps: [])
        if let field = fields["title"] {
            section.title = reader.requiredText(
                field.value, key: "title", what: "the section's heading", limit: RoutineLimits.maxShortText)
        } else {
            reader.report(Messages.missing("title", in: place), at: node)
        }
        section.note = fields["note"].flatMap {
            reader.text($0.value, key: "note", limit: RoutineLimits.maxLongText)
        }
        if let field = fields["steps"] {
            section.steps = reader.steps(
                field.value, place: place, defaults: defaults, baseDirectory: baseDirectory)
        } else {
            reader.report(Messages.missing("steps", in: place), at: node)
        }
        return section
    }

    /// `notes`: one paragraph or a list of them.
    private mutating func notes(_ node: Node) -> [String] {
        if case .sequence(let sequence) = node {
            return sequence.compactMap { item in
                if case .scalar = item {
                    return reader.text(item, key: "each note", limit: RoutineLimits.maxLongText)
                }
                reader.report(
                    Messages.expected("each note", "text", found: reader.describe(item)), at: item)
                return nil
            }
        }
        if case .mapping = node {
            reader.report(
                Messages.expected("notes", "text or a list of text", found: reader.describe(node)), at: node
            )
            return []
        }
        return reader.text(node, key: "notes", limit: RoutineLimits.maxLongText).map { [$0] } ?? []
    }

    /// `labels`: label name → the text to print instead of the language's own word.
    private mutating func labels(_ node: Node) -> [String: String] {
        if reader.isNull(node) { return [:] }
        guard
            let mapping = reader.mapping(
                node, key: "labels", what: "a mapping of label names to text, such as `hold: Keep`")
        else { return [:] }
        var labels: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.trimmingWhitespace(), !name.isEmpty else {
                reader.report(
                    Messages.expected("each label name", "text such as `hold`", found: reader.describe(key)), at: key)
                continue
            }
            if let text = reader.text(value, key: name, limit: RoutineLimits.maxShortText) { labels[name] = text }
        }
        return labels
    }

    /// `track: {days: N}`.
    private mutating func track(_ node: Node) -> Track? {
        if reader.isNull(node) { return nil }
        guard
            let mapping = reader.mapping(
                node, key: "track", what: "a mapping with `days:`, such as `track: {days: 14}`")
        else { return nil }
        let fields = reader.fields(of: mapping, place: "`track`", kind: "`track`", allowed: ["days"])
        guard let field = fields["days"] else {
            reader.report(Messages.missing("days", in: "`track`"), at: node)
            return nil
        }
        return reader.wholeNumber(field.value, key: "days", range: 1...31).map(Track.init(days:))
    }
}
