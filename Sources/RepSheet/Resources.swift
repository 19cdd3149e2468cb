import Foundation

/// Where RepSheet's data lives: bundled fonts, built-in layouts and example routines.
///
/// Looked up, in order, in `$REPSHEET_DATA`, the executable's `../share/repsheet`, and the
/// source tree the executable was built in, so it works from any working directory.
public struct Resources: Sendable, Equatable {
    /// The folder holding `Fonts/`, `Layouts/` and `examples/`.
    public let root: String

    /// Uses the data under `root`.
    public init(root: String) { self.root = root }

    public var fontsDirectory: String { path("Fonts") }
    public var layoutsDirectory: String { path("Layouts") }
    public var examplesDirectory: String { path("examples") }
    /// The exercise catalogue, one YAML file per exercise.
    public var exercisesDirectory: String { path("Exercises") }

    private func path(_ component: String) -> String { (root as NSString).appendingPathComponent(component) }

    /// Finds the data folder.
    /// - Throws: `RepSheetError.resourcesNotFound` listing the places searched.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(RepSheetError)
        -> Resources
    {
        var candidates: [String] = []
        if let override = environment["REPSHEET_DATA"], !override.isEmpty { candidates.append(override) }
        let executable = executablePath()
        let binDirectory = (executable as NSString).deletingLastPathComponent
        candidates.append(
            ((binDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/repsheet"))
        // During development: walk up from the executable to the package root.
        var directory = binDirectory
        while directory != "/" && !directory.isEmpty {
            candidates.append(directory)
            directory = (directory as NSString).deletingLastPathComponent
        }
        // The source tree this file was compiled from (tests and `swift run`).
        let source = ((#filePath as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        candidates.append((source as NSString).deletingLastPathComponent)
        for candidate in candidates where isDataFolder(candidate) {
            return Resources(root: candidate)
        }
        throw .resourcesNotFound(searched: candidates)
    }

    private static func isDataFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let fonts = (path as NSString).appendingPathComponent("Fonts")
        let layouts = (path as NSString).appendingPathComponent("Layouts/classic.yaml")
        return FileManager.default.fileExists(atPath: fonts, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.fileExists(atPath: layouts)
    }

    private static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return (CommandLine.arguments.first ?? "") as String
    }

    /// Names of the built-in example routines, sorted.
    package var exampleNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
            .filter { !Resources.isClientList(path: (examplesDirectory as NSString).appendingPathComponent($0)) }
            .map { ($0 as NSString).deletingPathExtension }.sorted()
    }

    /// The path of a built-in example routine, or `nil`.
    package func example(named name: String) -> String? {
        for ext in ["yaml", "yml", "json"] {
            let path = (examplesDirectory as NSString).appendingPathComponent("\(name).\(ext)")
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }
}
