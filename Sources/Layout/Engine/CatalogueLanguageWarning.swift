import Routine

/// What a sheet in another language than English tells its maker about words it takes from the
/// exercise catalogue, which are written in English.
enum CatalogueLanguageWarning {
    /// One warning naming the steps whose name or instructions come from the catalogue, or none
    /// for an English routine or when every step gives its own words.
    static func warnings(for routine: Routine) -> [Diagnostic] {
        guard SheetLabels.primaryLanguage(of: routine.language) != "en" else { return [] }
        let steps = routine.allStepsAndAlternatives.filter { step in
            guard let given = step.exercise?.givenKeys else { return false }
            return !given.contains("name") || (!given.contains("instructions") && step.instructions != nil)
        }
        guard let first = steps.first?.exercise else { return [] }
        let names = steps.map { "\"\($0.name)\"" }
        let listed = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
        let one = steps.count == 1
        return [
            Diagnostic(
                .warning,
                "\(listed) \(one ? "takes its" : "take their") words from the exercise catalogue, which is written "
                    + "in English; give \(one ? "it its" : "each its") own `name:` and `instructions:` to print them in "
                    + "\(routine.language)",
                at: first.location)
        ]
    }
}
