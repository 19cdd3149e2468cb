import Foundation
import XCTest

/// Renders run in worker processes: one past its time, or whose client hangs up, is stopped and
/// frees its slot at once.
final class ServeWorkerTests: XCTestCase {
    /// A routine whose tracker sheet takes many seconds to lay out (hundreds of long steps).
    static let slowRoutine: String = {
        let instructions = "[" + Array(repeating: "\"Do it.\"", count: 40).joined(separator: ", ") + "]"
        let caution = String(repeating: "Careful. ", count: 50)
        var text = "title: Slow\nsteps:\n"
        for index in 0..<400 {
            text += "  - name: S\(index)\n    instructions: \(instructions)\n    caution: \(caution)\n"
            text += "    alternative: {name: Alt, reason: why, instructions: \"Easier way. \"}\n"
        }
        return text
    }()

    static let quick = "title: Quick\nsteps:\n  - name: A\n"

    func testARenderPastItsTimeFreesItsSlotAtOnce() throws {
        let server = try ServeProcess(arguments: ["--renders", "1", "--render-timeout", "1"])
        let start = Date()
        let slow = try server.post("/api/render?layout=tracker", Self.slowRoutine)
        XCTAssertEqual(slow.status, 503, slow.text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 4)
        // The one slot is free again: the next render does not wait for the slow one.
        let next = Date()
        XCTAssertEqual(try server.post("/api/render", Self.quick).status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(next), 4)
    }

    func testAClientThatHangsUpFreesItsSlot() throws {
        let server = try ServeProcess(arguments: ["--renders", "1", "--render-timeout", "60"])
        let socket = ServeLifetimeTests.connect(server.port)
        let body = Array(Self.slowRoutine.utf8)
        let head = Array(
            ("POST /api/render?layout=tracker HTTP/1.1\r\nHost: 127.0.0.1\r\nX-RepSheet: 1\r\n"
                + "Content-Length: \(body.count)\r\n\r\n").utf8)
        for part in [head, body] {
            var sent = 0
            while sent < part.count {
                let written = part.withUnsafeBytes {
                    send(socket, $0.baseAddress! + sent, part.count - sent, Int32(MSG_NOSIGNAL))
                }
                guard written > 0 else { break }
                sent += written
            }
        }
        Thread.sleep(forTimeInterval: 0.5)
        close(socket)
        // The render is stopped with its worker, so the slot serves the next request at once.
        let next = Date()
        XCTAssertEqual(try server.post("/api/render", Self.quick).status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(next), 4)
        XCTAssertEqual(Self.workers(of: server.process.processIdentifier), 1)
    }

    /// The worker processes running under `pid`.
    static func workers(of pid: Int32) -> Int {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return tasks.filter { name in
            guard Int32(name) != nil,
                let status = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8)
            else { return false }
            let fields = status.split(separator: ")").last?.split(separator: " ") ?? []
            return fields.count > 2 && Int32(fields[2]) == pid
        }.count
    }
}
