import Foundation
import XCTest

@testable import RepSheetServe

/// The stored ZIP the clients download comes in.
final class ZipArchiveTests: XCTestCase {
    func testCRC32OfAKnownString() {
        XCTAssertEqual(ZipArchive.crc32(Data("123456789".utf8)), 0xCBF4_3926)
    }

    func testPythonReadsTheArchiveBack() throws {
        var archive = ZipArchive()
        archive.add(name: "jane-doe.pdf", data: Data("%PDF-1.7 jane".utf8))
        archive.add(name: "sam-lee.pdf", data: Data(repeating: 7, count: 70_000))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).zip")
        try archive.data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let check = try runTool(
            "/usr/bin/python3",
            [
                "-c",
                "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
                    + "print([(i.filename, i.file_size) for i in z.infolist()]); print(z.read('jane-doe.pdf').decode())",
                url.path,
            ],
            in: FileManager.default.temporaryDirectory)
        XCTAssertEqual(check.output, "[('jane-doe.pdf', 13), ('sam-lee.pdf', 70000)]\n%PDF-1.7 jane\n", check.error)
        var again = ZipArchive()
        again.add(name: "jane-doe.pdf", data: Data("%PDF-1.7 jane".utf8))
        again.add(name: "sam-lee.pdf", data: Data(repeating: 7, count: 70_000))
        XCTAssertEqual(again.data, archive.data, "the same files give the same bytes")
    }

    func testDiagnosticLinesSplitIntoTheirParts() {
        let item = DiagnosticItem.item("back.yaml:4:5: error: unknown key `hodl` (did you mean `hold`?)")
        XCTAssertEqual(item.file, "back.yaml")
        XCTAssertEqual(item.line, 4)
        XCTAssertEqual(item.column, 5)
        XCTAssertEqual(item.severity, "error")
        XCTAssertEqual(item.message, "unknown key `hodl` (did you mean `hold`?)")
        let whole = DiagnosticItem.item("layout \"x\": error: font-family is not one of RepSheet's fonts")
        XCTAssertNil(whole.line)
        XCTAssertEqual(whole.severity, "error")
    }
}
