import Foundation
import Routine

/// The bytes of an open file, read 64 KiB at a time, so a long client list is never held whole.
final class FileBytes {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 65_536)
    private var count = 0
    private var index = 0
    /// Bytes handed out so far.
    private(set) var consumed = 0
    /// Why reading stopped early: a read error in words, or `FileBytes.notUTF8`; `nil` while all
    /// is well.
    fileprivate(set) var failure: String?
    /// The `failure` of a file that is not UTF-8 text.
    static let notUTF8 = "not UTF-8"

    /// Reads from `descriptor`, which it closes when done.
    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// The next byte; `nil` at the end of the file or after an error.
    func next() -> UInt8? {
        if index == count {
            guard failure == nil else { return nil }
            let read = buffer.withUnsafeMutableBytes { SafeFile.readSome(descriptor, into: $0) }
            if read < 0 { failure = String(cString: strerror(errno)).lowercased() }
            guard read > 0 else { return nil }
            count = read
            index = 0
        }
        index += 1
        consumed += 1
        return buffer[index - 1]
    }
}

/// The Unicode scalars of a UTF-8 file read through `FileBytes`; stops at the first byte that is
/// not UTF-8, with the file's `failure` set.
struct FileScalars: IteratorProtocol {
    /// An iterator over the shared bytes, for the UTF-8 parser.
    private struct Bytes: IteratorProtocol {
        let file: FileBytes
        mutating func next() -> UInt8? { file.next() }
    }

    let file: FileBytes
    private var parser = Unicode.UTF8.ForwardParser()

    init(file: FileBytes) { self.file = file }

    mutating func next() -> Unicode.Scalar? {
        var bytes = Bytes(file: file)
        switch parser.parseScalar(from: &bytes) {
        case .valid(let encoded): return Unicode.UTF8.decode(encoded)
        case .emptyInput: return nil
        case .error:
            file.failure = file.failure ?? FileBytes.notUTF8
            return nil
        }
    }
}
