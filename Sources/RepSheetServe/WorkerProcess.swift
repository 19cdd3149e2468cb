import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// One render slot's worker: a `repsheet-serve --worker` child process, started when first
/// needed and again after it was stopped.
///
/// A job that runs past its limit, or whose client hangs up, is answered at once and its worker
/// killed, so the slot is free again at once and the work's memory is returned; the next job
/// starts a new worker (the fonts load again, a fraction of a second).
final class WorkerProcess: @unchecked Sendable {
    // @unchecked: `running` is used only while holding `lock`.
    private let lock = NSLock()
    private var running: (process: Process, input: FileHandle, output: FileHandle)?
    private let executable: String
    private let folder: String

    /// Why a job was not answered.
    enum Failure: Error {
        /// The worker ended without answering (it crashed or could not start).
        case ended
        /// The client closed the connection first.
        case hungUp
    }

    /// A worker running `executable --worker` in `folder`.
    init(executable: String, folder: String) {
        self.executable = executable
        self.folder = folder
    }

    /// Every worker, so that a stopping server kills them.
    static let all = Locked<[ObjectIdentifier: Process]>([:])

    /// Kills every running worker.
    static func killAll() {
        for process in all.update({ $0.values }) { kill(process.processIdentifier, SIGKILL) }
    }

    /// Runs `job`: its reply, or `RenderRefusal.timedOut` after `limit`, or `hungUp` once
    /// `hangUp` completes; either kills the worker. `progress` gets a batch's progress lines.
    func run(
        _ job: WorkerJob, limit: Duration?, hangUp: EventLoopFuture<Void>?,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> WorkerReply {
        let worker = try start()
        let once = ResumeOnce<WorkerReply>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            Thread.detachNewThread {
                do {
                    try WorkerFrames.write(job, to: worker.input)
                    while true {
                        let reply = try WorkerFrames.read(WorkerReply.self, from: worker.output)
                        if case .progress(let done, let total) = reply {
                            progress(done, total)
                            continue
                        }
                        once.resume(with: .success(reply))
                        return
                    }
                } catch {
                    self.stop(worker.process)
                    once.resume(with: .failure(Failure.ended))
                }
            }
            if let limit {
                let nanoseconds =
                    limit.components.seconds * 1_000_000_000 + limit.components.attoseconds / 1_000_000_000
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
                    once.resume(with: .failure(RenderRefusal.timedOut)) { self.stop(worker.process) }
                }
            }
            hangUp?.whenComplete { _ in
                // Stopped before the slot is handed on: the next job must not be given this worker.
                once.resume(with: .failure(Failure.hungUp)) { self.stop(worker.process) }
            }
        }
    }

    /// The running worker, started if there is none.
    private func start() throws -> (process: Process, input: FileHandle, output: FileHandle) {
        lock.lock()
        defer { lock.unlock() }
        if let running, running.process.isRunning { return running }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--worker"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        Self.all.update { $0[ObjectIdentifier(process)] = process }
        let worker = (process, input.fileHandleForWriting, output.fileHandleForReading)
        running = worker
        return worker
    }

    /// Kills `process` (once: a process already stopped, perhaps reaped and its id reused, is
    /// left alone) and forgets it if it is this slot's worker, so the next job starts a new one.
    private func stop(_ process: Process) {
        lock.lock()
        if running?.process === process { running = nil }
        lock.unlock()
        let first = Self.all.update { $0.removeValue(forKey: ObjectIdentifier(process)) != nil }
        guard first else { return }
        kill(process.processIdentifier, SIGKILL)
        DispatchQueue.global().async {
            process.waitUntilExit()
            try? (process.standardInput as? Pipe)?.fileHandleForWriting.close()
            try? (process.standardOutput as? Pipe)?.fileHandleForReading.close()
        }
    }
}
