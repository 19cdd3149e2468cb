import Foundation
import Routine

/// RepSheet's one door to the outside world: files, folders, picture bytes, the cache folder and
/// the environment. The command-line tool fills it from the disk (`DiskWorld`); tests can fill
/// it from memory (`MemoryWorld`). The containment rules stay with the readers: a world only
/// reads what it is asked, as `SafeFile` does (regular files only, opened without blocking,
/// measured on the opened file).
public protocol World: Sendable {
    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// - Throws: `SafeFile.Failure`: missing, not a regular file, unreadable, or too large.
    func read(_ path: String, limit: Int) throws(SafeFile.Failure) -> Data
    /// The names in the folder at `path`, sorted; `nil` when it is not a readable folder.
    func contents(ofFolder path: String) -> [String]?
    /// The environment variables RepSheet reads (`REPSHEET_DATA`, `XDG_CACHE_HOME`, `HOME`).
    var environment: [String: String] { get }
    /// A folder RepSheet may keep caches in (fontconfig's scan of the bundled fonts); `nil` for none.
    var cacheFolder: String? { get }
}

/// The world of a command-line run: the disk and the process's environment.
public struct DiskWorld: World {
    /// The process's environment.
    public let environment: [String: String]

    /// A world over the disk, with `environment` (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func read(_ path: String, limit: Int) throws(SafeFile.Failure) -> Data {
        try SafeFile.read(path: path, limit: limit)
    }

    public func contents(ofFolder path: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted()
    }

    /// `$XDG_CACHE_HOME/repsheet` or `~/.cache/repsheet`, made when missing; `nil` when neither
    /// can be written (fontconfig would complain on stderr), so the fonts are scanned each run.
    public var cacheFolder: String? {
        let directory: String
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            directory = base + "/repsheet"
        } else if let home = environment["HOME"], home.hasPrefix("/"), home != "/" {
            directory = home + "/.cache/repsheet"
        } else {
            return nil
        }
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if !files.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard (try? files.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else {
                return nil
            }
        } else if !isDirectory.boolValue {
            return nil
        }
        return files.isWritableFile(atPath: directory) ? directory : nil
    }
}

/// A world held in memory, for tests: files by path, no cache folder.
public struct MemoryWorld: World {
    /// The files, by path.
    public var files: [String: Data]
    public var environment: [String: String]
    public var cacheFolder: String? { nil }

    /// A world with `files` and `environment`.
    public init(files: [String: Data] = [:], environment: [String: String] = [:]) {
        self.files = files
        self.environment = environment
    }

    public func read(_ path: String, limit: Int) throws(SafeFile.Failure) -> Data {
        guard let data = files[path] else {
            if contents(ofFolder: path) != nil { throw .notRegular(kind: "a folder") }
            throw .missing
        }
        guard data.count <= limit else { throw .tooLarge(bytes: data.count) }
        return data
    }

    public func contents(ofFolder path: String) -> [String]? {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }.map { $0.dropFirst(prefix.count) }
            .compactMap { $0.split(separator: "/").first.map(String.init) }
        return names.isEmpty ? nil : Array(Set(names)).sorted()
    }
}
