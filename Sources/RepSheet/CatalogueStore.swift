internal import Figures
import Foundation

/// Loads the exercise catalogue only as far as routines need it: reading all of it costs more
/// than laying out and drawing a sheet, and most routines name a few exercises or none.
final class CatalogueStore: @unchecked Sendable {
    // @unchecked: `loaded` and `isComplete` change only while holding `lock`.
    private let directory: String
    private let lock = NSLock()
    private var loaded = Catalogue.empty
    private var isComplete = false

    /// A store over an `Exercises/` folder.
    init(directory: String) { self.directory = directory }

    /// The exercises loaded so far.
    var current: Catalogue {
        lock.lock()
        defer { lock.unlock() }
        return loaded
    }

    /// The whole catalogue, read once.
    func all() throws(RoutineError) -> Catalogue {
        lock.lock()
        defer { lock.unlock() }
        if !isComplete {
            loaded = try Catalogue.load(directory: directory)
            isComplete = true
        }
        return loaded
    }

    /// A catalogue holding every exercise `names` refers to: just their files when each name
    /// is a file name, otherwise the whole catalogue (for aliases and "did you mean" hints).
    func catalogue(for names: Set<String>) throws(RoutineError) -> Catalogue {
        lock.lock()
        let known = isComplete || names.allSatisfy { loaded.exercise(named: $0) != nil }
        let snapshot = loaded
        lock.unlock()
        if known { return snapshot }
        let ids = Set(names.map { $0.lowercased() })
        if let subset = try Catalogue.load(directory: directory, ids: ids),
            names.allSatisfy({ subset.exercise(named: $0) != nil })
        {
            lock.lock()
            defer { lock.unlock() }
            if !isComplete,
                let merged = try? Catalogue(
                    exercises: loaded.exercises
                        + subset.exercises.filter { new in
                            !loaded.exercises.contains { $0.id == new.id }
                        })
            {
                loaded = merged
            }
            return loaded
        }
        return try all()
    }
}

extension Routine {
    /// The catalogue names the routine's steps refer to with `exercise:` and `figure:`.
    var catalogueNames: Set<String> {
        var names: Set<String> = []
        for step in allStepsAndAlternatives {
            if let exercise = step.exercise { names.insert(exercise.name) }
            if case .named(let name, _) = step.figure { names.insert(name) }
        }
        return names
    }
}
