import ArgumentParser
import Foundation
import RepSheet

/// The `repsheet` command: turns exercise routines into printable worksheets.
@main
struct RepSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repsheet",
        abstract: "Turn an exercise routine (YAML or JSON) into a printable worksheet: PDF, PNG or SVG.",
        version: "0.1.0",
        subcommands: [
            RenderCommand.self, ValidateCommand.self, NewCommand.self, ExamplesCommand.self, LayoutsCommand.self,
            ExercisesCommand.self, BenchCommand.self, CheckPictureCommand.self, ExtractCommand.self,
            LintCommand.self, CalendarCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Runs the command line; `repsheet render …` is parsed as the render command alone.
    ///
    /// Parsing from the root first builds every subcommand's arguments and checks for a request
    /// for a completion script, about 9 M instructions, more than a tenth of the floor program's
    /// whole sheet (issue 19). A render command line without help, version or completion
    /// requests is parsed by `RenderCommand` directly; one it cannot parse goes the usual way,
    /// so every message, usage line and exit status is the root's. Errors while running are
    /// reported by the root, as `main` reports them.
    static func main() {
        // This program owns its process: fontconfig need not read the system's fonts (`ProcessFonts`).
        ProcessFonts.isolate()
        // Pictures are checked in a child process run from this executable, whatever its file
        // is named (an install may rename it); the library looks for `repsheet` only.
        if ProcessInfo.processInfo.environment["REPSHEET_EXECUTABLE"] == nil,
            let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        {
            setenv("REPSHEET_EXECUTABLE", own, 0)
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        // A single sheet's fonts load on a second thread while the command line is parsed.
        if arguments.first == "render" {
            FontWarmUp.current = FontWarmUp.start(renderArguments: Array(arguments.dropFirst()))
        }
        if let render = RenderFastPath.parse(arguments) {
            do {
                try render.run()
            } catch {
                FontWarmUp.current?.stop()
                exit(withError: error)
            }
            FontWarmUp.current?.stop()
            return
        }
        FontWarmUp.current?.stop()
        main(nil)
    }
}

/// The arguments of a `repsheet render` command line that the render command can parse alone.
enum RenderFastPath {
    /// `arguments` (without the program) parsed as `RenderCommand`, or `nil` when they are another
    /// command's, ask for help, a version or a completion script, or do not parse.
    static func parse(_ arguments: [String]) -> RenderCommand? {
        guard arguments.first == "render" else { return nil }
        let rest = Array(arguments.dropFirst())
        let rootOnly = ["-h", "--help", "-help", "--version", "help"]
        guard
            !rest.contains(where: {
                rootOnly.contains($0) || $0.hasPrefix("--generate-") || $0.hasPrefix("--experimental")
            })
        else { return nil }
        return try? RenderCommand.parse(rest)
    }
}

/// Prints a pipeline error to standard error and exits with its status.
func fail(_ error: RepSheetError) -> ExitCode {
    printError(error.description)
    return ExitCode(error.exitCode)
}

/// Writes a line to standard error, with control characters (ESC, BEL, NUL, C1) escaped as
/// `\u{1B}` so that a value from a file cannot drive the terminal.
func printError(_ message: String) {
    var stream = StandardError()
    print(TextEscaping.escaped(message, keepLineBreaks: true), to: &stream)
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
