import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// How long the server and its connections live: SIGTERM, half-sent requests, many connections.
final class ServeLifetimeTests: XCTestCase {
    /// A client batch of many sheets, slow enough to be running when the test acts.
    static func slowBatch(in server: ServeProcess) throws -> Data {
        try server.write("warm.yaml", Data("title: Warm\nsteps:\n  - name: March\n    reps: 10\n".utf8))
        // As many routines as a client's handout takes, for as many clients as a list takes.
        let routines = Array(repeating: "warm.yaml", count: 19).joined(separator: ", ")
        var clients = ""
        for index in 0..<200 { clients += "- name: C\(index)\n  routines: [\(routines)]\n" }
        return try JSONSerialization.data(withJSONObject: [
            "routine": "title: X\nsteps:\n  - name: A\n", "clients": clients, "clientsName": "clients.yaml",
        ])
    }

    func testSIGTERMStopsTheServerPromptlyDuringAClientBatch() throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("serve-tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let server = try ServeProcess(environment: ["TMPDIR": temporary.path])
        let body = try Self.slowBatch(in: server)
        let port = server.port
        Thread.detachNewThread {
            _ = try? RawHTTP.send(
                port: port, method: "POST", path: "/api/clients?output=zip",
                headers: ["Content-Type": "application/json"], body: body)
        }
        // The batch is under way once its folder exists.
        let started = Date()
        while (try? FileManager.default.contentsOfDirectory(atPath: temporary.path))?.isEmpty != false,
            Date().timeIntervalSince(started) < 10
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.5)
        let folders = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        XCTAssertFalse(folders.isEmpty, "the batch ended too soon to test")
        let sent = Date()
        kill(server.process.processIdentifier, SIGTERM)
        while server.process.isRunning, Date().timeIntervalSince(sent) < 10 { Thread.sleep(forTimeInterval: 0.02) }
        let took = Date().timeIntervalSince(sent)
        XCTAssertFalse(server.process.isRunning)
        XCTAssertLessThan(took, 3, "stopped after \(took) s")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [])
    }

    /// A socket connected to the server, with a receive timeout.
    static func connect(_ port: Int, timeout: Int = 10) -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return socket
    }

    /// Sends half a request's head.
    static func sendHalfARequest(_ socket: Int32) {
        let half = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".utf8)
        _ = half.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Whether the server has closed `socket` (a read sees its end, not a timeout).
    static func isClosed(_ socket: Int32) -> Bool {
        var byte: UInt8 = 0
        return recv(socket, &byte, 1, 0) == 0
    }

    func testAHalfSentRequestIsClosedAtTheDeadline() throws {
        let server = try ServeProcess(arguments: ["--request-timeout", "1"])
        let socket = Self.connect(server.port)
        defer { close(socket) }
        Self.sendHalfARequest(socket)
        let start = Date()
        XCTAssertTrue(Self.isClosed(socket))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        // Whole requests are still answered.
        XCTAssertEqual(try server.get("/api/layouts").status, 200)
    }

    func testPastTheLimitTheLongestWaitingConnectionMakesRoom() throws {
        let server = try ServeProcess(arguments: ["--max-connections", "4"])
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for _ in 0..<6 {
            let socket = Self.connect(server.port)
            Self.sendHalfARequest(socket)
            sockets.append(socket)
            Thread.sleep(forTimeInterval: 0.05)
        }
        // The two that waited longest were closed; a whole request is answered at once.
        XCTAssertTrue(Self.isClosed(sockets[0]))
        XCTAssertTrue(Self.isClosed(sockets[1]))
        let start = Date()
        XCTAssertEqual(try server.get("/api/layouts").status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }
}
