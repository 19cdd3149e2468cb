import Foundation
import HTTPTypes
import Hummingbird
import RepSheet

/// The API's request handlers.
struct APIHandlers: Sendable {
    let server: RepSheetServer

    private var limit: Duration { server.configuration.renderTimeout }

    /// `POST /api/render?format=pdf|png|svg&layout=&page-size=&dpi=&page=&name=`: the bytes.
    /// PNG and SVG answer one page (`page`, 1 by default) and the page count in `X-RepSheet-Pages`.
    func render(_ request: Request, context: ServeRequestContext) async throws -> Response {
        var request = request
        let query = Self.query(of: request)
        let routine: RoutineRequest
        switch try await routineRequest(&request, context: context) {
        case .success(let made): routine = made
        case .failure(let refusal): return refusal.response
        }
        let format = routine.options.format
        let start = ContinuousClock.now
        let pages: [Data]
        switch await work(WorkerJob(.render, routine), gate: server.gate, context: context) {
        case .success(.pages(let made)): pages = made
        case .success(let other): return Self.response(for: other)
        case .failure(let refusal): return refusal.response
        }
        var headers: HTTPFields = [:]
        headers[.serverTiming] = "app;dur=\(String(format: "%.2f", Workbench.milliseconds(since: start)))"
        headers[.repSheetPages] = String(pages.count)
        let stem = (routine.fileName as NSString).deletingPathExtension
        if format == .pdf, let pdf = pages.first {
            headers[.contentDisposition] = "inline; filename=\"\(FileSlug.make(stem)).pdf\""
            return Responses.bytes(pdf, type: "application/pdf", headers: headers)
        }
        let number = query["page"].map { Int($0) ?? 0 } ?? 1
        guard number >= 1, number <= pages.count else {
            return Responses.problem(.badRequest, "page must be from 1 to \(pages.count)")
        }
        return Responses.bytes(pages[number - 1], type: Responses.contentType(of: format), headers: headers)
    }

    /// `POST /api/preview`: the first pages as SVG in JSON, or the problems.
    func preview(_ request: Request, context: ServeRequestContext) async throws -> Response {
        var request = request
        let routine: RoutineRequest
        switch try await routineRequest(&request, context: context) {
        case .success(let made): routine = made
        case .failure(let refusal): return refusal.response
        }
        let start = ContinuousClock.now
        let report: PreviewReport
        switch await work(WorkerJob(.preview, routine), gate: server.gate, context: context) {
        case .success(.preview(let made)): report = made
        case .success(let other): return Self.response(for: other)
        case .failure(let refusal): return refusal.response
        }
        var response = Responses.json(report)
        // The whole request in the server (waiting for a slot and encoding included), then its steps.
        let phases = report.phases.sorted { $0.key < $1.key }.map {
            "\($0.key);dur=\(String(format: "%.2f", $0.value))"
        }
        response.headers[.serverTiming] =
            (["app;dur=\(String(format: "%.2f", Workbench.milliseconds(since: start)))"] + phases).joined(
                separator: ", ")
        return response
    }

    /// `POST /api/validate`: the diagnostics of `repsheet validate` as JSON (status 200 either way).
    /// Checks have their own worker and queue, so a check is not refused while renders are busy.
    func validate(_ request: Request, context: ServeRequestContext) async throws -> Response {
        var request = request
        let routine: RoutineRequest
        switch try await routineRequest(&request, context: context) {
        case .success(let made): routine = made
        case .failure(let refusal): return refusal.response
        }
        switch await work(WorkerJob(.validate, routine), gate: server.checkGate, context: context) {
        case .success(.validation(let report)): return Responses.json(report)
        case .success(let other): return Self.response(for: other)
        case .failure(let refusal): return refusal.response
        }
    }

