import Foundation
import RepSheet
import XCTest

/// A step's inline pose (`figure: {…}`) is read and checked even when the routine names nothing
/// from the catalogue: a bad angle or key is an error at its line, not an empty picture frame.
final class InlineFigureCheckTests: XCTestCase {
    func testBadInlinePosesAreErrorsWithoutAnyCatalogueExercise() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("poses.yaml")
        try """
        title: Poses
        steps:
          - name: A
            figure:
              trunk: 9999
          - name: B
            figure:
              trunk: -90
              hodl: 3

        """.write(to: file, atomically: true, encoding: .utf8)
        let maker = try SheetMaker()
        XCTAssertThrowsError(try maker.loadRoutine(path: file.path)) { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            XCTAssertTrue(
                lines.contains { $0.hasPrefix("\(file.path):5:14: error: ") && $0.contains("trunk") }, "\(lines)")
            XCTAssertTrue(
                lines.contains { $0.hasPrefix("\(file.path):9:7: error: ") && $0.contains("hodl") }, "\(lines)")
        }
        // The same routine with good poses loads.
        try """
        title: Poses
        steps:
          - name: A
            figure:
              trunk: -90
              rests-on: back

        """.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try maker.loadRoutine(path: file.path))
    }
}
