import Foundation

/// How `repsheet serve` listens and what it allows.
package struct ServeConfiguration: Sendable {
    /// The address to bind: loopback unless the user asks for another.
    package var host: String = "127.0.0.1"
    /// The port; 0 picks a free one.
    package var port: Int = 8080
    /// The folder serve was started in: the only folder a routine's `image:` may name, and where
    /// uploaded pictures are kept (in `uploads/`).
    package var startFolder: String
    /// The web page's files (index.html, app.js, …).
    package var webFolder: String?
    /// Larger request bodies are refused with 413.
    package var maxBodyBytes: Int = 2 * 1024 * 1024
    /// A render that takes longer is abandoned with 503.
    package var renderTimeout: Duration = .seconds(10)
    /// Renders at the same time: one per core.
    package var renderSlots: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Requests waiting for a render slot; more are refused with 429.
    package var queueLimit: Int = 16
    /// Host names besides the loopback names and `host` that the Host header may name (a load
    /// balancer's name, for instance).
    package var allowedHosts: [String] = []
    /// Time a connection has to send a whole request (head and body), from when it opens or
    /// its last response ended; it is closed after that.
    package var requestTimeout: Duration = .seconds(15)
    /// Open connections; past it, the one waiting longest for its request is closed.
    package var maxConnections: Int = 512
    /// The program render workers run with `--worker`; this program when `nil`.
    package var workerExecutable: String?
    /// Most clients in one uploaded client list.
    package var maxClients: Int = 200

    /// A configuration serving from `startFolder`.
    package init(startFolder: String) {
        self.startFolder = startFolder
    }

    /// The host names the Host header may carry, lowercased, without port.
    var acceptedHostNames: Set<String> {
        var names: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]
        names.insert(host.lowercased())
        for name in allowedHosts { names.insert(name.lowercased()) }
        return names
    }

    /// Whether `host` is a loopback address (no warning needed).
    package static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