    /// `POST /api/clients?output=zip|pdf`: a JSON body with the routine and the client list; the
    /// ZIP of PDFs or the merged PDF. With `Accept: application/x-ndjson`, progress lines
    /// (`{"done":1,"total":3}`) and then a last line with the file in base64. The batch is made
    /// by a render worker, stopped if the client hangs up.
    func clients(_ request: Request, context: ServeRequestContext) async throws -> Response {
        var request = request
        let query = Self.query(of: request)
        let body = try await request.collectBody(upTo: server.configuration.maxBodyBytes)
        guard let decoded = try? JSONDecoder().decode(ClientRequest.self, from: Data(buffer: body)) else {
            return Responses.problem(
                .badRequest, "send JSON: {\"routine\": TEXT, \"clients\": TEXT, \"clientsName\": NAME}")
        }
        let options: SheetOptions
        switch sheetOptions(query, format: "pdf") {
        case .success(let made): options = made
        case .failure(let refusal): return refusal.response
        }
        let output = query["output"] ?? "zip"
        guard output == "zip" || output == "pdf" else {
            return Responses.problem(.badRequest, "output must be zip or pdf")
        }
        var job = WorkerJob(
            .clients,
            RoutineRequest(text: decoded.routine, fileName: decoded.routineName ?? "routine.yaml", options: options))
        job.clients = decoded
        job.merged = output == "pdf"
        job.maxClients = server.configuration.maxClients
        let handlers = self
        let streaming = request.headers[.accept]?.contains("application/x-ndjson") ?? false
        if !streaming {
            switch await handlers.batch(job, context: context, progress: { _, _ in }) {
            case .success(.bundle(let data, let type, let name)):
                return Self.download(ClientBundle(data: data, type: type, name: name))
            case .success(let other): return Self.response(for: other)
            case .failure(let refusal): return refusal.response
            }
        }
        let (lines, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        @Sendable func send<Value: Encodable>(_ value: Value) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            var data = (try? encoder.encode(value)) ?? Data("{}".utf8)
            data.append(0x0A)
            continuation.yield(ByteBuffer(bytes: data))
        }
        Task {
            defer { continuation.finish() }
            let result = await handlers.batch(job, context: context) { done, total in
                send(ClientProgress(done: done, total: total))
            }
            switch result {
            case .success(.bundle(let data, let type, let name)):
                send(["name": name, "type": type, "data": data.base64EncodedString()])
            case .success(.problems(let items)):
                send(ValidationReport(ok: false, diagnostics: items, warnings: []))
            case .success(.failure(let message)):
                send(["error": message])
            case .success:
                send(["error": "the batch stopped"])
            case .failure:
                send(["error": "the batch could not run: too many renders waiting, or the connection closed"])
            }
        }
        return Response(
            status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody(asyncSequence: lines))
    }

    /// A job on a worker of `gate`, within the render limit, stopped if the client hangs up.
    private func work(_ job: WorkerJob, gate: RenderGate<WorkerProcess>, context: ServeRequestContext) async
        -> Result<WorkerReply, Refusal>
    {
        let limit = self.limit
        let hangUp = context.hangUp
        do {
            return .success(try await gate.withSlot { try await $0.run(job, limit: limit, hangUp: hangUp) })
        } catch {
            return .failure(Self.refusal(for: error))
        }
    }

    /// A client batch on a render worker, in a temporary folder of the server's: not cut at the
    /// render limit, stopped if the client hangs up.
    private func batch(
        _ job: WorkerJob, context: ServeRequestContext, progress: @escaping @Sendable (Int, Int) -> Void
    ) async -> Result<WorkerReply, Refusal> {
        let hangUp = context.hangUp
        do {
            let folder = try WorkFolders.make()
            defer { WorkFolders.remove(folder) }
            var job = job
            job.workFolder = folder.path
            let prepared = job
            return .success(
                try await server.gate.withSlot {
                    try await $0.run(prepared, limit: nil, hangUp: hangUp, progress: progress)
                })
        } catch {
            return .failure(Self.refusal(for: error))
        }
    }

    /// The answer for work that did not end with a reply.
    static func refusal(for error: any Error) -> Refusal {
        switch error {
        case let refusal as RenderRefusal: return Refusal(response: response(for: refusal))
        case WorkerProcess.Failure.hungUp:
            return Refusal(response: Responses.problem(.badRequest, "the client closed the connection"))
        default:
            return Refusal(response: Responses.problem(.internalServerError, "the render stopped: \(error)"))
        }
    }

    /// The answer for a reply other than the one expected: the routine's problems (422), or a
    /// failure (500).
    static func response(for reply: WorkerReply) -> Response {
        switch reply {
        case .problems(let items):
            return Responses.json(
                ValidationReport(ok: false, diagnostics: items, warnings: []), status: .unprocessableContent)
        case .failure(let message):
            return Responses.problem(.internalServerError, message)
        default:
            return Responses.problem(.internalServerError, "the render worker answered something else")
        }
    }

