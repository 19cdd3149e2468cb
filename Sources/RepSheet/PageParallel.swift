import Foundation

/// Runs one job per page on all cores and returns the results in page order.
///
/// The calling thread takes pages too, and one thread is started for each further core a page
/// can use: one page starts no thread, two pages on two cores start one (Dispatch's
/// `concurrentPerform` started a worker per core besides the caller, and its manager thread).
enum PageParallel {
    /// `job(index)` for every index below `count`; the first error (by page order) is thrown.
    static func map<Output: Sendable, Failure: Error>(
        count: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ job: @escaping @Sendable (Int) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        let results = Results<Output, Failure>(count: count)
        let work = Work(results: results, count: count, job: job)
        var threads: [pthread_t] = []
        for _ in 1..<max(1, min(cores, count)) {
            let body = Unmanaged.passRetained(ThreadBody(work.run)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(
                &thread, nil,
                { body in
                    body.map { Unmanaged<ThreadBody>.fromOpaque($0).takeRetainedValue().run() }
                    return nil
                }, body)
            if started == 0 {
                threads.append(thread)
            } else {
                Unmanaged<ThreadBody>.fromOpaque(body).release()
            }
        }
        work.run()
        for thread in threads { pthread_join(thread, nil) }
        return try results.collected()
    }
}

/// What a helper thread of `PageParallel.map` runs.
private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// The pages still to do, taken one at a time by every thread of a `PageParallel.map`.
private final class Work<Output: Sendable, Failure: Error>: @unchecked Sendable {
    // @unchecked: `next` is only touched while holding `lock`.
    private let lock = NSLock()
    private var next = 0
    private let results: Results<Output, Failure>
    private let count: Int
    private let job: @Sendable (Int) throws(Failure) -> Output

    init(results: Results<Output, Failure>, count: Int, job: @escaping @Sendable (Int) throws(Failure) -> Output) {
        self.results = results
        self.count = count
        self.job = job
    }

    /// Does pages until none is left.
    @Sendable func run() {
        while let index = take() {
            results.set(index, Result { () throws(Failure) -> Output in try job(index) })
        }
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
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
