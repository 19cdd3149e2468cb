import Foundation
import RepSheet

/// Lets at most one render per slot run at a time, each with its own `SheetMaker` (Pango
/// contexts are not shared between threads); the rest wait in a queue of bounded length.
actor RenderGate {
    /// Why a render was not run or not finished.
    enum Refusal: Error {
        /// The queue is full (429).
        case busy
        /// The render took longer than the limit (503).
        case timedOut
    }

    private var idle: [SheetMaker]
    private var waiting: [CheckedContinuation<SheetMaker, Never>] = []
    private let queueLimit: Int

    /// A gate over `makers`, one slot each.
    init(makers: [SheetMaker], queueLimit: Int) {
        idle = makers
        self.queueLimit = queueLimit
    }

    /// Requests waiting now.
    var queued: Int { waiting.count }

    /// A free maker, after waiting for one if needed.
    /// - Throws: `Refusal.busy` when the queue is full.
    func enter() async throws(Refusal) -> SheetMaker {
        if let maker = idle.popLast() { return maker }
        guard waiting.count < queueLimit else { throw .busy }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a maker back: to the first waiting request, else to the idle ones.
    func leave(_ maker: SheetMaker) {
        if waiting.isEmpty {
            idle.append(maker)
        } else {
            waiting.removeFirst().resume(returning: maker)
        }
    }

    /// Runs `work` on its own thread with a maker, answering `timedOut` after `limit`.
    ///
    /// Drawing cannot be interrupted: work that runs late goes on until it ends, holding its
    /// slot (so no more renders run than there are slots), and its result is dropped. `work` is
    /// handed the deadline to give up itself between its steps.
    nonisolated func run<Value: Sendable>(
        limit: Duration, _ work: @escaping @Sendable (SheetMaker, ContinuousClock.Instant) throws -> Value
    ) async throws -> Value {
        let maker = try await enter()
        let deadline = ContinuousClock.now + limit
        let once = ResumeOnce<Value>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            Thread.detachNewThread {
                let result = Result { try work(maker, deadline) }
                once.resume(with: result)
                Task { await self.leave(maker) }
            }
            let nanoseconds = limit.components.seconds * 1_000_000_000 + limit.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
                once.resume(with: .failure(Refusal.timedOut))
            }
        }
    }
}

/// Resumes a continuation once, from whichever of two threads comes first.
final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every property is used only while holding `lock`.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?

    /// Keeps the continuation to resume.
    func set(_ continuation: CheckedContinuation<Value, any Error>) {
        lock.lock()
        defer { lock.unlock() }
        self.continuation = continuation
    }

    /// Resumes with `result` unless already resumed.
    func resume(with result: Result<Value, any Error>) {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        pending?.resume(with: result)
    }
}
