import Foundation
import Routine

/// The built-in exercises (`Exercises/*.yaml`), looked up by name, alias or file name.
package struct Catalogue: Sendable {
    /// Every exercise, sorted by name.
    package let exercises: [Exercise]
    private let index: [String: Int]

    /// A catalogue of `exercises`.
    /// - Throws: `RoutineError.invalid` when two exercises share a name or alias.
    package init(exercises: [Exercise]) throws(RoutineError) {
        // By lookup key, then name: the same order everywhere, without loading ICU's collation tables.
        let sorted = exercises.map { (key: Catalogue.key($0.name), exercise: $0) }
            .sorted { ($0.key, $0.exercise.name) < ($1.key, $1.exercise.name) }.map(\.exercise)
        var index: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (position, exercise) in sorted.enumerated() {
            for name in Set([exercise.id, exercise.name] + exercise.aliases).map(Catalogue.key) {
                if let first = index[name], first != position {
                    problems.append(
                        Diagnostic(
                            .error, FigureMessages.duplicate(name, first: sorted[first].id),
                            at: SourceLocation(file: exercise.source, line: 1, column: 1)))
                }
                index[name] = position
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        self.exercises = sorted
        self.index = index
    }

    /// Loads every `.yaml` file of `directory`.
    /// - Throws: `RoutineError.invalid` with every problem of every file.
    /// A catalogue with no exercises.
    package static let empty = Catalogue(uncheckedExercises: [])

    private init(uncheckedExercises: [Exercise]) {
        exercises = uncheckedExercises
        index = [:]
    }

    package static func load(directory: String) throws(RoutineError) -> Catalogue {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        return try Catalogue(exercises: readExercises(directory: directory, files: files))
    }

    /// Loads only the exercises whose file names (without `.yaml`) are `ids`; `nil` when one
    /// has no file of that name, so the caller can fall back to the whole catalogue.
    /// - Throws: `RoutineError.invalid` with every problem of those files.
    package static func load(directory: String, ids: Set<String>) throws(RoutineError) -> Catalogue? {
        let files = ids.sorted().map { $0 + ".yaml" }
        guard
            files.allSatisfy({
                FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0))
            })
        else { return nil }
        return try Catalogue(exercises: readExercises(directory: directory, files: files))
    }

    /// Reads the exercise files `files` of `directory`.
    private static func readExercises(directory: String, files: [String]) throws(RoutineError) -> [Exercise] {
        var exercises: [Exercise] = []
        var problems: [Diagnostic] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            // A regular file of at most a routine's size, read as every YAML file is (and not
            // with `FileManager.contents`, which leaks its buffer for an empty file).
            guard let data = try? SafeFile.read(path: path, limit: RoutineLimits.maxFileBytes),
                let text = String(data: data, encoding: .utf8)
            else {
                problems.append(
                    Diagnostic(
                        .error, "cannot read the file as UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)
                    ))
                continue
            }
            do {
                let node = try SourceNode.parse(yaml: text, fileName: path)
                var reader = ExerciseReader()
                let id = (file as NSString).deletingPathExtension
                if let exercise = reader.exercise(node, id: id, source: path) { exercises.append(exercise) }
                problems += reader.diagnostics
            } catch {
                if case .invalid(let found) = error { problems += found }
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return exercises
    }

    /// The exercise called `name` (its file name, name or an alias; case, spaces and
    /// punctuation do not matter), or `nil`.
    package func exercise(named name: String) -> Exercise? {
        index[Catalogue.key(name)].map { exercises[$0] }
    }

    /// The catalogue name closest to `name`, for "did you mean" hints.
    package func suggestion(for name: String) -> String? {
        let wanted = Catalogue.key(name)
        var best: (id: String, distance: Int)?
        for (key, position) in index {
            let distance = KeySuggestion.editDistance(wanted, key)
            if distance < (best?.distance ?? Int.max) { best = (exercises[position].id, distance) }
        }
        guard let best, best.distance <= max(3, wanted.count / 3) else { return nil }
        return best.id
    }

    /// The lookup form of a name: lower case, words joined by hyphens, punctuation dropped.
    static func key(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
        var words: [String] = []
        var word = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }

    /// `key` for ASCII text, a byte at a time.
    private static func asciiKey(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingHyphen { key.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                key.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingHyphen { key.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                key.append(byte + 32)
            case UInt8(ascii: "'"):
                continue
            default:
                pendingHyphen = !key.isEmpty
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}
