import ArgumentParser
import Foundation
import RepSheet

/// `repsheet new`: writes a commented starter routine.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter routine to edit, with every common key explained.",
        discussion: """
            FILE ending in .json gets a JSON starter (JSON has no comments); anything else gets \
            commented YAML; - writes the YAML starter to standard output. An existing file is never \
            overwritten. Exit status 73 when the file cannot be created.
            """
    )

    @Argument(help: "The routine file to create, such as back.yaml.")
    var file: String

    func run() throws {
        let text = file.lowercased().hasSuffix(".json") ? RoutineTemplate.json : RoutineTemplate.yaml
        if file == "-" { return print(text, terminator: "") }
        if file.hasSuffix("/") {
            printError("\(file): error: this names a folder; give a file name such as \(file)routine.yaml")
            throw ExitCode(73)
        }
        if FileManager.default.fileExists(atPath: file) {
            printError("\(file): error: the file already exists; choose another name or remove it first")
            throw ExitCode(73)
        }
        let directory = PathText.folder(of: file)
        let folder = directory.isEmpty ? "." : directory
        let name = (file as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(
            ".\(name).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        )
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            printError("\(file): error: cannot create the file in \(folder)")
            throw ExitCode(73)
        }
        defer { _ = unlink(temporary) }
        // link() fails when the target exists, so a file created meanwhile is never replaced.
        guard link(temporary, file) == 0 else {
            let reason = errno == EEXIST ? "the file already exists" : String(cString: strerror(errno))
            printError("\(file): error: cannot create the file: \(reason)")
            throw ExitCode(73)
        }
        print(
            "Wrote \(file). Check it with `repsheet validate \(file)`, print it with `repsheet render \(file)`."
        )
    }
}
