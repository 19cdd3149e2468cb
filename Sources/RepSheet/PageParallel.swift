import Dispatch
import Foundation

/// Runs one job per page on all cores and returns the results in page order.
enum PageParallel {
    /// `job(index)` for every index below `count`; the first error (by page order) is thrown.
    static func map<Output: Sendable, Failure: Error>(
        count: Int, _ job: @Sendable (Int) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        let results = Results<Output, Failure>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Result { () throws(Failure) -> Output in try job(index) })
        }
        return try results.collected()
    }
}

/// Per-page results filled in from several threads.
private final class Results<Output: Sendable, Failure: Error>: @unchecked Sendable {
    // @unchecked: `slots` is only touched while holding `lock`.
    private let lock = NSLock()
    private var slots: [Result<Output, Failure>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Output, Failure>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    func collected() throws(Failure) -> [Output] {
        lock.lock()
        defer { lock.unlock() }
        var outputs: [Output] = []
        for slot in slots {
            guard let slot else { continue }
            outputs.append(try slot.get())
        }
        return outputs
    }
}
