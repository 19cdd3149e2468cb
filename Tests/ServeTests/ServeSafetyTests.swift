import Foundation
import XCTest

/// The server's safety rules over real HTTP: sizes, time, queue, Host, cross-site requests and
/// files outside the start folder.
final class ServeSafetyTests: XCTestCase {
    /// A routine of `count` steps, slow enough to lay out and draw.
    static func longRoutine(steps count: Int) -> String {
        var text = "title: Long\nsteps:\n"
        for index in 1...count {
            text += "  - name: Step \(index)\n    reps: 10\n    sets: 3\n    sides: each\n"
            text += "    instructions: Lie on your back with your knees bent and slowly lift one leg, then lower it.\n"
        }
        return text
    }

    func testRequestsOverTwoMegabytesAreRefusedWith413() throws {
        let server = try ServeProcess()
        let big = Data(repeating: 0x61, count: 2 * 1024 * 1024 + 10)
        let declared = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/render", headers: ["X-RepSheet": "1"], body: big)
        XCTAssertEqual(declared.status, 413)
        // Just under the limit is read (and is not a routine).
        let under = try RawHTTP.send(
            port: server.port, method: "POST", path: "/api/validate", headers: ["X-RepSheet": "1"],
            body: Data(repeating: 0x61, count: 2 * 1024 * 1024 - 10))
        XCTAssertEqual(under.status, 200)
        XCTAssertEqual(under.json["ok"] as? Bool, false)
    }

    func testARenderPastItsTimeIsCancelledWith503() throws {
        let server = try ServeProcess(arguments: ["--render-timeout", "0.005"])
        let slow = try server.post("/api/render", Self.longRoutine(steps: 60))
        XCTAssertEqual(slow.status, 503, slow.text)
        XCTAssertTrue(slow.text.contains("too long"))
        // The default limit (10 s) lets it through.
        let patient = try ServeProcess()
        XCTAssertEqual(try patient.post("/api/render", Self.longRoutine(steps: 60)).status, 200)
    }

    func testRendersPastTheQueueAreRefusedWith429() throws {
        let server = try ServeProcess(arguments: ["--renders", "1", "--queue-limit", "1"])
        let routine = Self.longRoutine(steps: 80)
        let statuses = LockedList()
        let port = server.port
        // Six requests at once, each on its own thread (not a pool the size of the cores).
        let group = DispatchGroup()
        for _ in 0..<6 {
            group.enter()
            Thread.detachNewThread {
                let status =
                    (try? RawHTTP.send(
                        port: port, method: "POST", path: "/api/render", headers: ["X-RepSheet": "1"],
                        body: Data(routine.utf8)
                    ).status) ?? -1
                statuses.append(status)
                group.leave()
            }
        }
        group.wait()
        let all = statuses.values
        XCTAssertEqual(all.count, 6)
        XCTAssertTrue(all.contains(200), "\(all)")
        XCTAssertTrue(all.contains(429), "\(all)")
        XCTAssertEqual(all.filter { $0 != 200 && $0 != 429 }, [])
    }

    func testTheHostHeaderMustNameTheServer() throws {
        let server = try ServeProcess()
        let rebound = try RawHTTP.send(port: server.port, method: "GET", path: "/api/layouts", host: "attacker.example")
        XCTAssertEqual(rebound.status, 421)
        XCTAssertEqual(
            try RawHTTP.send(port: server.port, method: "GET", path: "/api/layouts", host: "localhost:\(server.port)")
                .status, 200)
        let named = try ServeProcess(arguments: ["--allow-host", "sheets.clinic.internal"])
        XCTAssertEqual(
            try RawHTTP.send(port: named.port, method: "GET", path: "/api/layouts", host: "sheets.clinic.internal")
                .status, 200)
    }

    func testCrossSiteRequestsAreRefused() throws {
        let server = try ServeProcess()
        let routine = "title: X\nsteps:\n  - name: A\n"
        // What a cross-site HTML form can send: no custom header, a form content type.
        let form = try server.post(
            "/api/render", routine, headers: ["Content-Type": "application/x-www-form-urlencoded"])
        XCTAssertEqual(form.status, 403)
        let plain = try server.post("/api/pictures", routine, headers: ["Content-Type": "text/plain"])
        XCTAssertEqual(plain.status, 403)
        // Another site's page, even with the header.
        let origin = try server.post(
            "/api/render", routine, headers: ["X-RepSheet": "1", "Origin": "https://attacker.example"])
        XCTAssertEqual(origin.status, 403)
        // The page's own origin, and JSON.
        let own = try server.post(
            "/api/validate", routine, headers: ["X-RepSheet": "1", "Origin": "http://127.0.0.1:\(server.port)"])
        XCTAssertEqual(own.status, 200)
        XCTAssertEqual(
            try server.post("/api/validate", routine, headers: ["Content-Type": "application/json"]).status, 200)
    }

    func testImagePathsResolveOnlyInsideTheStartFolder() throws {
        let server = try ServeProcess()
        let png = try server.post("/api/render?format=png&dpi=20", "title: X\nsteps:\n  - name: A\n").body
        try server.write("pictures/ok.png", png)
        XCTAssertEqual(
            try server.post("/api/render", "title: X\nsteps:\n  - name: A\n    image: pictures/ok.png\n").status, 200)
        // Outside: ../, an absolute path, and a link inside the folder leading out.
        let outside = server.folder.deletingLastPathComponent().appendingPathComponent(
            "serve-outside-\(UUID().uuidString).png")
        try png.write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: server.folder.appendingPathComponent("link.png"), withDestinationURL: outside)
        for path in ["../\(outside.lastPathComponent)", outside.path, "link.png", "/etc/passwd"] {
            let routine = "title: X\nsteps:\n  - name: A\n    image: \(path)\n"
            let render = try server.post("/api/render", routine)
            XCTAssertEqual(render.status, 422, "\(path): \(render.text)")
            let validate = try server.post("/api/validate", routine)
            let text = (validate.json["diagnostics"] as? [[String: Any]])?.first?["text"] as? String ?? ""
            XCTAssertTrue(text.hasPrefix("routine.yaml:4:"), "\(path): \(text)")
        }
    }
}

/// A list appended to from several threads.
final class LockedList: @unchecked Sendable {
    // @unchecked: `items` is used only while holding `lock`.
    private let lock = NSLock()
    private var items: [Int] = []

    func append(_ value: Int) {
        lock.lock()
        items.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
