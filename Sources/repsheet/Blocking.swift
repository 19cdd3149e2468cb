import Dispatch

/// Runs `operation` on Swift's concurrent executor and waits for its result on the calling thread.
///
/// The command line is synchronous so that a single sheet runs on the main thread alone: an
/// asynchronous `main` moves the command onto the executor's worker threads, several of them,
/// before any work is done (issue 19). Only a client batch, which renders on every core, needs
/// the executor, and enters it here.
func blocking<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        outcome.set(await operation())
        done.signal()
    }
    done.wait()
    guard let value = outcome.value else { preconditionFailure("the task signalled without a result") }
    return value
}

/// The result of `blocking`'s task, written once before the semaphore is signalled and read after.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    // @unchecked: written by the task before `signal`, read by the waiter after `wait`.
    private(set) var value: T?

    func set(_ value: T) { self.value = value }
}
