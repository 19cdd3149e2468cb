import ArgumentParser
import Foundation

/// `repsheet serve`: runs `repsheet-serve` (installed beside `repsheet`), the web editor. The web
/// server is a separate program so that `repsheet` itself links no SwiftNIO and starts as fast as
/// before.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Edit a routine in the browser, with a live preview of the printed page.",
        discussion: """
            Starts a web server on 127.0.0.1 and prints its address; nothing is sent anywhere. \
            The page and its HTTP API (render, validate, exercises, layouts) are described in \
            docs/serve.md. A routine's image: paths may name only files inside the current folder.
            """
    )

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on; anything but loopback lets other machines in (a warning is printed).")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the page in the browser.")
    var open = false

    @Option(name: .customLong("allow-host"), help: "Another name the Host header may carry, such as a load balancer's.")
    var allowedHosts: [String] = []

    func run() throws {
        let tool = try Self.serverPath()
        var arguments = [tool, "--port", String(port), "--host", host]
        if open { arguments.append("--open") }
        for name in allowedHosts { arguments += ["--allow-host", name] }
        // Replaces this process: signals (Ctrl-C) and the exit status are the server's.
        let argv = arguments.map { strdup($0) } + [nil]
        execv(tool, argv)
        printError("error: cannot start \(tool): \(String(cString: strerror(errno)))")
        throw ExitCode(71)
    }

    /// `repsheet-serve` beside this executable (symbolic links resolved), else on the PATH.
    static func serverPath() throws -> String {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let beside = ((own as NSString).deletingLastPathComponent as NSString).appendingPathComponent("repsheet-serve")
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = (String(folder) as NSString).appendingPathComponent("repsheet-serve")
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        printError("error: repsheet-serve is not installed beside repsheet (\(beside)); `make install` installs both")
        throw ExitCode(69)
    }
}
