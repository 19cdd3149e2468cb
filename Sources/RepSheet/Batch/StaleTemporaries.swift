import Foundation

/// Removes temporary files that a killed `AtomicWriter` left behind in an output folder.
///
/// `AtomicWriter` names them `.<final name>.<process id>.<random>.tmp`; a file is removed only when
/// its process no longer runs, so another batch writing to the same folder is never disturbed.
enum StaleTemporaries {
    /// Removes the stale temporary files in `directory`; returns how many.
    @discardableResult
    static func remove(in directory: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard parts.count >= 3, let random = parts.last, random.allSatisfy(\.isNumber),
                let pid = Int32(parts[parts.count - 2]), pid > 0, !isRunning(pid)
            else { continue }
            if (try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name)))
                != nil
            {
                removed += 1
            }
        }
        return removed
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
