import ArgumentParser
import PlainLanguage
import RepSheet

/// `repsheet validate`: checks routine files without rendering them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check routine files and report every problem, without rendering.",
        discussion: """
            Runs every check `render` runs except drawing: the routine, its layout, its pictures' \
            headers (kind, size, SVG references), its figures and whether every character can be \
            printed. Prints `FILE: ok` for each valid file. Problems go to standard error as \
            FILE:LINE:COLUMN: error: MESSAGE. Exit status: 0 when every file is valid, 66 when a \
            file is missing, otherwise 65 when a file is invalid. - reads standard input.
            """
    )

    @Argument(help: "Routine files (.yaml, .yml or .json), or - for standard input.")
    var files: [String]

    @OptionGroup var look: LookOptions
    @OptionGroup var text: TextOptions
    @OptionGroup var access: AccessOptions

    func run() throws {
        let maker: SheetMaker
        do { maker = try access.maker() } catch { throw fail(error) }
        var options = SheetOptions(layout: look.layout)
        options.pageSize = look.pageSize
        options.allowMissingGlyphs = text.allowMissingGlyphs
        var worst: Int32 = 0
        for file in files {
            do {
                let routine = try maker.loadRoutine(path: file)
                try maker.check(routine, options: options)
                // The routine's brand file, its logo decoded in the cage as render does.
                if let brand = routine.brand { _ = try maker.loadBrand(path: brand, options: options) }
                print("\(file): ok")
                if let level = Linter.overallLevel(of: routine) { print("\(file): note: reads at \(level.summary)") }
            } catch {
                printError(error.description)
                // A missing file (66) outranks an invalid one (65).
                let status = error.exitCode
                if worst == 0 || status == 66 { worst = status }
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
