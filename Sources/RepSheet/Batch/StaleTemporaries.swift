import Foundation

/// Removes temporary files that a killed `AtomicWriter` left behind in an output folder.
///
/// Only RepSheet's own names are touched (`TemporaryFiles`: `.repsheet-<process id>-<number>.tmp`),
/// and only when their process no longer runs, so another batch writing to the same folder, and
/// any other program's files, are never disturbed.
enum StaleTemporaries {
    /// Removes the stale temporary files in `directory`; returns how many.
    @discardableResult
    static func remove(in directory: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var removed = 0
        for name in names {
            guard let pid = TemporaryFiles.processID(inName: name), pid != getpid(), !isRunning(pid) else { continue }
            if unlink((directory as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        return removed
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
