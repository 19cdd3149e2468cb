import Foundation
import HTTPTypes
import Hummingbird
import RepSheet

/// The API's request handlers.
struct APIHandlers: Sendable {
    let server: RepSheetServer

    private var workbench: Workbench { Workbench(folder: server.configuration.startFolder) }
    private var limit: Duration { server.configuration.renderTimeout }

    /// `POST /api/render?format=pdf|png|svg&layout=&page-size=&dpi=&page=&name=`: the bytes.
    /// PNG and SVG answer one page (`page`, 1 by default) and the page count in `X-RepSheet-Pages`.
    func render(_ request: Request, context: BasicRequestContext) async throws -> Response {
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
        do {
            pages = try await server.gate.run(limit: limit) { maker, deadline in
                try workbench.render(routine, maker: maker, deadline: deadline)
            }
        } catch let error as RepSheetError {
            return Responses.json(
                ValidationReport(ok: false, diagnostics: DiagnosticItem.parse(error.description), warnings: []),
                status: .unprocessableContent)
        } catch let refusal as RenderGate.Refusal {
            return Self.response(for: refusal)
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

    /// `POST /api/preview`: every page as SVG in JSON, or the problems.
    func preview(_ request: Request, context: BasicRequestContext) async throws -> Response {
        var request = request
        let routine: RoutineRequest
        switch try await routineRequest(&request, context: context) {
        case .success(let made): routine = made
        case .failure(let refusal): return refusal.response
        }
        do {
            let start = ContinuousClock.now
            let report = try await server.gate.run(limit: limit) { maker, deadline in
                try workbench.preview(routine, maker: maker, deadline: deadline)
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
        } catch let error as RepSheetError {
            return Responses.json(
                PreviewReport(
                    ok: false, diagnostics: DiagnosticItem.parse(error.description), warnings: [], pages: [],
                    milliseconds: 0))
        } catch let refusal as RenderGate.Refusal {
            return Self.response(for: refusal)
        }
    }

    /// `POST /api/validate`: the diagnostics of `repsheet validate` as JSON (status 200 either way).
    /// Checks have their own slot and queue, so a validation is not refused while renders are busy.
    func validate(_ request: Request, context: BasicRequestContext) async throws -> Response {
        var request = request
        let routine: RoutineRequest
        switch try await routineRequest(&request, context: context) {
        case .success(let made): routine = made
        case .failure(let refusal): return refusal.response
        }
        do {
            let report = try await server.checkGate.run(limit: limit) { maker, _ in
                workbench.validate(routine, maker: maker)
            }
            return Responses.json(report)
        } catch let refusal as RenderGate.Refusal {
            return Self.response(for: refusal)
        }
    }

    /// `POST /api/clients?output=zip|pdf`: a JSON body with the routine and the client list; the
    /// ZIP of PDFs or the merged PDF. With `Accept: application/x-ndjson`, progress lines
    /// (`{"done":1,"total":3}`) and then a last line with the file in base64.
    func clients(_ request: Request, context: BasicRequestContext) async throws -> Response {
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
        let merged = output == "pdf"
        let work = ClientWork(folder: server.configuration.startFolder, maxClients: server.configuration.maxClients)
        let gate = server.gate
        let streaming = request.headers[.accept]?.contains("application/x-ndjson") ?? false
        if !streaming {
            let maker: SheetMaker
            do { maker = try await gate.enter() } catch { return Self.response(for: error) }
            defer { Task { await gate.leave(maker) } }
            do {
                let bundle = try await work.make(decoded, merged: merged, options: options, maker: maker) { _, _ in }
                return Self.download(bundle)
            } catch let problems as ClientWork.Problems {
                return Responses.json(
                    ValidationReport(ok: false, diagnostics: problems.diagnostics, warnings: []),
                    status: .unprocessableContent)
            }
        }
        let (lines, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        Task {
            defer { continuation.finish() }
            @Sendable func send<Value: Encodable>(_ value: Value) {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                var data = (try? encoder.encode(value)) ?? Data("{}".utf8)
                data.append(0x0A)
                continuation.yield(ByteBuffer(bytes: data))
            }
            do {
                let maker = try await gate.enter()
                defer { Task { await gate.leave(maker) } }
                let bundle = try await work.make(decoded, merged: merged, options: options, maker: maker) {
                    done, total in send(ClientProgress(done: done, total: total))
                }
                send(["name": bundle.name, "type": bundle.type, "data": bundle.data.base64EncodedString()])
            } catch let problems as ClientWork.Problems {
                send(ValidationReport(ok: false, diagnostics: problems.diagnostics, warnings: []))
            } catch {
                send(["error": "\(error)"])
            }
        }
        return Response(
            status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody(asyncSequence: lines))
    }

    /// `POST /api/pictures?name=FILE`: the picture's bytes; answers `{"path": "uploads/FILE"}`.
    func picture(_ request: Request, context: BasicRequestContext) async throws -> Response {
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
    func figure(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        guard file.hasSuffix(".svg") else { return Responses.problem(.notFound, "figures are .svg files") }
        let name = String(file.dropLast(4))
        let figures = server.figures
        do {
            let data = try await server.gate.run(limit: limit) { maker, _ in try figures.svg(named: name, maker: maker)
            }
            guard let data else { return Responses.problem(.notFound, "no exercise named \"\(name)\"") }
            return Responses.bytes(
                data, type: "image/svg+xml", headers: [.cacheControl: "max-age=3600"])
        } catch let refusal as RenderGate.Refusal {
            return Self.response(for: refusal)
        }
    }

    /// A request refused before any work, with its response.
    struct Refusal: Error {
        var response: Response
    }

    /// The routine in the body, with the query's render choices.
    private func routineRequest(_ request: inout Request, context: BasicRequestContext) async throws
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
    static func response(for refusal: RenderGate.Refusal) -> Response {
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
