import ArgumentParser
import RepSheet

/// `repsheet validate`: checks routine files without rendering them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check routine files and report every problem, without rendering.",
        discussion: """
            Prints `FILE: ok` for each valid file. Problems go to standard error as \
            FILE:LINE:COLUMN: error: MESSAGE. Exit status: 0 when every file is valid, 66 when a \
            file is missing, otherwise 65 when a file is invalid. - reads standard input.
            """
    )

    @Argument(help: "Routine files (.yaml, .yml or .json), or - for standard input.")
    var files: [String]

    func run() throws {
        var missing = false
        var invalid = false
        // Steps may name catalogue exercises and figures; check those too.
        let resolver = (try? Resources.locate())
            .flatMap { try? Catalogue.load(directory: $0.exercisesDirectory) }
            .map(ExerciseResolver.init)
        for file in files {
            do {
                let routine = try RoutineLoader.load(path: file)
                _ = try resolver?.resolve(routine)
                print("\(file): ok")
            } catch {
                printError(error.description)
                switch error {
                case .fileNotFound: missing = true
                case .invalid: invalid = true
                }
            }
        }
        if missing { throw ExitCode(66) }
        if invalid { throw ExitCode(65) }
    }
}
