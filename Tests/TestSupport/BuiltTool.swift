import Foundation

/// The `repsheet` tool as tests outside RenderTests run it.
public enum BuiltTool {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The tool built beside the test bundle (whatever the build folder), else the debug build.
    public static var repsheet: String {
        let besideTests =
            [Bundle.main.bundleURL.appendingPathComponent("repsheet").path]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("repsheet").path }
        return besideTests.first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? packageRoot.appendingPathComponent(".build/debug/repsheet").path
    }

    /// Whether the tool has been built.
    public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: repsheet) }

    /// Runs `executable` and returns its status and its output and errors together.
    public static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
