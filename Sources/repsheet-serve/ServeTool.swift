import ArgumentParser
import Foundation
import RepSheet
import RepSheetServe

/// `repsheet-serve`: what `repsheet serve` runs. Its own executable, so that `repsheet` does not
/// link SwiftNIO and its start-up stays as it was. `main.swift` runs it.
struct ServeTool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repsheet serve",
        abstract: "Edit a routine in the browser, with a live preview of the printed page.",
        discussion: """
            Starts a web server on 127.0.0.1 (nothing is sent anywhere) and prints its address. \
            The page and the HTTP API are described in docs/serve.md. A routine's image: paths may \
            name only files inside the folder serve was started in.
            """
    )

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on; anything but loopback lets other machines in.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the page in the browser.")
    var open = false

    @Option(name: .customLong("allow-host"), help: "Another name the Host header may carry (a load balancer's).")
    var allowedHosts: [String] = []

    @Option(help: ArgumentHelp("Renders at the same time (one per core by default).", visibility: .hidden))
    var renders: Int?

    @Option(
        name: .customLong("queue-limit"),
        help: ArgumentHelp("Requests waiting for a render before 429.", visibility: .hidden))
    var queueLimit: Int = 16

    @Option(
        name: .customLong("render-timeout"),
        help: ArgumentHelp("Seconds before a render is cancelled with 503.", visibility: .hidden))
    var renderTimeout: Double = 10

    @Option(
        name: .customLong("request-timeout"),
        help: ArgumentHelp("Seconds a connection has to send a whole request.", visibility: .hidden))
    var requestTimeout: Double = 15

    @Option(
        name: .customLong("max-connections"),
        help: ArgumentHelp("Open connections before the longest-waiting one is closed.", visibility: .hidden))
    var maxConnections: Int = 512

    @Flag(help: ArgumentHelp("Run as a render worker of a server (jobs on standard input).", visibility: .private))
    var worker = false

    func run() async throws {
        // This program owns its process: fontconfig need not read the system's fonts (`ProcessFonts`).
        ProcessFonts.isolate()
        if worker { await RenderWorker.serve(folder: FileManager.default.currentDirectoryPath) }
        var configuration = ServeConfiguration(startFolder: FileManager.default.currentDirectoryPath)
        configuration.host = host
        configuration.port = port
        configuration.allowedHosts = allowedHosts
        configuration.queueLimit = max(0, queueLimit)
        configuration.renderTimeout = .milliseconds(Int(max(0.001, renderTimeout) * 1000))
        configuration.requestTimeout = .milliseconds(Int(max(0.001, requestTimeout) * 1000))
        configuration.maxConnections = max(1, maxConnections)
        if let renders { configuration.renderSlots = max(1, renders) }
        if !ServeConfiguration.isLoopback(host) {
            FileHandle.standardError.write(
                Data(
                    "warning: listening on \(host): other machines can reach this server and render with it\n".utf8))
        }
        let server: RepSheetServer
        do {
            server = try RepSheetServer(configuration: configuration)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(72)
        }
        let open = self.open
        try await server.run { address in
            FileHandle.standardOutput.write(Data("RepSheet is serving on \(address) (Ctrl-C stops it)\n".utf8))
            if open { Self.openBrowser(address) }
        }
    }

    /// Opens `address` with xdg-open (or `open` on macOS), if there is one.
    static func openBrowser(_ address: String) {
        for tool in ["/usr/bin/xdg-open", "/usr/bin/open"] where FileManager.default.isExecutableFile(atPath: tool) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = [address]
            try? process.run()
            return
        }
        FileHandle.standardError.write(Data("note: no browser opener found; open \(address) yourself\n".utf8))
    }
}
