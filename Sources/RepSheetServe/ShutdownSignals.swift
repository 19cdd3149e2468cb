import Foundation
import RepSheet

#if canImport(Glibc)
    import Glibc
#endif

/// Stops the server on SIGINT, SIGTERM or SIGHUP within a moment, whatever it is doing.
///
/// The signals are blocked in every thread (`block()`, called first thing in `main`, before any
/// thread exists) and taken by one thread of ours with `sigwait`: no handler runs inside a
/// render, and nothing another part installs later (`TemporaryFiles`' handler) is reached. On a
/// signal the temporary folders of running work are removed and the process exits, without
/// waiting for renders or client batches to end.
package enum ShutdownSignals {
    /// The signals that stop the server.
    static let numbers: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Blocks the signals in the calling thread and the threads it starts later.
    package static func block() {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Starts the thread that waits for a signal: it removes the temporary folders of running
    /// work and exits at once (a response being sent is cut off, as Ctrl-C of any server does).
    static func watch() {
        Thread.detachNewThread {
            var set = signalSet()
            var number: Int32 = 0
            guard sigwait(&set, &number) == 0 else { return }
            WorkerProcess.killAll()
            WorkFolders.removeAll()
            // Everything to clean is cleaned: `_exit` does not wait for other threads' work
            // (`exit`'s handlers took a second while a render ran).
            fflush(nil)
            _exit(128 + number)
        }
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in numbers { sigaddset(&set, number) }
        return set
    }
}

/// The temporary folders of work in progress (client batches), removed when the server stops.
package enum WorkFolders {
    private static let folders = Locked<Set<String>>([])

    /// A new folder under the system's temporary folder, registered until `remove`.
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-serve-\(UUID().uuidString)")
        folders.update { $0.insert(url.path) }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a folder made by `make`.
    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
        folders.update { $0.remove(url.path) }
    }

    /// Removes every registered folder. Work still running may be writing into one: removing is
    /// tried again (up to 0.5 s) until each is gone.
    package static func removeAll() {
        for path in folders.update({ $0 }) {
            for _ in 0..<10 where FileManager.default.fileExists(atPath: path) {
                try? FileManager.default.removeItem(atPath: path)
                if FileManager.default.fileExists(atPath: path) { Thread.sleep(forTimeInterval: 0.05) }
            }
        }
    }
}

/// A value used from several threads, behind a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `value` is used only while holding `lock`.
    private let lock = NSLock()
    private var value: Value

    /// A lock around `value`.
    init(_ value: Value) { self.value = value }

    /// Runs `change` on the value under the lock, returning what it returns.
    @discardableResult
    func update<Result>(_ change: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return change(&value)
    }
}
