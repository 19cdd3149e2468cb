import Foundation
import XCTest

/// Each message says what is really wrong (issue 18, item 9), and output and temporary files are
/// RepSheet's own (item 8).
final class ContainmentWordsTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func write(_ text: String, _ name: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func repsheet(_ arguments: [String]) throws -> Tool.Result {
        try Tool.run("timeout", ["60", Tool.repsheet] + arguments, in: directory)
    }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    let plain = "title: T\nsteps:\n  - name: A\n"

    func testPNGPageTooLargeSaysItsPixelsAndTheLimit() throws {
        try write(plain, "r.yaml")
        let result = try repsheet([
            "render", "r.yaml", "--dpi", "1200", "--page-size", "5000mm x 5000mm", "-o", "x.png",
        ])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "a PNG page would be 236220 × 236220 pixels at 1200 dpi, more than the 200 megapixels"),
            result.stderr)
        XCTAssertFalse(result.stderr.contains("--dpi must be"), result.stderr)
    }

    func testLayoutFilesSayWhyTheyCannotBeRead() throws {
        try write(plain, "r.yaml")
        try Data([0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE, 0x00]).write(to: directory.appendingPathComponent("bin.yaml"))
        try write("name: big\n" + String(repeating: "# padding\n", count: 30_000), "big.yaml")
        let binary = try repsheet(["render", "r.yaml", "--layout", "bin.yaml"])
        XCTAssertEqual(binary.status, 65, binary.stderr)
        XCTAssertTrue(binary.stderr.contains("bin.yaml:1:1: error: the layout file is not UTF-8 text"), binary.stderr)
        let big = try repsheet(["render", "r.yaml", "--layout", "big.yaml"])
        XCTAssertEqual(big.status, 65, big.stderr)
        XCTAssertTrue(
            big.stderr.contains("the layout file is 292 KiB; layout files of at most 256 KiB are read"), big.stderr)
        try write("extends: classic\nfont-family: Comic Sans\n", "font.yaml")
        let font = try repsheet(["render", "r.yaml", "--layout", "font.yaml"])
        XCTAssertEqual(font.status, 65, font.stderr)
        XCTAssertTrue(
            font.stderr.contains(
                "font.yaml:2:14: error: font-family \"Comic Sans\" is not one of RepSheet's fonts (Atkinson Hyperlegible"
            ), font.stderr)
        XCTAssertEqual(try repsheet(["validate", "r.yaml"]).status, 0)
    }

    func testOutputNamesEmptyConflictingAndLong() throws {
        try write(plain, "r.yaml")
        let empty = try repsheet(["render", "r.yaml", "-o", ""])
        XCTAssertEqual(empty.status, 64, empty.stderr)
        XCTAssertTrue(empty.stderr.contains("-o needs a file name"), empty.stderr)
        let conflict = try repsheet(["render", "r.yaml", "-o", "x.png", "--format", "pdf"])
        XCTAssertEqual(conflict.status, 64, conflict.stderr)
        XCTAssertTrue(conflict.stderr.contains("names a .png file but --format is pdf"), conflict.stderr)
        XCTAssertEqual(try files(), ["r.yaml"])
        // The longest name a file system takes: the temporary name is short and RepSheet's own.
        let long = String(repeating: "a", count: 251) + ".pdf"
        let result = try repsheet(["render", "r.yaml", "-o", long])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try files(), [long, "r.yaml"])
    }

    func testNonASCIIVideoAddressGetsAPercentEncodedQRCode() throws {
        try write("title: T\nsteps:\n  - name: A\n    video: https://example.com/vidéo/étirement\n", "v.yaml")
        let result = try repsheet(["render", "v.yaml", "-o", "v.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let decoded = try Tool.run("zbarimg", ["-q", "--raw", directory.appendingPathComponent("v-1.png").path])
        XCTAssertEqual(
            decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
            "https://example.com/vid%C3%A9o/%C3%A9tirement")
    }

    func testHoldsOfAFractionOfASecondAreRefusedAlike() throws {
        for hold in ["0.5 s", "0.0000001 s"] {
            try write("title: T\nsteps:\n  - name: A\n    hold: \(hold)\n", "h.yaml")
            let result = try repsheet(["validate", "h.yaml"])
            XCTAssertEqual(result.status, 65, "\(hold): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("h.yaml:4:11: error: hold"), result.stderr)
        }
    }

    func testDamagedSixteenBitPNGIsCalledDamaged() throws {
        // A valid header (4 × 4, 16 bits per channel) and a damaged image stream.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += Self.chunk("IHDR", [0, 0, 0, 4, 0, 0, 0, 4, 16, 2, 0, 0, 0])
        png += Self.chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0x00, 0x12, 0x34])
        png += Self.chunk("IEND", [])
        try Data(png).write(to: directory.appendingPathComponent("d.png"))
        try write("title: T\nsteps:\n  - name: A\n    image: d.png\n", "r.yaml")
        let result = try repsheet(["render", "r.yaml"])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("d.png"), result.stderr)
        XCTAssertTrue(result.stderr.contains("damaged"), result.stderr)
        XCTAssertFalse(result.stderr.contains("memory"), result.stderr)
    }

    /// A PNG chunk with its length and CRC.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in body {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        crc ^= 0xFFFF_FFFF
        func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc)
    }
}

extension ContainmentWordsTests {
    func testClientProblemsAreCappedAndCounted() throws {
        try write(plain, "r.yaml")
        let rows = ["name,date"] + (1...150).map { "C\($0),not-a-date" } + ["Good,2026-12-01"]
        try write(rows.joined(separator: "\n") + "\n", "c.csv")
        let result = try repsheet(["render", "r.yaml", "--clients", "c.csv", "--out-dir", "out"])
        XCTAssertEqual(result.status, 65, result.stderr)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains(": error: ") }.count, 100, result.stderr)
        XCTAssertTrue(result.stderr.contains("… and 50 more problems in c.csv"), result.stderr)
        XCTAssertTrue(result.stderr.contains("150 clients left out"), result.stderr)
    }
}
