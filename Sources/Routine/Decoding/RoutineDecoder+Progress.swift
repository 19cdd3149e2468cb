import Yams

extension RoutineDecoder {
    /// The routine keys of week-by-week plans and the pain guide.
    static let progressRoutineKeys = ["weeks", "pain_guide"]

    /// The most weeks a plan may list.
    static let maxWeeks = 52

    /// Reads `weeks:` and `pain_guide:` into `routine`.
    mutating func progressFields(_ fields: [String: Field], into routine: inout Routine) {
        if let field = fields["weeks"], !reader.isNull(field.value) {
            routine.weeks = weeks(field.value)
        }
        if let field = fields["pain_guide"], !reader.isNull(field.value) {
            routine.painGuide = reader.boolean(field.value, key: "pain_guide") ?? false
        }
    }

    /// `weeks:`: the stage number of each week, from week 1.
    private mutating func weeks(_ node: Node) -> [Int] {
        let what = "a list of stage numbers, one a week, such as `[1, 1, 2, 2, 3, 3]`"
        guard let items = reader.list(node, key: "weeks", what: what) else { return [] }
        if items.isEmpty { reader.report(Messages.emptyList("weeks", in: "the routine"), at: node) }
        if items.count > Self.maxWeeks {
            reader.report(
                Messages.expected("weeks", "at most \(Self.maxWeeks) weeks", found: "\(items.count)"), at: node)
            return []
        }
        return items.compactMap { reader.wholeNumber($0, key: "each week's stage", range: 1...NodeReader.maxStages) }
    }
}

extension NodeReader {
    /// `true` or `false` (as YAML 1.2 and JSON write them); `nil` (reported) for anything else.
    mutating func boolean(_ node: Node, key: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any {
            switch scalar.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        report(Messages.expected(key, "`true` or `false`", found: describe(node)), at: node)
        return nil
    }
}
