import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// RepSheet's own temporary files: named `.repsheet-<process id>-<number>.tmp`, registered while
/// they exist, and removed if the process is stopped by SIGINT or SIGTERM.
///
/// The names are short whatever the output's name (a 240-byte `-o` name still works) and carry
/// a fixed prefix and the writer's process id, so `StaleTemporaries` sweeps only files RepSheet
/// wrote, and only those of processes that are gone.
package enum TemporaryFiles {
    /// The start of every temporary name.
    package static let prefix = ".repsheet-"
    /// The end of every temporary name.
    package static let suffix = ".tmp"

    /// A fresh temporary name in `directory`.
    static func path(in directory: String) -> String {
        let number = Registry.shared.nextNumber()
        let name = "\(prefix)\(getpid())-\(number)\(suffix)"
        return (directory as NSString).appendingPathComponent(name)
    }

    /// The process id in a temporary name RepSheet wrote, or `nil` for any other name.
    package static func processID(inName name: String) -> Int32? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let parts = name.dropFirst(prefix.count).dropLast(suffix.count).split(
            separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let pid = Int32(parts[0]), pid > 0
        else { return nil }
        return pid
    }

    /// Remembers `path` so a SIGINT or SIGTERM removes it; returns its slot for `forget`.
    static func register(_ path: String) -> Int? { Registry.shared.register(path) }

    /// Called before creating a registered file: the signal handler waits (briefly) for files
    /// being created, so none appears after it has removed the others.
    /// A writer that starts after the handler has begun never creates its file: it waits for the
    /// process to end (counted first, checked second, so the handler either waits for it or it sees
    /// the flag).
    static func creating() {
        filesBeingCreated.add(1, ordering: .sequentiallyConsistent)
        if dyingFlag.load(ordering: .sequentiallyConsistent) != 0 {
            filesBeingCreated.subtract(1, ordering: .sequentiallyConsistent)
            while true { pause() }
        }
    }

    /// Called once the file at `path` (registered, announced with `creating`) is created: when a
    /// signal handler is already removing the files, which it may have done before this one was
    /// made on another thread, removes it and waits for the process to end.
    static func created(_ path: String) {
        if dyingFlag.load(ordering: .sequentiallyConsistent) != 0 {
            unlink(path)
            filesBeingCreated.subtract(1, ordering: .sequentiallyConsistent)
            while true { pause() }
        }
        filesBeingCreated.subtract(1, ordering: .sequentiallyConsistent)
    }

    /// Stops remembering the file in `slot` (renamed into place or removed).
    static func forget(_ slot: Int?) {
        if let slot { Registry.shared.forget(slot) }
    }
}

/// Fixed memory holding the registered paths as C strings, so the signal handler reads them
/// without allocating or locking (only `unlink`, `signal` and `raise`, which are async-signal-safe).
private final class Registry: @unchecked Sendable {
    static let shared = Registry()

    static let slotCount = 1_024
    static let slotSize = Int(PATH_MAX)

    /// `slotCount` slots of `slotSize` bytes; a slot whose first byte is 0 is free.
    let slots: UnsafeMutablePointer<CChar>
    private let lock = NSLock()
    private var counter = 0
    private var installed = false

    private init() {
        // calloc maps zeroed pages that are only touched (and faulted in) when a slot is used;
        // writing 4 MB of zeros cost 4 M instructions and 1,024 page faults in every run.
        guard let memory = calloc(Self.slotCount, Self.slotSize) else {
            preconditionFailure("cannot allocate the temporary-file registry")
        }
        slots = memory.bindMemory(to: CChar.self, capacity: Self.slotCount * Self.slotSize)
        registrySlots = slots
    }

    func nextNumber() -> Int {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return counter
    }

    func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8CString)
        guard bytes.count <= Self.slotSize else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, removeRegisteredFiles) }
        }
        for slot in 0..<Self.slotCount where slots[slot * Self.slotSize] == 0 {
            let start = slots + slot * Self.slotSize
            // The first byte last: the handler never sees half a path.
            for index in 1..<bytes.count { start[index] = bytes[index] }
            start[0] = bytes[0]
            return slot
        }
        return nil
    }

    func forget(_ slot: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[slot * Self.slotSize] = 0
    }
}

/// The slots, for the signal handler (set once, before any handler is installed).
nonisolated(unsafe) private var registrySlots: UnsafeMutablePointer<CChar>?

/// Set by the signal handler before it removes the files; a writer that creates a file after
/// that removes it itself (`TemporaryFiles.created`). Atomics are lock-free, so signal-safe.
private let dyingFlag = Atomic<Int>(0)
/// Registered files between `creating` and `created`.
private let filesBeingCreated = Atomic<Int>(0)

/// Removes every registered temporary file, waits up to 0.2 s for files being created (their
/// writers remove them), removes again, then dies of the signal as it would have.
private func removeRegisteredFiles(_ signalNumber: Int32) {
    dyingFlag.store(1, ordering: .sequentiallyConsistent)
    unlinkRegistered()
    var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
    for _ in 0..<200 where filesBeingCreated.load(ordering: .sequentiallyConsistent) > 0 {
        nanosleep(&pause, nil)
    }
    unlinkRegistered()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

/// Unlinks every path in the registry's slots.
private func unlinkRegistered() {
    guard let slots = registrySlots else { return }
    for slot in 0..<Registry.slotCount {
        let start = slots + slot * Registry.slotSize
        if start[0] != 0 { unlink(start) }
    }
}
