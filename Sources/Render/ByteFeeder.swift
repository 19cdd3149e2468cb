import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Feeds bytes to a child process's standard input from a background thread, over a socket pair
/// written with `MSG_NOSIGNAL`: a child that dies before reading everything makes the write
/// fail instead of killing RepSheet with SIGPIPE, and a child that stops reading cannot block
/// the parent, which waits on its own deadline.
final class ByteFeeder: @unchecked Sendable {
    // @unchecked: the descriptors are set once; the parent's end is used by the writer thread only.
    /// The end handed to the child as its standard input.
    let childEnd: FileHandle
    private let parentEnd: Int32
    private let data: Data

    /// A socket pair for `data`; `nil` when none can be made.
    init?(_ data: Data) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            return nil
        }
        parentEnd = ends[0]
        childEnd = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        self.data = data
    }

    /// Writes the bytes on a background thread, then closes the parent's end; closes the
    /// child's end here (the child has its own copy once started).
    func start() {
        try? childEnd.close()
        let descriptor = parentEnd
        let data = data
        Thread.detachNewThread {
            data.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var sent = 0
                while sent < raw.count {
                    let count = send(descriptor, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { break }
                    sent += count
                }
            }
            close(descriptor)
        }
    }

    /// Closes both ends without writing (the child could not be started).
    func cancel() {
        try? childEnd.close()
        close(parentEnd)
    }
}
