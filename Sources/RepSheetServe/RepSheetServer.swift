import Figures
import Foundation
import Hummingbird
import Logging
import RepSheet

/// `repsheet serve`: the web editor and its HTTP API, over the RepSheet library.
///
/// Stateless: every request carries its whole routine, so any number of copies can run behind a
/// load balancer. Only pictures uploaded with `POST /api/pictures` are kept (in the start
/// folder's `uploads/`).
package struct RepSheetServer: Sendable {
    let configuration: ServeConfiguration
    /// The render workers, one per slot.
    let gate: RenderGate<WorkerProcess>
    /// Validation's own worker and queue: a check is not refused while every render slot is busy.
    let checkGate: RenderGate<WorkerProcess>
    /// Exercises' figures, drawn in the server's process.
    let figureGate: RenderGate<SheetMaker>
    let resources: Resources
    let catalogue: Catalogue
    let layouts: [LayoutEntry]
    let layoutNames: Set<String>
    let figures = CatalogueFigures()
    let web: WebFiles

    /// This program's file, which render workers run (`repsheet-serve --worker`).
    static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Loads the fonts and the catalogue (for figures), and the web page; render workers start
    /// when first needed.
    /// - Throws: `RepSheetError` when RepSheet's data cannot be found or read.
    package init(configuration: ServeConfiguration, resources: Resources? = nil) throws {
        let found = try resources ?? Resources.locate()
        let maker = try SheetMaker(resources: found)
        // Every exercise loaded, so every step's figure can be drawn.
        catalogue = try maker.catalogue
        self.configuration = configuration
        self.resources = found
        layouts = CatalogueFigures.layouts(found)
        layoutNames = Set(layouts.map(\.name))
        let executable = configuration.workerExecutable ?? Self.ownExecutable
        let folder = configuration.startFolder
        gate = RenderGate(
            slots: (0..<max(1, configuration.renderSlots)).map { _ in
                WorkerProcess(executable: executable, folder: folder)
            }, queueLimit: configuration.queueLimit)
        checkGate = RenderGate(
            slots: [WorkerProcess(executable: executable, folder: folder)], queueLimit: configuration.queueLimit)
        figureGate = RenderGate(slots: [maker], queueLimit: configuration.queueLimit)
        web = WebFiles(folder: configuration.webFolder ?? (found.root as NSString).appendingPathComponent("Web"))
    }

    /// Serves until interrupted (SIGINT, SIGTERM or SIGHUP: see `ShutdownSignals`); `onListening`
    /// gets the address once the port is bound.
    package func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "repsheet-serve")
        logger.logLevel =
            ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        let host = configuration.host
        let connections = ConnectionGuard(
            deadline: .nanoseconds(
                configuration.requestTimeout.components.seconds * 1_000_000_000
                    + configuration.requestTimeout.components.attoseconds / 1_000_000_000),
            limit: configuration.maxConnections)
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(additionalChannelHandlers: [connections.handler()])),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "RepSheet"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                onListening("http://\(shown):\(port)/")
            },
            logger: logger)
        // SIGINT, SIGTERM and SIGHUP are taken by `ShutdownSignals`, which stops the server
        // within a moment even while a render or a client batch runs.
        ShutdownSignals.watch()
        defer {
            WorkerProcess.killAll()
            WorkFolders.removeAll()
        }
        try await app.runService(gracefulShutdownSignals: [])
    }

    /// Every route of the page and the API.
    func router() -> Router<ServeRequestContext> {
        let router = Router(context: ServeRequestContext.self)
        router.add(
            middleware: GuardMiddleware(
                hostNames: configuration.acceptedHostNames, maxBodyBytes: configuration.maxBodyBytes))
        router.add(middleware: MethodMiddleware())
        let api = APIHandlers(server: self)
        router.post("/api/render") { request, context in try await api.render(request, context: context) }
        router.post("/api/preview") { request, context in try await api.preview(request, context: context) }
        router.post("/api/validate") { request, context in try await api.validate(request, context: context) }
        router.post("/api/clients") { request, context in try await api.clients(request, context: context) }
        router.post("/api/pictures") { request, context in try await api.picture(request, context: context) }
        router.get("/api/exercises") { _, _ in Responses.json(CatalogueFigures.entries(catalogue)) }
        router.get("/api/exercises/{file}") { request, context in try await api.figure(request, context: context) }
        router.get("/api/layouts") { _, _ in Responses.json(layouts) }
        router.get("/api/examples") { _, _ in Responses.json(resources.exampleNames) }
        router.get("/api/examples/{name}") { _, context in
            let name = context.parameters.get("name") ?? ""
            guard resources.exampleNames.contains(name), let path = resources.example(named: name),
                let data = FileManager.default.contents(atPath: path)
            else { return Responses.problem(.notFound, "no example named \"\(name)\"") }
            return Responses.bytes(data, type: "application/yaml; charset=utf-8")
        }
        router.get("/") { _, _ in staticFile("index.html") }
        router.get("/**") { request, _ in staticFile(String(request.uri.path.dropFirst())) }
        // HEAD: the page's answer without its body (`MethodMiddleware` drops it).
        router.head("/") { _, _ in staticFile("index.html") }
        router.head("/**") { request, _ in staticFile(String(request.uri.path.dropFirst())) }
        return router
    }

    /// A file of the page, or 404.
    func staticFile(_ name: String) -> Response {
        guard let file = web.files[name] else { return Responses.problem(.notFound, "no such page") }
        var headers: HTTPFields = [:]
        headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'"
        headers[.cacheControl] = "no-cache"
        return Responses.bytes(file.data, type: file.type, headers: headers)
    }
}
