import Dispatch
import Foundation
import RepSheetServe

// The program's start, on the main thread before any other thread exists: the stopping signals
// are blocked here (and so in every thread started later) and taken by the server's own thread
// (`ShutdownSignals`). Then `ServeTool` runs as ArgumentParser's `main` would run it, and the
// main thread waits (parked, its signals still blocked: `dispatchMain` would unblock them).
ShutdownSignals.block()
Task.detached {
    do {
        let command = try ServeTool.parse()
        // Named by type: the plain call would pick ParsableCommand's synchronous `run`.
        let run: () async throws -> Void = command.run
        try await run()
        exit(0)
    } catch {
        ServeTool.exit(withError: error)
    }
}
while true { DispatchSemaphore(value: 0).wait() }
