import Foundation

/// Writes files so a reader never sees a partial one: each goes to a temporary name in the
/// target folder and is renamed into place only when every file of the set is complete.
public enum AtomicWriter {
    /// Writes every `(path, bytes)` pair, all or nothing.
    /// - Throws: `RepSheetError.cannotWrite` naming the path that failed; no final file is left then.
    public static func write(_ files: [(path: String, data: Data)]) throws(RepSheetError) {
        var temporaries: [(temporary: String, final: String)] = []
        func cleanUp() {
            for entry in temporaries { try? FileManager.default.removeItem(atPath: entry.temporary) }
        }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let directory = url.deletingLastPathComponent().path
            let temporary = (directory as NSString).appendingPathComponent(
                ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
            )
            guard FileManager.default.createFile(atPath: temporary, contents: file.data) else {
                cleanUp()
                throw .cannotWrite(path: file.path, reason: reason(directory: directory))
            }
            temporaries.append((temporary, file.path))
        }
        for entry in temporaries {
            guard rename(entry.temporary, entry.final) == 0 else {
                let message = String(cString: strerror(errno))
                cleanUp()
                throw .cannotWrite(path: entry.final, reason: message)
            }
        }
    }

    private static func reason(directory: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            return "the folder \(directory) does not exist"
        }
        if !isDirectory.boolValue { return "\(directory) is not a folder" }
        return "permission denied or disk full"
    }
}
