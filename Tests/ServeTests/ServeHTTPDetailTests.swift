import Foundation
import XCTest

/// The HTTP details of the API: methods, query values, origins, uploads and the preview's size.
final class ServeHTTPDetailTests: XCTestCase {
    static let routine = "title: X\nsteps:\n  - name: A\n"

    func testOriginNullIsRefused() throws {
        let server = try ServeProcess()
        let response = try server.post("/api/validate", Self.routine, headers: ["X-RepSheet": "1", "Origin": "null"])
        XCTAssertEqual(response.status, 403, response.text)
        XCTAssertEqual(try server.get("/api/layouts", headers: ["Origin": "null"]).status, 403)
    }

    func testHeadAnswersLikeGetWithoutABody() throws {
        let server = try ServeProcess()
        let head = try RawHTTP.send(port: server.port, method: "HEAD", path: "/")
        XCTAssertEqual(head.status, 200)
        XCTAssertTrue(head.body.isEmpty)
        XCTAssertEqual(head.headers["content-type"], try server.get("/").headers["content-type"])
    }

    func testOtherMethodsOnTheAPIAre405WithAllow() throws {
        let server = try ServeProcess()
        for method in ["GET", "PUT", "DELETE"] {
            let response = try RawHTTP.send(
                port: server.port, method: method, path: "/api/render", headers: ["X-RepSheet": "1"])
            XCTAssertEqual(response.status, 405, method)
            XCTAssertEqual(response.headers["allow"], "POST", method)
        }
        let post = try server.post("/api/layouts", "")
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.headers["allow"], "GET, HEAD")
    }

    func testUnknownOutputAndPagesOutOfRangeAre400() throws {
        let server = try ServeProcess()
        let body = try JSONSerialization.data(withJSONObject: [
            "routine": Self.routine, "clients": "name\nAda\n", "clientsName": "clients.csv",
        ])
        let bogus = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/clients?output=bogus",
            headers: ["Content-Type": "application/json"], body: body)
        XCTAssertEqual(bogus.status, 400, bogus.text)
        for page in ["9999999999999999999999", "99", "0", "x"] {
            let response = try server.post("/api/render?format=svg&page=\(page)", Self.routine)
            XCTAssertEqual(response.status, 400, "page=\(page): \(response.text)")
        }
        XCTAssertEqual(try server.post("/api/render?format=svg&page=1", Self.routine).status, 200)
    }

    func testValidationIsNotRefusedWhileRendersAreBusy() throws {
        let server = try ServeProcess(arguments: ["--renders", "1", "--queue-limit", "0"])
        let port = server.port
        let slow = Data(ServeSafetyTests.longRoutine(steps: 80).utf8)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? RawHTTP.send(
                port: port, method: "POST", path: "/api/render", headers: ["X-RepSheet": "1"], body: slow)
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        // The one render slot is taken and no request may wait: a render is refused, a check is not.
        XCTAssertEqual(try server.post("/api/render", Self.routine).status, 429)
        let check = try server.post("/api/validate", Self.routine)
        XCTAssertEqual(check.status, 200, check.text)
        XCTAssertEqual(check.json["ok"] as? Bool, true)
        done.wait()
    }

    func testAPreviewCarriesTheFirstPagesOfALongSheet() throws {
        let server = try ServeProcess()
        let preview = try server.post("/api/preview", ServeSafetyTests.longRoutine(steps: 150))
        XCTAssertEqual(preview.status, 200)
        let pages = preview.json["pages"] as? [String] ?? []
        let count = preview.json["pageCount"] as? Int ?? 0
        XCTAssertEqual(pages.count, 20)
        XCTAssertGreaterThan(count, 20)
        let warnings = preview.json["warnings"] as? [String] ?? []
        XCTAssertTrue(warnings.contains { $0.contains("first 20 of \(count) pages") }, "\(warnings)")
    }

    func testAnSVGReferringOutsideItselfIsRefusedWith422() throws {
        let server = try ServeProcess()
        let evil = #"<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>"#
        let response = try server.post("/api/pictures?name=evil.svg", evil)
        XCTAssertEqual(response.status, 422, response.text)
        XCTAssertTrue(response.text.contains("file:///etc/passwd"), response.text)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("uploads/evil.svg").path))
        let fine = #"<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>"#
        XCTAssertEqual(try server.post("/api/pictures?name=fine.svg", fine).status, 201)
    }
}
