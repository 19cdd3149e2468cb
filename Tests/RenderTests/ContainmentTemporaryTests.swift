import Foundation
import XCTest

/// Temporary files are RepSheet's own (`.repsheet-<pid>-<n>.tmp`), removed on SIGINT and SIGTERM,
/// swept only when their process is gone; an output name held by a non-regular file is refused.
final class ContainmentTemporaryTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func files(in folder: URL? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (folder ?? directory).path).sorted()
    }

    func testOutputOntoANamedPipeNobodyReadsOrAFolderIsRefused() throws {
        try "title: T\nsteps:\n  - name: A\n".write(
            to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("out.pdf").path, 0o600), 0)
        let result = try Tool.run("timeout", ["20", Tool.repsheet, "render", "r.yaml", "-o", "out.pdf"], in: directory)
        // Written into when a program reads it (StreamedOutputTests); with no reader, refused at once.
        XCTAssertEqual(result.status, 73, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "out.pdf: error: cannot write the output file: no program is reading the named pipe"),
            result.stderr)
        var info = stat()
        XCTAssertEqual(lstat(directory.appendingPathComponent("out.pdf").path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)
        XCTAssertEqual(try files(), ["out.pdf", "r.yaml"])
    }

    func testSweepRemovesOnlyRepSheetsOwnNamesOfProcessesThatAreGone() throws {
        try "title: T\nsteps:\n  - name: A\n".write(
            to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        try "name\nJane\n".write(to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var gone: Int32 = 4_000_000
        while kill(gone, 0) == 0 || errno != ESRCH { gone -= 1 }
        let alive = getpid()
        let names = [
            ".x.1.2.tmp", ".notes.txt.\(gone).12345.tmp", ".repsheet-\(gone)-1.tmp", ".repsheet-\(alive)-1.tmp",
            ".repsheet-\(gone)-x.tmp", "repsheet-\(gone)-1.tmp",
        ]
        for name in names { try Data("keep?".utf8).write(to: out.appendingPathComponent(name)) }
        let result = try Tool.run(
            Tool.repsheet, ["render", "r.yaml", "--clients", "c.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            try files(in: out),
            [
                ".notes.txt.\(gone).12345.tmp", ".repsheet-\(alive)-1.tmp", ".repsheet-\(gone)-x.tmp", ".x.1.2.tmp",
                "jane.pdf", "repsheet-\(gone)-1.tmp",
            ].sorted())
    }

    func testSignalsDuringAManyPagePNGWriteLeaveNoTemporaryFile() throws {
        var lines = ["title: Long", "sections:"]
        for section in 1...12 {
            lines += ["  - title: S\(section)", "    steps:"]
            for step in 1...8 {
                lines.append(
                    "      - {name: Step \(section) \(step), reps: 10, sets: 3, sides: each, instructions: "
                        + "\"\(String(repeating: "word ", count: 60))\"}")
            }
        }
        try lines.joined(separator: "\n").write(
            to: directory.appendingPathComponent("long.yaml"), atomically: true, encoding: .utf8)
        try "title: Tiny\nsteps:\n  - name: A\n".write(
            to: directory.appendingPathComponent("tiny.yaml"), atomically: true, encoding: .utf8)
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        // Signals land within the time a whole render takes here, however fast the machine.
        let started = Date()
        XCTAssertEqual(
            try Tool.run(Tool.repsheet, ["render", "long.yaml", "-o", "whole.png", "--dpi", "100"], in: directory)
                .status, 0)
        let whole = Date().timeIntervalSince(started)
        for name in try files() where name.hasPrefix("whole") {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        for round in 0..<20 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Tool.repsheet)
            process.arguments = ["render", "long.yaml", "-o", "long.png", "--dpi", "100"]
            process.currentDirectoryURL = directory
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...max(0.03, whole * 0.7), using: &generator))
            Self.stop(process, round: round)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { interrupted += 1 }
            // SIGKILL cannot be caught: the next RepSheet to write in the folder sweeps what it left.
            if round % 3 == 2 {
                XCTAssertEqual(
                    try Tool.run(Tool.repsheet, ["render", "tiny.yaml", "-o", "tiny.pdf"], in: directory).status, 0)
            }
            let names = try files()
            XCTAssertFalse(names.contains { $0.hasPrefix(".repsheet-") }, "round \(round): \(names)")
            // Every page there is whole: renamed into place only once complete.
            for name in names where name.hasSuffix(".png") {
                let data = try Data(contentsOf: directory.appendingPathComponent(name))
                XCTAssertEqual(Array(data.suffix(8)), [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], name)
            }
        }
        XCTAssertGreaterThan(interrupted, 0)
    }

    /// SIGINT, SIGTERM and SIGKILL in turn.
    static func stop(_ process: Process, round: Int) {
        switch round % 3 {
        case 0: process.interrupt()
        case 1: process.terminate()
        default: kill(process.processIdentifier, SIGKILL)
        }
    }

    func testSignalsDuringAClientBatchLeaveNoTemporaryFile() throws {
        try "title: T\nsteps:\n  - name: A\n".write(
            to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let rows = ["name"] + (1...1_000).map { "Client \($0)" }
        try rows.joined(separator: "\n").write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        var generator = SystemRandomNumberGenerator()
        try "title: Tiny\nsteps:\n  - name: A\n".write(
            to: directory.appendingPathComponent("tiny.yaml"), atomically: true, encoding: .utf8)
        for round in 0..<20 {
            try? FileManager.default.removeItem(at: out)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Tool.repsheet)
            process.arguments = ["render", "r.yaml", "--clients", "c.csv", "--out-dir", "out", "--jobs", "2"]
            process.currentDirectoryURL = directory
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Wait until sheets are being written, then a little more.
            let start = Date()
            while ((try? files(in: out).count) ?? 0) < 10, Date().timeIntervalSince(start) < 30 {
                Thread.sleep(forTimeInterval: 0.01)
            }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.5, using: &generator))
            Self.stop(process, round: round)
            process.waitUntilExit()
            if round % 3 == 2 {
                XCTAssertEqual(
                    try Tool.run(Tool.repsheet, ["render", "tiny.yaml", "-o", "out/tiny.pdf"], in: directory).status, 0)
            }
            let names = try files(in: out)
            XCTAssertFalse(
                names.contains { $0.hasPrefix(".repsheet-") }, "round \(round): \(names.filter { $0.hasPrefix(".") })")
            for name in names.prefix(50) where name.hasSuffix(".pdf") {
                let data = try Data(contentsOf: out.appendingPathComponent(name))
                XCTAssertTrue(String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF"), name)
            }
        }
    }
}
