import Foundation
import Routine

extension Client {
    /// The routine as this client's copy: their name, date, provider, language and layout, their
    /// notes after the routine's (which stay unless `keepsRoutineNotes` is false), their defaults and
    /// step changes applied, and skipped steps left out.
    ///
    /// The client's `defaults` change only values a step inherits; `origins` says which values each
    /// step wrote itself, by default as the decoder recorded them on the routine's steps. A step
    /// change wins over everything. The stages of a step's progression take the changed values
    /// they had from the step (`Step.stagesFollowDose(from:)`).
    /// - Parameters:
    ///   - routine: The routine as loaded.
    ///   - origins: Which dose keys each step wrote itself; `nil` reads them from the steps.
    /// - Throws: `ClientError.invalid` when a step change or `skip` names a step the routine does
    ///   not have (at the line where it is named), or when nothing would be left.
    public func applied(to routine: Routine, origins: DoseOrigins? = nil) throws(ClientError) -> Routine {
        let names = routine.allSteps.map(\.name)
        var problems: [Diagnostic] = []
        for reference in steps.map(\.step) + skip where StepNames.index(of: reference.name, in: names) == nil {
            let hints =
                StepNames.closest(to: reference.name, among: names).map { [ClientMessages.didYouMean($0)] } ?? []
            problems.append(
                Diagnostic(
                    .error, ClientMessages.unknownStep(reference.name, routine: routine.title), at: reference.location,
                    hints: hints)
            )
        }
        if !problems.isEmpty { throw .invalid(problems) }

        var result = routine
        result.client = name
        if let date { result.date = date }
        if let provider { result.provider = provider }
        result.notes = (keepsRoutineNotes ? routine.notes : []) + (notes ?? [])
        if let language { result.language = language }
        if let layout { result.layout = layout }
        let recorded = origins ?? DoseOrigins(routine: routine)
        let explicit = recorded.explicitKeys.count == names.count ? recorded.explicitKeys : nil
        let skipped = Set(skip.map { StepNames.key($0.name) })
        var index = 0
        for s in result.sections.indices {
            for t in result.sections[s].steps.indices {
                let own = result.sections[s].steps[t].dose
                let kept = (explicit?[index] ?? []).union(own.isTimed ? Dose.keysTimedStepsDoNotInherit : [])
                var dose = defaults.applied(to: own, keeping: kept)
                if !steps.isEmpty {
                    let key = StepNames.key(result.sections[s].steps[t].name)
                    for change in steps where StepNames.key(change.step.name) == key {
                        dose = change.dose.applied(to: dose)
                    }
                }
                let before = result.sections[s].steps[t].dose
                result.sections[s].steps[t].dose = dose
                result.sections[s].steps[t].stagesFollowDose(from: before)
                result.sections[s].steps[t].alternativeFollowsDose()
                index += 1
            }
            if !skipped.isEmpty { result.sections[s].steps.removeAll { skipped.contains(StepNames.key($0.name)) } }
        }
        result.sections.removeAll { $0.steps.isEmpty }
        if result.sections.isEmpty {
            throw .invalid([Diagnostic(.error, ClientMessages.nothingLeft, at: skip.first?.location ?? location)])
        }
        return result
    }
}

/// Matching the step names a client file writes against the routine's.
enum StepNames {
    /// A name compared without case, curly quotes or repeated spaces: "Child’s pose" = "child's  pose".
    static func key(_ name: String) -> String {
        var key = ""
        var spaceBefore = false
        for character in name.lowercased() {
            if character.isWhitespace {
                spaceBefore = !key.isEmpty
                continue
            }
            if spaceBefore {
                key.append(" ")
                spaceBefore = false
            }
            switch character {
            case "’", "‘": key.append("'")
            case "“", "”": key.append("\"")
            default: key.append(character)
            }
        }
        return key
    }

    /// The index of the step called `name`, if any.
    static func index(of name: String, in names: [String]) -> Int? {
        let wanted = key(name)
        return names.firstIndex { key($0) == wanted }
    }

    /// The routine's step name closest to `name` when it is a likely typo.
    static func closest(to name: String, among names: [String]) -> String? {
        let wanted = Array(key(name))
        var best: (name: String, distance: Int)?
        for candidate in names {
            let distance = editDistance(wanted, Array(key(candidate)))
            if distance <= max(2, wanted.count / 4), distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
