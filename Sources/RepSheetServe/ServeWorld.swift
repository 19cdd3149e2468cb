import Foundation
import RepSheet

/// The disk, except that the routine a request sent reads as if it were a file in the start
/// folder: the CLI's checks read the routine's file again (for a missing character's line and
/// column, and for the PDF's attached routine), and so find the request's bytes there.
///
/// Each render slot has its own maker and world, and runs one request at a time, so one routine
/// is served at a time.
final class ServeWorld: World, @unchecked Sendable {
    // @unchecked: `served` is used only while holding `lock`.
    private let lock = NSLock()
    private var served: (path: String, bytes: Data)?
    private let disk = DiskWorld()

    /// Reads `path`: the served routine's bytes when it names it, else the file on disk.
    func read(_ path: String, limit: Int) throws(SafeFile.Failure) -> Data {
        lock.lock()
        let current = served
        lock.unlock()
        if let current, current.path == path {
            guard current.bytes.count <= limit else { throw .tooLarge(bytes: current.bytes.count) }
            return current.bytes
        }
        return try disk.read(path, limit: limit)
    }

    func contents(ofFolder path: String) -> [String]? { disk.contents(ofFolder: path) }

    var environment: [String: String] { disk.environment }

    var cacheFolder: String? { disk.cacheFolder }

    /// Runs `work` with `bytes` readable at `path`.
    func serving<Value>(_ bytes: Data, at path: String, _ work: () throws -> Value) rethrows -> Value {
        lock.lock()
        served = (path, bytes)
        lock.unlock()
        defer {
            lock.lock()
            served = nil
            lock.unlock()
        }
        return try work()
    }
}
