import Routine

/// Fills steps that say `exercise:` from the catalogue and checks every step's figure.
///
/// A step takes the exercise's name, instructions, dose and figure for every key it does not give
/// itself; dose keys given by the routine's `defaults` count as given. Unknown exercise and figure
/// names are errors with the closest catalogue name as a hint; inline poses are read and checked.
package struct ExerciseResolver: Sendable {
    package let catalogue: Catalogue

    /// Creates a resolver over `catalogue`.
    package init(catalogue: Catalogue) { self.catalogue = catalogue }

    /// The routine with catalogue values filled in.
    /// - Throws: `RoutineError.invalid` with every unknown name and every pose problem.
    package func resolve(_ routine: Routine) throws(RoutineError) -> Routine {
        var routine = routine
        var problems: [Diagnostic] = []
        for s in routine.sections.indices {
            for t in routine.sections[s].steps.indices {
                problems += resolve(&routine.sections[s].steps[t])
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return routine
    }

    /// Fills one step; returns its problems.
    package func resolve(_ step: inout Step) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // An alternative names its exercise like a step does.
        if var alternative = step.alternative {
            problems += resolve(&alternative.step)
            step.alternative = alternative
        }
        if let reference = step.exercise {
            if let exercise = catalogue.exercise(named: reference.name) {
                apply(exercise, given: reference.givenKeys, to: &step, at: reference.location)
                step.alternativeFollowsDose()
            } else {
                problems.append(
                    unknown(FigureMessages.unknownExercise(reference.name), reference.name, at: reference.location))
            }
        }
        switch step.figure {
        case .named(let name, let location):
            if catalogue.exercise(named: name) == nil {
                problems.append(unknown(FigureMessages.unknownFigure(name), name, at: location))
            }
        case .inline(let node):
            var reader = FigureReader()
            _ = reader.figure(node)
            problems += reader.diagnostics
        case nil: break
        }
        return problems
    }

    private func apply(_ exercise: Exercise, given: Set<String>, to step: inout Step, at location: SourceLocation) {
        if !given.contains("name") { step.name = exercise.name }
        if !given.contains("instructions") { step.instructions = .paragraph(exercise.instructions) }
        if !given.contains("hold"), let hold = exercise.hold { step.dose.hold = hold }
        if !given.contains("reps"), let reps = exercise.reps { step.dose.reps = reps }
        if !given.contains("sets"), let sets = exercise.sets { step.dose.sets = sets }
        if !given.contains("sides"), let sides = exercise.sides { step.dose.sides = sides }
        if !given.contains("rest"), let rest = exercise.rest { step.dose.rest = rest }
        if step.figure == nil { step.figure = .named(exercise.id, at: location) }
    }

    private func unknown(_ message: String, _ name: String, at location: SourceLocation) -> Diagnostic {
        var hints: [String] = []
        if let suggestion = catalogue.suggestion(for: name) { hints.append(Messages.didYouMean(suggestion)) }
        hints.append(FigureMessages.seeList)
        return Diagnostic(.error, message, at: location, hints: hints)
    }
}
