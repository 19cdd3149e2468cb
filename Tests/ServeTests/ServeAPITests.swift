import Foundation
import XCTest

/// The HTTP API over real HTTP: a `repsheet-serve` process on a free port.
final class ServeAPITests: XCTestCase {
    static var example: String {
        (try? String(
            contentsOf: ServeProcess.packageRoot.appendingPathComponent("examples/back-stretches.yaml"), encoding: .utf8
        ))
            ?? ""
    }

    /// pdftotext's text of PDF bytes.
    func pdfText(_ data: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try runTool("/usr/bin/pdftotext", [url.path, "-"], in: FileManager.default.temporaryDirectory)
        return result.output
    }

    /// pdfinfo's page count of PDF bytes.
    func pageCount(_ data: Data) throws -> Int {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let info = try runTool("/usr/bin/pdfinfo", [url.path], in: FileManager.default.temporaryDirectory).output
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    func testRenderReturnsAPDFWhoseTextHoldsEachStep() throws {
        let server = try ServeProcess()
        let response = try server.post("/api/render?format=pdf", Self.example)
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertEqual(response.headers["content-type"], "application/pdf")
        XCTAssertTrue(response.body.starts(with: Data("%PDF-".utf8)))
        XCTAssertNotNil(response.headers["server-timing"])
        let text = try pdfText(response.body).replacingOccurrences(of: "\n", with: " ")
        for step in [
            "Pelvic tilts", "Knee to chest", "Trunk rotation", "Quadratus lumborum (QL) stretch", "Child’s pose",
        ] {
            XCTAssertTrue(text.contains(step), "missing \(step)")
        }
        XCTAssertEqual(try pageCount(response.body), 2)
    }

    func testRepsheetServeRunsTheServerBesideIt() throws {
        let server = try ServeProcess(throughCLI: true)
        let layouts = try server.get("/api/layouts")
        XCTAssertEqual(layouts.status, 200)
        XCTAssertTrue(layouts.text.contains("\"classic\""))
        // The server replaced the repsheet process (exec): the same process id answers.
        let command = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/cmdline", encoding: .utf8)
        XCTAssertTrue(command.contains("repsheet-serve"), command)
    }

    func testRenderPNGAndSVGPagesWithQueryChoices() throws {
        let server = try ServeProcess()
        let png = try server.post("/api/render?format=png&dpi=50&page=2&layout=classic&page-size=a4", Self.example)
        XCTAssertEqual(png.status, 200, png.text)
        XCTAssertEqual(png.headers["content-type"], "image/png")
        XCTAssertEqual(png.headers["x-repsheet-pages"], "2")
        XCTAssertTrue(png.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A4 at 50 dpi: 8.27 in wide → 413 or 414 pixels.
        let width = png.body[16..<20].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(Double(width), 8.27 * 50, accuracy: 1.5)
        let svg = try server.post("/api/render?format=svg", Self.example)
        XCTAssertEqual(svg.headers["content-type"], "image/svg+xml")
        XCTAssertTrue(svg.text.contains("<svg"))
        XCTAssertEqual(try server.post("/api/render?format=gif", Self.example).status, 400)
        XCTAssertEqual(try server.post("/api/render?layout=/etc/passwd", Self.example).status, 400)
        XCTAssertEqual(try server.post("/api/render?format=png&page=9", Self.example).status, 400)
    }

    func testValidateReturnsTheDiagnosticsOfRepsheetValidate() throws {
        let server = try ServeProcess()
        let routine = """
            title: Knees
            steps:
              - name: Heel slides
                hodl: 5s
                reps: 90
              - exercise: knee-to-chestt
            """
        try server.write("knees.yaml", Data(routine.utf8))
        let cli = try runTool(try ServeProcess.tool("repsheet"), ["validate", "knees.yaml"], in: server.folder)
        XCTAssertEqual(cli.status, 65)
        let response = try server.post("/api/validate?name=knees.yaml", routine)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.json["ok"] as? Bool, false)
        let items = try XCTUnwrap(response.json["diagnostics"] as? [[String: Any]])
        let lines = cli.error.split(separator: "\n").map(String.init)
        XCTAssertEqual(items.compactMap { $0["text"] as? String }, lines)
        XCTAssertGreaterThanOrEqual(items.count, 2)
        XCTAssertEqual(items.first?["line"] as? Int, 4)
        XCTAssertEqual(items.first?["column"] as? Int, 5)
        let good = try server.post("/api/validate", Self.example)
        XCTAssertEqual(good.json["ok"] as? Bool, true)
        XCTAssertEqual((good.json["diagnostics"] as? [Any])?.count, 0)
    }

    func testPreviewGivesEveryPageAsSVGAndTheWordsAndDocument() throws {
        let server = try ServeProcess()
        let response = try server.post("/api/preview", Self.example)
        XCTAssertEqual(response.status, 200)
        let pages = try XCTUnwrap(response.json["pages"] as? [String])
        XCTAssertEqual(pages.count, 2)
        XCTAssertTrue(pages.allSatisfy { $0.contains("<svg") })
        let texts = try XCTUnwrap(response.json["texts"] as? [String])
        XCTAssertTrue(texts[0].contains("Pelvic tilts"))
        let document = try XCTUnwrap(response.json["document"] as? String)
        XCTAssertTrue(document.hasPrefix(#"{"$map":[["title","Back Stretches"]"#), document)
        let bad = try server.post("/api/preview", "title: X\nsteps: 3\n")
        XCTAssertEqual(bad.json["ok"] as? Bool, false)
        XCTAssertEqual((bad.json["pages"] as? [Any])?.count, 0)
    }

    func testExercisesFiguresAndLayouts() throws {
        let server = try ServeProcess()
        let list = try server.get("/api/exercises")
        let exercises = try XCTUnwrap(try JSONSerialization.jsonObject(with: list.body) as? [[String: Any]])
        let catalogue = try FileManager.default.contentsOfDirectory(
            atPath: ServeProcess.packageRoot.appendingPathComponent("Exercises").path
        ).filter { $0.hasSuffix(".yaml") }
        XCTAssertEqual(exercises.count, catalogue.count)
        let bridge = try XCTUnwrap(exercises.first { $0["id"] as? String == "bridge" })
        XCTAssertEqual(bridge["region"] as? String, "hips")
        XCTAssertEqual(bridge["figure"] as? String, "/api/exercises/bridge.svg")
        let figure = try server.get("/api/exercises/bridge.svg")
        XCTAssertEqual(figure.status, 200)
        XCTAssertEqual(figure.headers["content-type"], "image/svg+xml")
        XCTAssertTrue(figure.text.contains("<svg"))
        XCTAssertEqual(try server.get("/api/exercises/no-such-thing.svg").status, 404)
        let layouts = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: server.get("/api/layouts").body) as? [[String: Any]])
        XCTAssertTrue(layouts.contains { $0["name"] as? String == "classic" })
        XCTAssertTrue(layouts.contains { $0["name"] as? String == "cards" })
        let page = try server.get("/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<title>RepSheet</title>"))
        XCTAssertNotNil(page.headers["content-security-policy"])
    }

