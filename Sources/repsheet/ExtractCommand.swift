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
            their folders beside the routine, and prints each path. A file already there that \
            differs from the one the PDF carries is kept, with an error (exit 73), unless --force.
            """
    )

    @Argument(help: "A PDF written by repsheet render.")
    var sheet: String

    @Option(name: .shortAndLong, help: "The folder to write the routine into.")
    var output: String = "."

    @Flag(help: "Replace files already there that differ from the ones the PDF carries.")
    var force = false

    /// Characters refused in an attached file's name: controls, and the marks that change the
    /// direction text is shown in.
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }

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
            // and no control or direction-changing characters, which a terminal or a file list acts on.
            let parts = file.name.split(separator: "/").map(String.init).filter { !$0.isEmpty && $0 != "." }
            guard !parts.isEmpty, !parts.contains(".."), !file.name.unicodeScalars.contains(where: Self.isRefused)
            else {
                printError(
                    "\(sheet): warning: an attached file named \"\(TextEscaping.escaped(file.name, keepLineBreaks: false))\" "
                        + "was left out: its name leads out of the folder or holds control characters")
                continue
            }
            files.append(
                (URL(fileURLWithPath: output).appendingPathComponent(parts.joined(separator: "/")).path, file.data))
        }
        guard !files.isEmpty else {
            printError("\(sheet): error: none of the PDF's attached files has a name that can be written")
            throw ExitCode(65)
        }
        // A routine edited since the sheet was made is not lost to an extract run again.
        let changed = files.filter { file in
            FileManager.default.fileExists(atPath: file.path)
                && FileManager.default.contents(atPath: file.path) != file.data
        }
        if !force, !changed.isEmpty {
            for file in changed {
                printError(
                    "\(file.path): error: the file is already there and differs from the one the PDF carries; "
                        + "extract to another folder with -o DIR, or replace it with --force")
            }
            throw ExitCode(73)
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
