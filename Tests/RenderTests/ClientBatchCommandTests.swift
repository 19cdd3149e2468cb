import Foundation
import XCTest

/// `repsheet render ROUTINE --clients FILE`: many personal copies, as a user runs it.
final class ClientBatchCommandTests: XCTestCase {
    var directory: URL!
    let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A CSV of `count` clients named "Client 001 Surname", …; returns the names.
    @discardableResult
    func writeClients(_ count: Int, to name: String = "clients.csv", extraRows: [Int: String] = [:]) throws -> [String]
    {
        var names: [String] = []
        var lines = ["name,date,provider,notes"]
        for index in 1...count {
            if let extra = extraRows[index] { lines.append(extra) }
            let name = "Client \(String(format: "%03d", index)) Quinn"
            names.append(name)
            lines.append(
                "\(name),2026-12-\(String(format: "%02d", index % 28 + 1)),\"Clinic \(index), Room 2\",Note for \(index)"
            )
        }
        try (lines.joined(separator: "\r\n") + "\r\n").write(
            to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return names
    }

    func pdfs(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".pdf") && !$0.hasPrefix(".") }.sorted()
    }

    func testHundredClientsGiveHundredPDFsEachWithItsName() throws {
        let names = try writeClients(100)
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "clients.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Wrote 100 sheets"), result.stderr)
        XCTAssertFalse(result.stderr.contains("\r"), "no progress bar when stderr is not a terminal")
        XCTAssertEqual(try pdfs(in: "out").count, 100)
        for (index, name) in names.enumerated() {
            let file = directory.appendingPathComponent("out/client-\(String(format: "%03d", index + 1))-quinn.pdf")
            let text = try Tool.run("pdftotext", [file.path, "-"])
            XCTAssertEqual(text.status, 0, "\(file.lastPathComponent) is not a valid PDF")
            XCTAssertTrue(Tool.normalized(text.stdout).contains(name), "\(file.lastPathComponent) lacks \(name)")
        }
    }

    func testMergedPDFHasEveryClientsPagesAndDuplexPadsToOddPages() throws {
        var yaml = ""
        for index in 1...7 {
            yaml += "- name: Client \(index)\n"
            // Every other client has a one-page sheet, so duplex printing needs blank pages.
            if index % 2 == 0 {
                yaml +=
                    "  skip: [Pelvic tilts, Knee to chest, Trunk rotation, Quadratus lumborum (QL) stretch, Cat/cow (cat/dog)]\n"
            }
        }
        try yaml.write(to: directory.appendingPathComponent("clients.yaml"), atomically: true, encoding: .utf8)
        let single = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "clients.yaml", "--out-dir", "out"], in: directory)
        XCTAssertEqual(single.status, 0, single.stderr)
        let counts = try pdfs(in: "out").map {
            Int(try Tool.pdfInfo(directory.appendingPathComponent("out/\($0)"))["Pages"] ?? "") ?? 0
        }
        XCTAssertTrue(counts.contains { $0 % 2 == 1 }, "\(counts)")
        let merged = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "clients.yaml", "--merge", "all.pdf"], in: directory)
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(
            try Tool.pdfInfo(directory.appendingPathComponent("all.pdf"))["Pages"], String(counts.reduce(0, +)))
        let duplex = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "clients.yaml", "--merge", "duplex.pdf", "--duplex"],
            in: directory)
        XCTAssertEqual(duplex.status, 0, duplex.stderr)
        let padded = counts.dropLast().reduce(0) { $0 + $1 + $1 % 2 } + (counts.last ?? 0)
        XCTAssertEqual(try Tool.pdfInfo(directory.appendingPathComponent("duplex.pdf"))["Pages"], String(padded))
        // Each client's pages are numbered on their own.
        let text = try Tool.run("pdftotext", [directory.appendingPathComponent("all.pdf").path, "-"]).stdout
        XCTAssertEqual(text.components(separatedBy: "Page 1 of").count - 1, 7)
    }

    func testBrokenRowIsReportedAndTheOthersAreWritten() throws {
        try writeClients(10, extraRows: [4: "Broken Row,2026-02-30,X,Y", 8: "Extra Values,2026-01-01,a,b,c"])
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "clients.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("clients.csv:5:12: error: date 2026-02-30 does not exist"), result.stderr)
        XCTAssertTrue(result.stderr.contains("clients.csv:10:1: error: this row has 5 values"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Wrote 10 sheets (10 files)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 clients left out"), result.stderr)
        let written = try pdfs(in: "out")
        XCTAssertEqual(written.count, 10)
        XCTAssertFalse(written.contains("broken-row.pdf"))
    }

    func testExampleClientFilesRenderFiveClientsEach() throws {
        for file in ["clients.csv", "clients.yaml"] {
            let path = Tool.packageRoot.appendingPathComponent("examples/\(file)").path
            let result = try Tool.run(
                Tool.repsheet, ["render", "back-stretches", "--clients", path, "--out-dir", file], in: directory)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try pdfs(in: file).count, 5, file)
        }
        let list = try Tool.run(Tool.repsheet, ["examples"])
        let routines = list.stdout.components(separatedBy: "\n\n").first ?? ""
        XCTAssertFalse(routines.contains("clients"), "a client list is not an example routine: \(list.stdout)")
    }

    func testUnknownColumnStopsTheBatchNamingIt() throws {
        try "name,age,town\nAnn,3,X\n".write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "c.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            "c.csv:1:6: error: unknown columns `age` and `town`; a client file has the columns `name`, `date`, `provider` and `notes`\n"
        )
    }

    func testYAMLClientsWithAnUnknownStepReportItsLine() throws {
        let yaml = """
            - name: Ann Lee
              steps:
                Knee to chest: { reps: 5 }
            - name: Bo Kim
              skip: [Cat cow]
            """
        try yaml.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "c.yaml", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(
            result.stderr.contains("c.yaml:5:10: error: the routine \"Back Stretches\" has no step named \"Cat cow\""),
            result.stderr)
        XCTAssertEqual(try pdfs(in: "out"), ["ann-lee.pdf"])
    }

    func testTwoRunsGiveIdenticalBytes() throws {
        try writeClients(12)
        for run in ["a", "b"] {
            let files = try Tool.run(
                Tool.repsheet, ["render", example, "--clients", "clients.csv", "--out-dir", run], in: directory)
            XCTAssertEqual(files.status, 0, files.stderr)
            let merged = try Tool.run(
                Tool.repsheet, ["render", example, "--clients", "clients.csv", "--merge", "\(run).pdf"], in: directory)
            XCTAssertEqual(merged.status, 0, merged.stderr)
        }
        XCTAssertEqual(try pdfs(in: "a"), try pdfs(in: "b"))
        for name in try pdfs(in: "a") {
            let a = try Data(contentsOf: directory.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: directory.appendingPathComponent("b/\(name)"))
            // When they differ, the fonts each embeds say whether a font was split in two.
            let fonts =
                a == b
                ? ""
                : try ["a", "b"].map { try Tool.run("pdffonts", ["\($0)/\(name)"], in: directory).stdout }
                    .joined(separator: "\n")
            XCTAssertEqual(a, b, "\(name)\n\(fonts)")
        }
        XCTAssertEqual(
            try Data(contentsOf: directory.appendingPathComponent("a.pdf")),
            try Data(contentsOf: directory.appendingPathComponent("b.pdf"))
        )
    }

    func testKillInTheMiddleLeavesOnlyCompleteFiles() throws {
        try writeClients(150)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.repsheet)
        process.arguments = ["render", example, "--clients", "clients.csv", "--out-dir", "out"]
        process.currentDirectoryURL = directory
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = directory.appendingPathComponent("out").path
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if names.filter({ $0.hasSuffix(".pdf") }).count >= 8 { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let written = try pdfs(in: "out")
        XCTAssertGreaterThanOrEqual(written.count, 8)
        XCTAssertLessThan(written.count, 150, "the batch should have been stopped in the middle")
        for name in written {
            let check = try Tool.run("qpdf", ["--check", directory.appendingPathComponent("out/\(name)").path])
            XCTAssertEqual(check.status, 0, "\(name): \(check.stdout) \(check.stderr)")
        }
        // Running again finishes the job and clears what the killed run left behind.
        let again = try Tool.run(
            Tool.repsheet, ["render", example, "--clients", "clients.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }, [])
        XCTAssertEqual(try pdfs(in: "out").count, 150)
    }

    /// A client's defaults change only what the routine's steps inherit, also for a routine read
    /// from standard input (the decoder records which dose keys each step wrote).
    func testClientDefaultsKeepAStepsOwnDoseForARoutineOnStandardInput() throws {
        let routine = """
            title: Two steps
            defaults: { hold: 30s, reps: 3 }
            steps:
              - name: Own reps
                reps: 8
              - name: Inherited reps
            """
        try "- name: Pat Doe\n  defaults: { reps: 2 }\n".write(
            to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", "-", "--clients", "c.yaml", "--out-dir", "out"], in: directory,
            stdin: Data(routine.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = directory.appendingPathComponent("out/pat-doe.pdf").path
        let text = Tool.normalized(try Tool.run("pdftotext", [pdf, "-"]).stdout)
        XCTAssertTrue(text.contains("8 reps"), text)
        XCTAssertTrue(text.contains("2 reps"), text)
        XCTAssertFalse(text.contains("3 reps"), text)
    }

    /// A merged PDF holds every sheet in memory until it is written: a list too long for it is
    /// refused before any sheet is drawn, and no PDF is left.
    func testAMergedPDFTakesAtMostAThousandClients() throws {
        let rows = (1...3_000).map { "Client \($0),2026-12-01" }
        try (["name,date"] + rows).joined(separator: "\n").write(
            to: directory.appendingPathComponent("many.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "many.csv", "--merge", "all.pdf"], in: directory)
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "error: --merge puts at most 1000 clients in one PDF, and this list has more; write a file per client "
                    + "with --out-dir, or split the list"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("all.pdf").path))
    }
}
