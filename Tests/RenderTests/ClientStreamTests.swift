import Foundation
import RepSheet
import XCTest

/// Client lists read as the batch goes: a CSV file row by row, with the problems of a bad row, or
/// of a bad byte part-way, at their own line.
final class ClientStreamTests: XCTestCase {
    var directory: URL!
    let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A CSV file of `count` clients "Client 1", "Client 2", …, one line each after the header.
    func writeClients(_ count: Int, name: String = "clients.csv") throws -> String {
        var text = "name,date,provider\n"
        for index in 1...count { text += "Client \(index),2026-03-14,Dr. Lee\n" }
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Writes `bytes` over the file at the start of line `line` (1 is the header row).
    func overwrite(_ path: String, line: Int, with bytes: [UInt8]) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var offset = 0
        var lines = 1
        while lines < line, offset < data.count {
            if data[offset] == UInt8(ascii: "\n") { lines += 1 }
            offset += 1
        }
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    func testRowsAreReadAsTheyAreAskedFor() throws {
        // 20,000 rows (about 600 KB): far more than one read of the file.
        let path = try writeClients(20_000)
        let stream = try ClientStream.open(path: path)
        XCTAssertEqual(stream.next()?.name, "Client 1")
        // Spoil row 15,000 after the first client was read: a stream that read the whole file
        // at `open` would not see it.
        try overwrite(path, line: 15_001, with: [0xFF])
        var names: [String] = []
        while let client = stream.next() { names.append(client.name) }
        XCTAssertEqual(names.count, 14_998)  // Clients 2 to 14,999
        XCTAssertEqual(names.last, "Client 14999")
        XCTAssertEqual(stream.leftOut, 1)
        XCTAssertEqual(
            stream.problems.map(\.description),
            ["\(path):15001:1: error: the client file is not UTF-8 text; save it with UTF-8 encoding"])
    }

    func testBadRowsAreLeftOutAndTheRestRead() throws {
        let path = directory.appendingPathComponent("c.csv").path
        try "name,date\nAnn,2026-01-01\nBob,2026-02-30\n\nCy,x\nDee,2026-04-01\n\"Eve,2026\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let stream = try ClientStream.open(path: path)
        var names: [String] = []
        while let client = stream.next() { names.append(client.name) }
        XCTAssertEqual(names, ["Ann", "Dee"])
        XCTAssertEqual(stream.leftOut, 3)
        XCTAssertEqual(
            stream.problems.map(\.description),
            [
                "\(path):3:5: error: date 2026-02-30 does not exist; February 2026 has 28 days",
                "\(path):5:4: error: date must be a day written YYYY-MM-DD, such as 2026-03-14, found \"x\"",
                "\(path):7:1: error: the quoted value that starts here has no closing quote",
            ])
    }

    func testAFileWithOnlyBadRowsOpensWithTheirProblems() throws {
        let path = directory.appendingPathComponent("c.csv").path
        try "name,date\nBob,2026-02-30\n".write(toFile: path, atomically: true, encoding: .utf8)
        let stream = try ClientStream.open(path: path)
        XCTAssertNil(stream.next())
        XCTAssertEqual(
            stream.problems.map(\.description),
            ["\(path):2:5: error: date 2026-02-30 does not exist; February 2026 has 28 days"])
        try "name,date\n\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ClientStream.open(path: path)) { error in
            XCTAssertTrue(
                "\(error)".hasSuffix(
                    "the client file names no clients; add a row (or a `- name:` entry) for each client"))
        }
    }

    /// A spreadsheet's "Unicode Text" export is UTF-16: said so, not "the client file is empty".
    func testAUTF16ClientFileIsNamedAsSuch() throws {
        for name in ["c.csv", "c.yaml"] {
            let path = directory.appendingPathComponent(name).path
            let text = name.hasSuffix("csv") ? "name,date\nAna,2026-12-01\n" : "- name: Ana\n"
            try XCTUnwrap(text.data(using: .utf16)).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try ClientStream.open(path: path)) { error in
                XCTAssertEqual(
                    "\(error)",
                    "\(path):1:1: error: the client file is saved as UTF-16 (a spreadsheet's \"Unicode Text\"); save it "
                        + "as \"CSV UTF-8\" instead")
            }
        }
    }

    func testBadByteLaterInTheFileKeepsTheSheetsBeforeItAndFails() throws {
        // With one job, clients are planned 64 at a time: the bad byte is in the second window.
        let path = try writeClients(100)
        try overwrite(path, line: 91, with: [0xC3, 0x28])
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", path, "--out-dir", "out", "--jobs", "1"], in: directory)
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(
            result.stderr.contains("\(path):91:1: error: the client file is not UTF-8 text"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Wrote 89 sheets (89 files)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("1 client left out"), result.stderr)
        let written = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("out").path
        ).filter { $0.hasSuffix(".pdf") }
        XCTAssertEqual(written.count, 89)
        XCTAssertTrue(written.contains("client-89.pdf"))
        XCTAssertFalse(written.contains("client-90.pdf"))
    }
}
