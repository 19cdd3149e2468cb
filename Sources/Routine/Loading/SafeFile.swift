import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads files named by untrusted input without ever blocking or reading without bound.
///
/// A path is looked at with `stat` (symbolic links followed), opened with `O_NONBLOCK`, and
/// checked again with `fstat` on the opened descriptor, so a named pipe, a device, a socket or a
/// folder is refused at once, and a size limit applies to the file actually read, not to a link.
public enum SafeFile {
    /// Why a file cannot be read.
    public enum Failure: Error, Sendable, Equatable {
        /// Nothing is at the path (or a link leads nowhere).
        case missing
        /// The path is not a regular file; `kind` says what it is: "a folder", "a named pipe"…
        case notRegular(kind: String)
        /// The file exists but cannot be opened or read; `reason` is the system's words.
        case unreadable(reason: String)
        /// The file is larger than the limit; `bytes` is its size.
        case tooLarge(bytes: Int)
    }

    /// What is at `path`, symbolic links followed: `nil` for a regular file, else a failure.
    package static func problem(at path: String) -> Failure? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(reason: systemReason(errno))
        }
        if let kind = kind(of: info.st_mode) { return .notRegular(kind: kind) }
        return nil
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// - Throws: `Failure` when it is missing, not a regular file, unreadable or larger than `limit`.
    package static func read(path: String, limit: Int) throws(Failure) -> Data {
        if let problem = problem(at: path) { throw problem }
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(reason: systemReason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(reason: systemReason(errno)) }
        // The path may have changed between the two looks: the descriptor decides.
        if let kind = kind(of: info.st_mode) { throw .notRegular(kind: kind) }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(bytes: size) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: systemReason(errno))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        // The file grew after fstat.
        guard data.count <= limit else { throw .tooLarge(bytes: data.count) }
        return data
    }

    /// An open descriptor of the regular file at `path` and its size, for reading it a piece at a
    /// time; the caller closes it.
    /// - Throws: `Failure` when it is missing, not a regular file or cannot be opened.
    package static func open(path: String) throws(Failure) -> (descriptor: Int32, size: Int) {
        if let problem = problem(at: path) { throw problem }
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(reason: systemReason(errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            throw .unreadable(reason: systemReason(errno))
        }
        if let kind = kind(of: info.st_mode) {
            close(descriptor)
            throw .notRegular(kind: kind)
        }
        return (descriptor, Int(info.st_size))
    }

    /// Up to `count` bytes from `descriptor` into `buffer`: how many, 0 at the end, -1 on an error
    /// (`EINTR` retried).
    package static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            return count
        }
    }

    /// `open(2)`, named apart from `SafeFile.open`.
    private static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags)
        #else
            Darwin.open(path, flags)
        #endif
    }

    /// `read(2)`, named apart from `SafeFile.read`.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// "a folder", "a named pipe (FIFO)", … for what is not a regular file; `nil` for a regular file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// The system's words for an `errno` value, such as "Permission denied".
    static func systemReason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
