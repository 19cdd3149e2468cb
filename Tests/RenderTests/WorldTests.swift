import Foundation
import RepSheet
import XCTest

/// The outside world through one door: pictures come from the `World` a maker is given, each
/// read once, and Render draws those bytes.
final class WorldTests: XCTestCase {
    /// A world in memory that counts the reads of each path.
    final class CountingWorld: World, @unchecked Sendable {
        // @unchecked: every access to `reads` holds `lock`.
        let memory: MemoryWorld
        private let lock = NSLock()
        private var reads: [String: Int] = [:]

        init(_ memory: MemoryWorld) { self.memory = memory }

        func read(_ path: String, limit: Int) throws(SafeFile.Failure) -> Data {
            lock.withLock { reads[path, default: 0] += 1 }
            return try memory.read(path, limit: limit)
        }

        func contents(ofFolder path: String) -> [String]? { memory.contents(ofFolder: path) }
        var environment: [String: String] { memory.environment }
        var cacheFolder: String? { nil }
        func count(_ path: String) -> Int { lock.withLock { reads[path, default: 0] } }
    }

    static let red = Data(
        #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="red"/></svg>"#
            .utf8)

    func routine(images: [String]) -> Routine {
        let steps = images.enumerated().map { index, image in
            Step(
                name: "Step \(index + 1)", dose: Dose(reps: 10), image: image,
                location: SourceLocation(file: "mem.yaml", line: 3 + index, column: 5),
                imageLocation: SourceLocation(file: "mem.yaml", line: 3 + index, column: 12))
        }
        return Routine(title: "Memory", sections: [Section(title: nil, steps: steps)])
    }

    func testAPictureFromMemoryIsReadOnceAndDrawn() throws {
        let world = CountingWorld(MemoryWorld(files: ["/memory/red.svg": Self.red]))
        let maker = try SheetMaker(world: world)
        var options = SheetOptions(format: .svg, layout: "cards")
        options.includeSource = false
        // Two steps share the picture.
        let made = try maker.make(routine(images: ["/memory/red.svg", "/memory/red.svg"]), options: options)
        XCTAssertEqual(world.count("/memory/red.svg"), 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/memory/red.svg"))
        // The picture's red rectangle is drawn on the page, once a step.
        let page = String(decoding: made.files[0], as: UTF8.self)
        XCTAssertEqual(page.components(separatedBy: "fill:rgb(100%,0%,0%)").count - 1, 2, page.prefix(400).description)
    }

    func testAMissingPictureIsReportedAtItsImageLine() throws {
        let maker = try SheetMaker(world: MemoryWorld())
        XCTAssertThrowsError(try maker.make(routine(images: ["/memory/none.svg", "/memory/other.png"]))) { error in
            guard let error = error as? RepSheetError else { return XCTFail("\(error)") }
            XCTAssertEqual(
                error.diagnostics.map(\.description),
                [
                    "mem.yaml:3:12: error: the picture /memory/none.svg does not exist",
                    "mem.yaml:4:12: error: the picture /memory/other.png does not exist",
                ])
            XCTAssertEqual(error.exitCode, 65)
        }
    }

    func testAPlacedPictureCarriesItsImageLineToDrawing() throws {
        let maker = try SheetMaker(world: MemoryWorld())
        let sheet = try maker.layout(routine(images: ["/memory/gone.svg"]), options: SheetOptions(layout: "cards"))
        let placed = sheet.pages.flatMap(\.items).compactMap { if case .image(let image) = $0 { image } else { nil } }
        XCTAssertEqual(placed.map(\.source), [SourceLocation(file: "mem.yaml", line: 3, column: 12)])
        XCTAssertThrowsError(try maker.render(sheet)) { error in
            XCTAssertEqual(
                (error as? RepSheetError)?.description,
                "mem.yaml:3:12: error: the picture /memory/gone.svg does not exist")
        }
    }

    func testABatchReadsTheRoutinesPicturesOnceForEveryClient() async throws {
        let world = CountingWorld(MemoryWorld(files: ["/memory/red.svg": Self.red]))
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var batch = ClientBatch(
            routine: routine(images: ["/memory/red.svg"]),
            clients: ["Ann", "Bob", "Cy"].map { Client(name: $0) }, options: SheetOptions(format: .svg),
            output: .files(directory: folder.path), jobs: 2)
        batch.world = world
        let report = try await batch.run()
        XCTAssertEqual(report.sheets, 3, "\(report.failures)")
        XCTAssertEqual(world.count("/memory/red.svg"), 1)
    }
}
