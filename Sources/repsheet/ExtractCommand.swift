import ArgumentParser
import Foundation
import RepSheet

/// `repsheet extract`: writes out the routine a PDF sheet carries.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write out the routine a PDF sheet was made from.",
        discussion: """
            Every PDF RepSheet writes carries its routine file (unless rendered with --no-source). \
            extract writes it to DIR (default: the working directory) under its own name and prints the path.
            """
    )

    @Argument(help: "A PDF written by repsheet render.")
    var sheet: String

    @Option(name: .shortAndLong, help: "The folder to write the routine into.")
    var output: String = "."

    func run() throws {
        guard let pdf = FileManager.default.contents(atPath: sheet) else {
            printError("\(sheet): error: cannot read the file")
            throw ExitCode(66)
        }
        let found: (name: String, data: Data)?
        do {
            found = try FinishingPass.source(of: pdf)
        } catch {
            printError("\(sheet): error: \(error)")
            throw ExitCode(65)
        }
        guard let found else {
            printError("\(sheet): error: the PDF carries no routine (rendered with --no-source?)")
            throw ExitCode(65)
        }
        // Only the file's own name: a name with folders in it must not write outside DIR.
        let name = URL(fileURLWithPath: found.name).lastPathComponent
        let path = URL(fileURLWithPath: output).appendingPathComponent(name.isEmpty ? "routine.yaml" : name).path
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            printError("\(output): error: cannot make the folder: \(error.localizedDescription)")
            throw ExitCode(73)
        }
        do {
            try AtomicWriter.write([(path: path, data: found.data)])
        } catch {
            throw fail(error)
        }
        print(path)
    }
}
