import Foundation
import XCTest

/// Issue 21, item 2: every `repsheet …` command in the README's shell blocks runs, from a folder
/// outside the source tree, against a copy installed the way `make install` lays it out.
final class Papercut2ReadmeTests: XCTestCase {
    /// The `repsheet` command lines of README.md's ```sh blocks, in order.
    static func readmeCommands() throws -> [String] {
        let readme = try String(contentsOf: Tool.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [String] = []
        var inShell = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = !inShell && line.hasPrefix("```sh")
                continue
            }
            if inShell, line.hasPrefix("repsheet ") { commands.append(String(line)) }
        }
        return commands
    }

    func testEveryReadmeCommandRunsFromAnyFolderOnceInstalled() throws {
        let commands = try Self.readmeCommands()
        XCTAssertGreaterThanOrEqual(commands.count, 9, "\(commands)")
        XCTAssertTrue(commands.contains { $0.contains("--clients") }, "\(commands)")
        let root = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // The layout of `make install PREFIX=…`: the binary in bin, the data in share/repsheet.
        let prefix = root.appendingPathComponent("prefix")
        let share = prefix.appendingPathComponent("share/repsheet")
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for folder in ["Fonts", "Layouts", "Exercises", "examples"] {
            try FileManager.default.copyItem(
                at: Tool.packageRoot.appendingPathComponent(folder), to: share.appendingPathComponent(folder))
        }
        try FileManager.default.copyItem(atPath: Tool.repsheet, toPath: bin.appendingPathComponent("repsheet").path)
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        for command in commands {
            // The shell reads the line as a user's would: quotes, and comments after `#`.
            let result = try Tool.run(
                "/bin/sh", ["-c", command], in: work, environment: ["PATH": path, "REPSHEET_DATA": ""])
            XCTAssertEqual(result.status, 0, "\(command)\n\(result.stderr)")
        }
        let examples = try Tool.run(
            "/bin/sh", ["-c", "repsheet examples"], in: work, environment: ["PATH": path, "REPSHEET_DATA": ""])
        XCTAssertTrue(
            examples.stdout.contains("The examples are in \(share.appendingPathComponent("examples").path)"),
            examples.stdout)
        let written = try FileManager.default.contentsOfDirectory(atPath: work.path)
        for expected in ["back-stretches.pdf", "cards.pdf", "my-routine.yaml", "handouts", "handouts.pdf"] {
            XCTAssertTrue(written.contains(expected), "\(expected) not in \(written.sorted())")
        }
    }
}
