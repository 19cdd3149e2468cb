import Foundation
import XCTest

/// The server reads a routine as `repsheet validate` and `repsheet render` read its file: the
/// same loader and messages, and the routine's or its layout's brand.
final class ServeParityTests: XCTestCase {
    /// The first diagnostic's text from `/api/validate`.
    func firstProblem(_ server: ServeProcess, _ body: Data, name: String) throws -> String {
        let response = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/validate?name=\(name)", headers: ["X-RepSheet": "1"],
            body: body)
        XCTAssertEqual(response.json["ok"] as? Bool, false, response.text)
        return (response.json["diagnostics"] as? [[String: Any]])?.first?["text"] as? String ?? ""
    }

    /// pdftotext's text of PDF bytes.
    static func pdfText(_ data: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try runTool("/usr/bin/pdftotext", [url.path, "-"], in: FileManager.default.temporaryDirectory).output
    }

    func testTextThatIsNotUTF8GetsTheCLIsMessageAndPlace() throws {
        let server = try ServeProcess()
        let cases: [(String, Data)] = [
            ("latin1.yaml", Data("title: Caf".utf8) + Data([0xE9]) + Data("\nsteps:\n  - name: A\n".utf8)),
            ("utf32.yaml", Data([0xFF, 0xFE, 0, 0]) + Data("t\0\0\0".utf8)),
            ("gzip.yaml", Data([0x1F, 0x8B, 0x08, 0x00, 0x00])),
        ]
        for (name, bytes) in cases {
            try server.write(name, bytes)
            let cli = try runTool(try ServeProcess.tool("repsheet"), ["validate", name], in: server.folder)
            XCTAssertEqual(cli.status, 65, name)
            let expected = cli.error.split(separator: "\n").first.map(String.init) ?? ""
            XCTAssertEqual(try firstProblem(server, bytes, name: name), expected, name)
        }
        // A render is refused too, rather than printing replacement boxes.
        let render = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/render", headers: ["X-RepSheet": "1"], body: cases[0].1)
        XCTAssertEqual(render.status, 422)
    }

    func testAMissingCharacterIsReportedAtTheCLIsLineAndColumn() throws {
        let server = try ServeProcess()
        let routine = "title: X\nsteps:\n  - name: A\n    instructions: Breathe \u{E000} slowly.\n"
        try server.write("glyph.yaml", Data(routine.utf8))
        let cli = try runTool(try ServeProcess.tool("repsheet"), ["validate", "glyph.yaml"], in: server.folder)
        XCTAssertNotEqual(cli.status, 0)
        let expected = cli.error.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(expected.hasPrefix("glyph.yaml:4:"), expected)
        XCTAssertEqual(try firstProblem(server, Data(routine.utf8), name: "glyph.yaml"), expected)
    }

    func testTheRoutinesBrandAndItsLayoutsBrandArePrinted() throws {
        let server = try ServeProcess()
        try server.write("sub/clinic.yaml", Data("name: Harbour Clinic\nphone: 555 0100\n".utf8))
        try server.write("sub/branded.yaml", Data("extends: cards\nbrand: clinic.yaml\n".utf8))
        for routine in [
            "title: T\nbrand: sub/clinic.yaml\nsteps:\n  - name: A\n",
            "title: T\nlayout: sub/branded.yaml\nsteps:\n  - name: A\n",
        ] {
            let pdf = try server.post("/api/render", routine)
            XCTAssertEqual(pdf.status, 200, pdf.text)
            XCTAssertTrue(try Self.pdfText(pdf.body).contains("Harbour Clinic"), routine)
            let preview = try server.post("/api/preview", routine)
            XCTAssertTrue((preview.json["texts"] as? [String] ?? []).joined().contains("Harbour Clinic"), routine)
        }
        // A layout in the folder naming a brand outside it is refused at the layout: line.
        let outside = server.folder.deletingLastPathComponent().appendingPathComponent(
            "serve-brand-\(UUID().uuidString).yaml")
        try Data("name: Elsewhere\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try server.write("out.yaml", Data("extends: cards\nbrand: ../\(outside.lastPathComponent)\n".utf8))
        let refused = try server.post("/api/render", "title: T\nlayout: out.yaml\nsteps:\n  - name: A\n")
        XCTAssertEqual(refused.status, 422, refused.text)
        XCTAssertTrue(refused.text.contains("routine.yaml:2:"), refused.text)
    }
}
