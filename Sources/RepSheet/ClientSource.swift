import Foundation
import Routine
import Yams

extension Client {
    /// `options` with this client's own routine as the PDF's source: the routine file with the
    /// client's name, date, provider, notes, language, layout, defaults, step changes and skipped
    /// steps written into it, named after the client. Left as it is when the routine's file
    /// cannot be read or rewritten (the PDF then carries no routine).
    /// - Parameters:
    ///   - routine: the routine as loaded from its file.
    ///   - applied: the client's copy of it, whose names, date, notes and steps are written out.
    func withSource(
        of routine: Routine, applied: Routine, _ options: SheetOptions, world: any World, pictures: Pictures
    ) -> SheetOptions {
        var options = options
        if options.author == nil { options.author = applied.provider }
        guard options.format == .pdf, options.includeSource, options.source == nil, let path = routine.source,
            let data = try? world.read(path, limit: SheetMaker.maxSourceBytes),
            let text = String(data: data, encoding: .utf8),
            let merged = headerMerged(text) ?? (try? mergedSource(text, applied: applied))
        else { return options }
        options.source = FinishingPass.Attachment(
            name: FileSlug.make(name) + ".yaml", mimeType: "application/yaml", data: Data(merged.utf8))
        options.moreSources = routine.pictureAttachments(pictures)
        return options
    }

    /// The routine's text with this client's header written into its lines, when the client
    /// changes nothing but the header (a batch's usual name and date); `nil` otherwise.
    func headerMerged(_ text: String) -> String? {
        guard notes == nil, keepsRoutineNotes, defaults.isEmpty, steps.isEmpty, skip.isEmpty else { return nil }
        var fields: [(key: String, value: String)] = [("client", name)]
        if let date { fields.append(("date", date.description)) }
        if let provider { fields.append(("provider", provider)) }
        if let language { fields.append(("language", language)) }
        if let layout { fields.append(("layout", layout)) }
        return RoutineHeaderText.setting(fields, in: text)
    }

    /// The routine's YAML or JSON text rewritten as this client's routine, in YAML.
    func mergedSource(_ text: String, applied: Routine) throws -> String? {
        guard let root = try Yams.compose(yaml: text), case .mapping(var top) = root else { return nil }
        top["client"] = Node(name)
        if let date { top["date"] = Node(date.description) }
        if let provider { top["provider"] = Node(provider) }
        top["notes"] = applied.notes.isEmpty ? nil : Node(applied.notes.map { Node($0) })
        if let language { top["language"] = Node(language) }
        if let layout { top["layout"] = Node(layout) }
        var routineDefaults = top["defaults"]?.mapping ?? Node.Mapping([])
        Self.apply(defaults, to: &routineDefaults)
        if !routineDefaults.isEmpty { top["defaults"] = .mapping(routineDefaults) }
        let skipped = Set(skip.map { StepNames.key($0.name) })
        if let steps = top["steps"]?.sequence {
            top["steps"] = .sequence(Node.Sequence(changed(Array(steps), skipped: skipped)))
        }
        if let sections = top["sections"]?.sequence {
            var kept: [Node] = []
            for section in sections {
                guard case .mapping(var mapping) = section, let steps = mapping["steps"]?.sequence else {
                    kept.append(section)
                    continue
                }
                let left = changed(Array(steps), skipped: skipped)
                if left.isEmpty { continue }
                mapping["steps"] = .sequence(Node.Sequence(left))
                kept.append(.mapping(mapping))
            }
            top["sections"] = .sequence(Node.Sequence(kept))
        }
        return try Yams.serialize(node: .mapping(top), allowUnicode: true)
    }

    /// The steps with this client's step changes written in and skipped steps left out.
    private func changed(_ steps: [Node], skipped: Set<String>) -> [Node] {
        steps.compactMap { step in
            guard case .mapping(var mapping) = step, let name = mapping["name"]?.string else { return step }
            let key = StepNames.key(name)
            if skipped.contains(key) { return nil }
            for change in self.steps where StepNames.key(change.step.name) == key {
                Self.apply(change.dose, to: &mapping)
            }
            return .mapping(mapping)
        }
    }

    /// Writes the values `change` sets into a step's or the defaults' mapping.
    private static func apply(_ change: DoseChange, to mapping: inout Node.Mapping) {
        func span(_ value: TimeSpan?) -> Node { Node(value.map { "\($0.seconds) s" } ?? "0 s") }
        if let hold = change.hold { mapping["hold"] = span(hold) }
        if let reps = change.reps { mapping["reps"] = Node(String(reps), Tag(.int)) }
        if let sets = change.sets { mapping["sets"] = Node(String(sets), Tag(.int)) }
        if let sides = change.sides { mapping["sides"] = Node(sides.rawValue) }
        if let rest = change.rest { mapping["rest"] = span(rest) }
    }
}

/// The routine file a single sheet carries when the command line changed its header.
enum RoutineSource {
    /// `text` with the client, date and provider of `routine` written in, when the command line
    /// (`--client`, `--date`, `--provider`) changed them; `nil` when the file already says so.
    static func rewritten(_ text: String, for routine: Routine) -> String? {
        // Usually nothing changed: when each value's line already reads `key: value` exactly as it
        // would be written, the file says so without parsing it again (a tenth of a sheet's cost).
        let fields = [("client", routine.client), ("date", routine.date?.description), ("provider", routine.provider)]
            .compactMap { key, value in value.map { (key: key, value: $0) } }
        if RoutineHeaderText.setting(fields, in: text) == text { return nil }
        guard let root = try? Yams.compose(yaml: text), case .mapping(var top) = root else { return nil }
        var changed = false
        func set(_ key: String, _ value: String?) {
            guard let value, top[key]?.string != value else { return }
            top[key] = Node(value)
            changed = true
        }
        set("client", routine.client)
        set("date", routine.date?.description)
        set("provider", routine.provider)
        return changed ? try? Yams.serialize(node: .mapping(top), allowUnicode: true) : nil
    }
}
