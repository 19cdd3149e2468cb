import Foundation
import RepSheet

/// `-o -` (standard output) or `-o` naming a device or named pipe that is already there
/// (`/dev/null`, `/dev/stdout`, a pipe another program reads): the one file is written straight
/// into it, not under a temporary name renamed into place, and its name gets no extension. A
/// named pipe no program reads is an error at once, never a wait.
struct StreamedOutput {
    /// `nil` for standard output.
    let path: String?

    /// The stream `-o` names, or `nil` when it names a file (or folder) to write the usual way.
    init?(output: String?) {
        guard let output else { return nil }
        if output == "-" {
            path = nil
            return
        }
        var info = stat()
        guard stat(output, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFCHR || kind == S_IFIFO else { return nil }
        path = output
    }

    /// What the user named, for messages.
    var name: String { path ?? "standard output" }

    /// Writes the one file of a rendering.
    /// - Throws: `RepSheetError.usage` when there is more than one file (page images, a
    ///   calendar); `RepSheetError.cannotWrite` when the stream cannot be written.
    func write(_ files: [(path: String, data: Data)]) throws(RepSheetError) {
        guard files.count == 1, let data = files.first?.data else {
            throw .usage(
                "-o \(path ?? "-") takes one file, but this rendering makes \(files.count) (page images are a "
                    + "file per page, a calendar is a file of its own); name a file with -o instead")
        }
        // A named pipe nobody reads would block the open forever: without waiting, it fails at once.
        let descriptor = path.map { open($0, O_WRONLY | O_CLOEXEC | O_NONBLOCK) } ?? STDOUT_FILENO
        guard descriptor >= 0 else { throw .cannotWrite(path: name, reason: AtomicWriter.describe(errno)) }
        defer { if descriptor != STDOUT_FILENO { close(descriptor) } }
        if path != nil { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        if let failure = AtomicWriter.writeAll(data, to: descriptor) {
            throw .cannotWrite(path: name, reason: AtomicWriter.describe(failure))
        }
    }
}
