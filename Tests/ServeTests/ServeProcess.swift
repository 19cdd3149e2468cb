import Foundation
import XCTest

/// A `repsheet-serve` process started for a test in its own folder, on a free port.
final class ServeProcess {
    let process = Process()
    let folder: URL
    let port: Int

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A tool built beside this test bundle (whatever the build folder), else in the debug build.
    static func tool(_ name: String) throws -> String {
        let candidates =
            [Bundle.main.bundleURL.appendingPathComponent(name).path]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path }
            + [packageRoot.appendingPathComponent(".build/debug/\(name)").path]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("\(name) is not built (swift build --product \(name))")
        }
        return found
    }

    /// Starts the server in a new temporary folder with `arguments`, waiting for its address;
    /// `throughCLI` starts it as `repsheet serve`; `environment` adds to the test's environment.
    init(arguments: [String] = [], throughCLI: Bool = false, environment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "repsheet-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: try Self.tool(throughCLI ? "repsheet" : "repsheet-serve"))
        process.arguments = (throughCLI ? ["serve"] : []) + ["--port", "0"] + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // The first line: "RepSheet is serving on http://127.0.0.1:PORT/ …".
        var line = Data()
        while !line.contains(0x0A), let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
            let port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast())
        else {
            process.terminate()
            throw XCTSkip("repsheet-serve did not start: \(text)")
        }
        self.port = port
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A POST of a routine as the page sends it (with the X-RepSheet header).
    func post(_ path: String, _ body: String, headers: [String: String] = ["X-RepSheet": "1"]) throws -> RawResponse {
        try RawHTTP.send(port: port, method: "POST", path: path, headers: headers, body: Data(body.utf8))
    }

    /// A GET.
    func get(_ path: String, headers: [String: String] = [:]) throws -> RawResponse {
        try RawHTTP.send(port: port, method: "GET", path: path, headers: headers)
    }

    /// Writes a file into the server's folder.
    func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}

/// Runs a tool and returns its exit status, standard output and standard error.
func runTool(_ path: String, _ arguments: [String], in folder: URL, input: Data? = nil) throws -> (
    status: Int32, output: String, error: String
) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}
