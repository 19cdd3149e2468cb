import Routine

extension SheetLabels {
    /// The sheet's own words for `routine`: its language's table with its `labels:` applied, and a
    /// warning for a language without a table or a label name that does not exist.
    package static func resolved(for routine: Routine) -> (labels: SheetLabels, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let file = routine.source ?? "routine"
        let table = SheetLabels(language: routine.language)
        // A routine that gives every word itself needs no table.
        if table == nil, !Set(allNames).isSubset(of: routine.labels.keys) {
            warnings.append(
                Diagnostic(
                    .warning,
                    "no words for language \"\(routine.language)\"; the sheet's own words are in English "
                        + "(languages: \(languages.joined(separator: ", "))); give them in `labels:`", at: nil,
                    file: file))
        }
        var words = table ?? SheetLabels()
        // A routine of only timed or distance steps has no reps to tick.
        let steps = routine.allSteps
        if !steps.isEmpty, steps.allSatisfy(\.dose.isTimed) {
            words.key = timedKeys[tableLanguage(of: routine.language)] ?? timedKeys["en"] ?? words.key
        }
        let applied = words.applying(routine.labels)
        for name in applied.unknown {
            let message =
                name == "weekdays"
                ? "labels: weekdays needs seven words separated by spaces; it was ignored"
                : "labels: there is no label \"\(name)\"; it was ignored (labels: \(allNames.joined(separator: ", ")))"
            warnings.append(Diagnostic(.warning, message, at: nil, file: file))
        }
        for problem in applied.refused {
            warnings.append(Diagnostic(.warning, problem.description, at: nil, file: file))
        }
        return (applied.labels, warnings)
    }
}
