import Foundation
import RepSheet

/// Why a render was not run or not finished.
enum RenderRefusal: Error {
    /// The queue is full (429).
    case busy
    /// The render took longer than the limit (503).
    case timedOut
}

/// Lets at most one job per slot run at a time, each with its own slot (a render worker, or a
/// `SheetMaker`: Pango contexts are not shared between threads); the rest wait in a queue of
/// bounded length.
actor RenderGate<Slot: Sendable> {
    private var idle: [Slot]
    private var waiting: [CheckedContinuation<Slot, Never>] = []
    private let queueLimit: Int

    /// A gate over `slots`.
    init(slots: [Slot], queueLimit: Int) {
        idle = slots
        self.queueLimit = queueLimit
    }

    /// Requests waiting now.
    var queued: Int { waiting.count }

    /// A free slot, after waiting for one if needed.
    /// - Throws: `RenderRefusal.busy` when the queue is full.
    func enter() async throws(RenderRefusal) -> Slot {
        if let slot = idle.popLast() { return slot }
        guard waiting.count < queueLimit else { throw .busy }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a slot back: to the first waiting request, else to the idle ones.
    func leave(_ slot: Slot) {
        if waiting.isEmpty {
            idle.append(slot)
        } else {
            waiting.removeFirst().resume(returning: slot)
        }
    }

    /// Runs `body` with a slot, giving it back when `body` ends (or throws).
    nonisolated func withSlot<Value: Sendable>(_ body: @Sendable (Slot) async throws -> Value) async throws -> Value {
        let slot = try await enter()
        do {
            let value = try await body(slot)
            await leave(slot)
            return value
        } catch {
            await leave(slot)
            throw error
        }
    }

    /// Runs `work` on its own thread with a slot, answering `timedOut` after `limit`: for short
    /// work done in the server's process (an exercise's figure). Such work cannot be interrupted
    /// and keeps its slot until it ends.
    nonisolated func run<Value: Sendable>(
        limit: Duration, _ work: @escaping @Sendable (Slot, ContinuousClock.Instant) throws -> Value
    ) async throws -> Value {
        let slot = try await enter()
        let deadline = ContinuousClock.now + limit
        let once = ResumeOnce<Value>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            Thread.detachNewThread {
                let result = Result { try work(slot, deadline) }
                once.resume(with: result)
                Task { await self.leave(slot) }
            }
            let nanoseconds = limit.components.seconds * 1_000_000_000 + limit.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
                once.resume(with: .failure(RenderRefusal.timedOut))
            }
        }
    }
}

/// Resumes a continuation once, from whichever of several threads comes first.
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

    /// Resumes with `result` unless already resumed, running `first` just before when it does
    /// (a stopped job's worker is stopped before the slot it held is handed on); whether this
    /// call resumed it.
    @discardableResult
    func resume(with result: Result<Value, any Error>, first: () -> Void = {}) -> Bool {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        guard let pending else { return false }
        first()
        pending.resume(with: result)
        return true
    }
}
