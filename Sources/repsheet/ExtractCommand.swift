import ArgumentParser
import Foundation
import RepSheet

/// `repsheet extract`: writes out the routine a PDF sheet carries.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write out the routine a PDF sheet was made from.",
        discussion: """
            Every PDF RepSheet writes carries its routine file and the routine's pictures (unless \
            rendered with --no-source); a merged batch PDF carries every client's routine. extract \
            writes them to DIR (default: the working directory) under their own names, pictures in \
            their folders beside the routine, and prints each path.
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
        let found: [(name: String, data: Data)]
        do {
            found = try FinishingPass.sources(of: pdf)
        } catch {
            // Reading, not drawing: Cairo's "drawing failed" prefix does not apply here.
            if case .cairo(let words) = error {
                printError("\(sheet): error: \(words)")
            } else {
                printError("\(sheet): error: \(error.message)")
            }
            // RepSheet's own PDF library missing is the installation's problem, not the file's.
            if case .pdfLibraryUnavailable = error { throw ExitCode(RepSheetError.render(error).exitCode) }
            throw ExitCode(65)
        }
        guard !found.isEmpty else {
            printError("\(sheet): error: the PDF carries no routine (rendered with --no-source?)")
            throw ExitCode(65)
        }
        var files: [(path: String, data: Data)] = []
        for file in found {
            // Only the name's own folders, never "..": a name must not write outside DIR.
            let parts = file.name.split(separator: "/").map(String.init).filter { !$0.isEmpty && $0 != "." }
            guard !parts.isEmpty, !parts.contains("..") else {
                printError("\(sheet): warning: an attached file named \"\(file.name)\" was left out")
                continue
            }
            files.append(
                (URL(fileURLWithPath: output).appendingPathComponent(parts.joined(separator: "/")).path, file.data))
        }
        do {
            for folder in Set(files.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }).sorted() {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        } catch {
            printError("\(output): error: cannot make the folder: \(error.localizedDescription)")
            throw ExitCode(73)
        }
        do {
            try AtomicWriter.write(files)
        } catch {
            throw fail(error)
        }
        files.forEach { print($0.path) }
    }
}
