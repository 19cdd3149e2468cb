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