    /// `POST /api/pictures?name=FILE`: the picture's bytes; answers `{"path": "uploads/FILE"}`.
    func picture(_ request: Request, context: ServeRequestContext) async throws -> Response {
        var request = request
        let name = Self.query(of: request)["name"] ?? "picture"
        let body = try await request.collectBody(upTo: server.configuration.maxBodyBytes)
        do {
            let path = try PictureStore(folder: server.configuration.startFolder).save(Data(buffer: body), name: name)
            return Responses.json(["path": path], status: .created)
        } catch .unsafe(let reason) {
            return Responses.problem(.unprocessableContent, reason)
        } catch {
            return Responses.problem(.unsupportedMediaType, error.message)
        }
    }

    /// `GET /api/exercises/NAME.svg`: the exercise's figure.
    func figure(_ request: Request, context: ServeRequestContext) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        guard file.hasSuffix(".svg") else { return Responses.problem(.notFound, "figures are .svg files") }
        let name = String(file.dropLast(4))
        let figures = server.figures
        do {
            let data = try await server.figureGate.run(limit: limit) { maker, _ in
                try figures.svg(named: name, maker: maker)
            }
            guard let data else { return Responses.problem(.notFound, "no exercise named \"\(name)\"") }
            return Responses.bytes(
                data, type: "image/svg+xml", headers: [.cacheControl: "max-age=3600"])
        } catch let refusal as RenderRefusal {
            return Self.response(for: refusal)
        }
    }

    /// A request refused before any work, with its response.
    struct Refusal: Error {
        var response: Response
    }

    /// The routine in the body, with the query's render choices.
    private func routineRequest(_ request: inout Request, context: ServeRequestContext) async throws
        -> Result<RoutineRequest, Refusal>
    {
        let query = Self.query(of: request)
        let body = try await request.collectBody(upTo: server.configuration.maxBodyBytes)
        let json = request.headers[.contentType]?.lowercased().hasPrefix("application/json") ?? false
        var name = query["name"] ?? (json ? "routine.json" : "routine.yaml")
        name = (name as NSString).lastPathComponent
        if name.isEmpty || name.hasPrefix(".") { name = "routine.yaml" }
        switch sheetOptions(query, format: "pdf") {
        case .success(let options):
            return .success(
                RoutineRequest(bytes: Data(buffer: body), fileName: name, options: options))
        case .failure(let refusal):
            return .failure(refusal)
        }
    }

    /// Format, layout (built-in names only), page size and resolution from the query.
    private func sheetOptions(_ query: [String: String], format fallback: String)
        -> Result<SheetOptions, Refusal>
    {
        let formatName = query["format"] ?? fallback
        guard let format = OutputFormat(rawValue: formatName.lowercased()) else {
            return .failure(Refusal(response: Responses.problem(.badRequest, "format must be pdf, png or svg")))
        }
        var options = SheetOptions(format: format)
        if let layout = query["layout"], !layout.isEmpty {
            guard server.layoutNames.contains(layout) else {
                let names = server.layouts.map(\.name).joined(separator: ", ")
                return .failure(Refusal(response: Responses.problem(.badRequest, "layout must be one of \(names)")))
            }
            options.layout = layout
        }
        if let size = query["page-size"] ?? query["pageSize"], !size.isEmpty {
            options.pageSize = size
        }
        if let dpi = query["dpi"] {
            guard let value = Int(dpi) else {
                return .failure(Refusal(response: Responses.problem(.badRequest, "dpi must be a whole number")))
            }
            options.dpi = value
        }
        return .success(options)
    }

    /// The query's parameters, percent-decoded; the last of a repeated name wins.
    static func query(of request: Request) -> [String: String] {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            values[String(key).removingPercentEncoding ?? String(key)] =
                String(value).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(value)
        }
        return values
    }

    /// 429 for a full queue, 503 for a render past its time.
    static func response(for refusal: RenderRefusal) -> Response {
        switch refusal {
        case .busy:
            var response = Responses.problem(.tooManyRequests, "too many renders waiting; try again shortly")
            response.headers[.retryAfter] = "1"
            return response
        case .timedOut:
            return Responses.problem(.serviceUnavailable, "the render took too long and was cancelled")
        }
    }

    /// A finished batch as a download.
    static func download(_ bundle: ClientBundle) -> Response {
        Responses.bytes(
            bundle.data, type: bundle.type,
            headers: [.contentDisposition: "attachment; filename=\"\(bundle.name)\""])
    }
}
