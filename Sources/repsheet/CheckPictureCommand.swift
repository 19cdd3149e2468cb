import ArgumentParser
import Foundation
import RepSheet

/// `repsheet check-picture`: decodes and draws one picture under CPU-time and memory limits, for
/// `PictureCage` (hidden: RepSheet runs it in a child process).
struct CheckPictureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-picture", abstract: "Decode and draw one picture within limits (internal).",
        shouldDisplay: false)

    @Option(help: "pdf, png or svg: the surface the picture is drawn on.")
    var format: String = "pdf"

    @Option(help: "The resolution the picture is drawn at.")
    var dpi: Int = 150

    @Option(help: "RepSheet's fonts folder.")
    var fonts: String = ""

    @Flag(help: "Read the picture's bytes from standard input; PATH only names it in messages.")
    var stdin = false

    @Argument(help: "The picture file.")
    var path: String

    func run() throws {
        guard let format = OutputFormat(rawValue: format) else { throw ValidationError("--format: pdf, png or svg") }
        let status = PictureCage.runChild(
            path: path, format: format, dpi: dpi, fontsDirectory: fonts, standardInput: stdin)
        if status != 0 { throw ExitCode(status) }
    }
}