    func testClientListGivesAZipOfPDFsOrOneMergedPDF() throws {
        let server = try ServeProcess()
        let body: [String: String] = [
            "routine": Self.example,
            "clients": "name,date\nJane Doe,2026-12-01\nMarcus Lee,2026-12-01\nAiko Tanaka,2026-12-03\n",
            "clientsName": "clients.csv",
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        let zip = try server.post("/api/clients?output=zip", json, headers: ["Content-Type": "application/json"])
        XCTAssertEqual(zip.status, 200, zip.text)
        XCTAssertEqual(zip.headers["content-type"], "application/zip")
        try server.write("clients.zip", zip.body)
        let listing = try runTool(
            "/usr/bin/python3",
            [
                "-c",
                "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(' '.join(sorted(z.namelist())))",
                server.folder.appendingPathComponent("clients.zip").path,
            ], in: server.folder)
        XCTAssertEqual(listing.output, "aiko-tanaka.pdf jane-doe.pdf marcus-lee.pdf\n", listing.error)
        let merged = try server.post("/api/clients?output=pdf", json, headers: ["Content-Type": "application/json"])
        XCTAssertEqual(merged.headers["content-type"], "application/pdf")
        XCTAssertEqual(try pageCount(merged.body), 6)
        let text = try pdfText(merged.body)
        XCTAssertTrue(text.contains("Jane Doe") && text.contains("Aiko Tanaka"))
        // With progress: one line per client, then the file.
        let streamed = try server.post(
            "/api/clients?output=zip", json,
            headers: ["Content-Type": "application/json", "Accept": "application/x-ndjson"])
        let lines = streamed.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, streamed.text.prefix(300).description)
        XCTAssertEqual(lines.first, #"{"done":1,"total":3}"#)
        XCTAssertTrue(lines.last?.contains(#""name":"clients.zip""#) ?? false)
    }

    func testUploadedPictureCanBeNamedByARoutine() throws {
        let server = try ServeProcess()
        // A real PNG: a page of the example at 20 dpi.
        let png = try server.post("/api/render?format=png&dpi=20", Self.example).body
        XCTAssertTrue(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let upload = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/pictures?name=My%20Knee.png",
            headers: ["X-RepSheet": "1", "Content-Type": "image/png"], body: png)
        XCTAssertEqual(upload.status, 201, upload.text)
        XCTAssertEqual(upload.json["path"] as? String, "uploads/my-knee.png")
        XCTAssertEqual(try Data(contentsOf: server.folder.appendingPathComponent("uploads/my-knee.png")), png)
        let routine = "title: Pictures\nsteps:\n  - name: Knee bend\n    image: uploads/my-knee.png\n"
        let render = try server.post("/api/render", routine)
        XCTAssertEqual(render.status, 200, render.text)
        let notPicture = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/pictures?name=x.png", headers: ["X-RepSheet": "1"],
            body: Data("#!/bin/sh\n".utf8))
        XCTAssertEqual(notPicture.status, 415)
    }
}
