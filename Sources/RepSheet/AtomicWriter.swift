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
            if let failure = writeNewFile(temporary, file.data) {
                cleanUp()
                throw .cannotWrite(
                    path: file.path, reason: failure == ENOENT ? reason(directory: directory) : describe(failure))
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

    /// Creates `path` (it must not exist) and writes `data` to it; the `errno` on failure, else `nil`.
    ///
    /// A plain write: the rename that follows is what makes the file appear whole. (Foundation's
    /// `createFile` would write a second temporary file and fsync it, which made batches
    /// wait on the disk.)
    private static func writeNewFile(_ path: String, _ data: Data) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure != nil { unlink(path) }
        return failure
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM, EROFS: return "permission denied"
        case ENOSPC, EDQUOT: return "the disk is full"
        case EISDIR: return "it is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        default: return String(cString: strerror(code))
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
