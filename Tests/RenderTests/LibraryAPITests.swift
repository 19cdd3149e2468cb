import Foundation
import RepSheet
import XCTest

/// RepSheet as a Swift library, through its public API only (no `@testable`).
final class LibraryAPITests: XCTestCase {
    let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testLoadValidateApplyAndRender() throws {
        let maker = try SheetMaker()
        XCTAssertEqual(maker.diagnostics(forRoutineAt: example), [])
        let bad = directory.appendingPathComponent("bad.yaml")
        try "title: X\nsteps:\n  - name: A\n    reps: three\n".write(to: bad, atomically: true, encoding: .utf8)
        let problems = maker.diagnostics(forRoutineAt: bad.path)
        XCTAssertEqual(problems.map(\.location?.line), [4])
        XCTAssertTrue(problems[0].message.contains("reps must be a whole number"), problems[0].message)

        let routine = try maker.loadRoutine(path: example)
        let client = Client(
            name: "Jane Doe", date: CalendarDate("2027-01-15"), defaults: DoseChange(reps: 2),
            steps: [
                StepChange(
                    step: StepReference(name: "knee to chest"), dose: DoseChange(hold: .some(TimeSpan(seconds: 20))))
            ],
            skip: [StepReference(name: "Cat/cow (cat/dog)")])
        let copy = try maker.routine(routine, for: client)
        XCTAssertEqual(copy.client, "Jane Doe")
        XCTAssertEqual(copy.date?.description, "2027-01-15")
        let doses = Dictionary(uniqueKeysWithValues: copy.allSteps.map { ($0.name, $0.dose) })
        XCTAssertNil(doses["Cat/cow (cat/dog)"])
        XCTAssertEqual(doses["Pelvic tilts"]?.reps, 10, "a step's own reps win over the client's defaults")
        XCTAssertEqual(doses["Trunk rotation"]?.reps, 2)
        XCTAssertEqual(doses["Knee to chest"]?.hold, TimeSpan(seconds: 20))
        XCTAssertEqual(doses["Knee to chest"]?.reps, 2)

        let pdf = try maker.render(copy, options: SheetOptions(format: .pdf))
        XCTAssertEqual(pdf.count, 1)
        XCTAssertTrue(pdf[0].starts(with: Data("%PDF".utf8)))
        let png = try maker.render(copy, options: SheetOptions(format: .png, dpi: 36))
        XCTAssertTrue(png.allSatisfy { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) })
        let svg = try maker.render(copy, options: SheetOptions(format: .svg))
        XCTAssertTrue(String(decoding: svg[0], as: UTF8.self).contains("<svg"))
        let written = try maker.write(copy, to: directory.appendingPathComponent("jane.pdf").path)
        XCTAssertEqual(written.map { ($0 as NSString).lastPathComponent }, ["jane.pdf"])
        XCTAssertTrue(Tool.normalized(try Tool.run("pdftotext", [written[0], "-"]).stdout).contains("Jane Doe"))
    }

    /// An app builds a routine in code, step by step, and renders it: no file needed.
    func testARoutineBuiltInCodeRenders() throws {
        let steps = [
            Step(
                name: "Heel slides", instructions: .paragraph("Lie on your back and slide one heel toward you."),
                dose: Dose(reps: 10, sides: .each)),
            Step(
                name: "Quad sets", dose: Dose(hold: TimeSpan(seconds: 5), reps: 10), notes: "Keep your knee straight."),
        ]
        let routine = Routine(
            title: "Knee, week one", client: "Sam Roe", sections: [Section(title: "In bed", steps: steps)],
            notes: ["Stop if it hurts."])
        let maker = try SheetMaker()
        let pdf = try XCTUnwrap(try maker.render(routine, options: SheetOptions(format: .pdf)).first)
        let file = directory.appendingPathComponent("built.pdf")
        try pdf.write(to: file)
        let text = try Tool.run("pdftotext", [file.path, "-"]).stdout
        for words in ["Knee, week one", "Sam Roe", "Heel slides", "Quad sets", "Keep your knee straight."] {
            XCTAssertTrue(text.contains(words), words)
        }
    }

    func testUnknownStepIsAnErrorAtItsLine() throws {
        let routine = try SheetMaker().loadRoutine(path: example)
        let yaml = "- name: Ann\n  steps:\n    Knee to chestt: {reps: 2}\n"
        let file = try ClientFile.parse(data: Data(yaml.utf8), fileName: "c.yaml", format: .yaml)
        XCTAssertEqual(file.problems, [])
        XCTAssertThrowsError(try file.clients[0].applied(to: routine)) { error in
            guard let error = error as? ClientError else { return XCTFail("\(error)") }
            XCTAssertEqual(
                error.description,
                "c.yaml:3:5: error: the routine \"Back Stretches\" has no step named \"Knee to chestt\" (did you mean \"Knee to chest\"?)"
            )
        }
    }

    func testCSVQuotingFollowsRFC4180() throws {
        let csv =
            "\u{FEFF}Name,notes,date\r\n\"Doe, Jane\",\"She said \"\"hi\"\"\r\nand left\",2026-12-01\r\n\r\nBo,,\r\n\"Cy\"x,,\r\nDi,a,2026-13-01\r\n"
        let file = try ClientFile.parse(data: Data(csv.utf8), fileName: "c.csv", format: .csv)
        XCTAssertEqual(file.clients.map(\.name), ["Doe, Jane", "Bo"])
        XCTAssertEqual(file.clients[0].notes, ["She said \"hi\"\nand left"])
        XCTAssertEqual(file.clients[0].date?.description, "2026-12-01")
        XCTAssertEqual(file.clients[0].location?.line, 2)
        XCTAssertNil(file.clients[1].notes)
        XCTAssertEqual(
            file.problems.map(\.description),
            [
                "c.csv:6:5: error: a double quote inside a value must be doubled (\"\") and the value put in quotes",
                "c.csv:7:6: error: date 2026-13-01 does not exist; months are numbered 01 to 12",
            ])
        XCTAssertThrowsError(
            try ClientFile.parse(data: Data("date,notes\n2026-01-01,x\n".utf8), fileName: "c.csv", format: .csv))
    }

    func testFileSlugs() {
        XCTAssertEqual(FileSlug.make("Jane Doe"), "jane-doe")
        XCTAssertEqual(FileSlug.make("José Núñez-García"), "jose-nunez-garcia")
        XCTAssertEqual(FileSlug.make("Ольга Петрова"), "olga-petrova")
        XCTAssertEqual(FileSlug.make("王小明"), "wang-xiao-ming")
        XCTAssertEqual(FileSlug.make("Marcus O'Neill"), "marcus-oneill")
        XCTAssertEqual(FileSlug.make("Søren Ærø"), "soren-aero")
        XCTAssertEqual(FileSlug.make("../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(FileSlug.make(".hidden\u{0}name\n"), "hidden-name")
        XCTAssertEqual(FileSlug.make("🙂"), "client")
        XCTAssertEqual(
            FileSlug.unique(["Jane Doe", "jane doe", "Jane Doe 2", "JANE DOE"]),
            ["jane-doe", "jane-doe-2", "jane-doe-2-2", "jane-doe-3"])
        XCTAssertLessThanOrEqual(FileSlug.make(String(repeating: "ab ", count: 100)).count, FileSlug.maxLength)
    }

    func testBatchWritesFilesAndMergesWithPageNumbersPerClient() async throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: example)
        let clients = (1...6).map {
            Client(name: "Person \($0)", skip: $0 == 3 ? [StepReference(name: "Nope", location: nil)] : [])
        }
        let out = directory.appendingPathComponent("out").path
        let report = try await ClientBatch(routine: routine, clients: clients, output: .files(directory: out), jobs: 2)
            .run()
        XCTAssertEqual(report.sheets, 5)
        XCTAssertEqual(report.problems.count, 1)
        XCTAssertEqual(report.exitCode, 65)
        XCTAssertEqual(
            report.written.map { ($0 as NSString).lastPathComponent },
            (1...6).filter { $0 != 3 }.map { "person-\($0).pdf" })
        let merged = directory.appendingPathComponent("all.pdf").path
        let mergedReport = try await ClientBatch(
            routine: routine, clients: clients, output: .merged(path: merged, duplex: false)
        ).run()
        XCTAssertEqual(mergedReport.written, [merged])
        let pages = try report.written.map { Int(try Tool.pdfInfo(URL(fileURLWithPath: $0))["Pages"] ?? "") ?? 0 }
            .reduce(0, +)
        XCTAssertEqual(try Tool.pdfInfo(URL(fileURLWithPath: merged))["Pages"], String(pages))
    }
}
