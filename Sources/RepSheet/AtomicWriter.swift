import Foundation

/// Writes files so a reader never sees a partial one: each goes to a temporary name in the
/// target folder and is renamed into place only when every file of the set is complete.
public enum AtomicWriter {
    /// Writes every `(path, bytes)` pair, all or nothing.
    /// - Throws: `RepSheetError.cannotWrite` naming the path that failed; no final file is left then.
    public static func write(_ files: [(path: String, data: Data)]) throws(RepSheetError) {
        var temporaries: [(temporary: String, final: String, slot: Int?)] = []
        func cleanUp() {
            for entry in temporaries {
                unlink(entry.temporary)
                TemporaryFiles.forget(entry.slot)
            }
        }
        for file in files {
            if let kind = nonRegularKind(file.path) {
                throw .cannotWrite(
                    path: file.path, reason: "it is \(kind), not a regular file; RepSheet does not replace it")
            }
        }
        for file in files {
            guard !file.path.isEmpty else { throw .cannotWrite(path: file.path, reason: "the name is empty") }
            let url = URL(fileURLWithPath: file.path)
            let directory = url.deletingLastPathComponent().path
            // What a killed RepSheet (SIGKILL cannot be caught) left here goes before anything new.
            SweptFolders.sweepOnce(directory)
            // A short name of RepSheet's own, whatever the length of the final name.
            let temporary = TemporaryFiles.path(in: directory)
            let slot = TemporaryFiles.register(temporary)
            TemporaryFiles.creating()
            let failure = writeNewFile(temporary, file.data)
            TemporaryFiles.created(temporary)
            if let failure {
                TemporaryFiles.forget(slot)
                cleanUp()
                throw .cannotWrite(
                    path: file.path, reason: failure == ENOENT ? reason(directory: directory) : describe(failure))
            }
            temporaries.append((temporary, file.path, slot))
        }
        for (index, entry) in temporaries.enumerated() {
            guard rename(entry.temporary, entry.final) == 0 else {
                let message = describe(errno)
                temporaries.removeFirst(index)
                cleanUp()
                throw .cannotWrite(path: entry.final, reason: message)
            }
            TemporaryFiles.forget(entry.slot)
        }
    }

    /// What stands at `path` when it is neither missing, a regular file nor a link: "a device"…
    private static func nonRegularKind(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFLNK: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
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
        var failure = writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure != nil { unlink(path) }
        return failure
    }

    /// Writes all of `data` to the open `descriptor`, again after an interruption; the `errno`
    /// on failure, else `nil`.
    package static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
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
        return failure
    }

    /// An `errno` in the user's words: "permission denied", "the disk is full"…
    package static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM, EROFS: return "permission denied"
        case ENOSPC, EDQUOT: return "the disk is full"
        case EISDIR: return "it is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENAMETOOLONG: return "the name is too long for the file system"
        case ENXIO: return "no program is reading the named pipe"
        case EPIPE: return "the program reading it stopped"
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
