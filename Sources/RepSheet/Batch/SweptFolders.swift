import Foundation
import Synchronization

/// The output folders this process has already swept of stale temporary files, so that a folder
/// receiving a thousand sheets is listed once, not once per sheet.
enum SweptFolders {
    private static let swept = Mutex<Set<String>>([])

    /// Removes the stale temporary files of killed RepSheet processes in `directory`, the first
    /// time this process writes there.
    static func sweepOnce(_ directory: String) {
        let first = swept.withLock { $0.insert(directory).inserted }
        if first { StaleTemporaries.remove(in: directory) }
    }
}
