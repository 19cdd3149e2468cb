import Foundation
import Routine
import XCTest

/// Hostile files fail fast, with a clear error, without crashing or exhausting memory.
final class HostileInputTests: XCTestCase {
    /// Loads `text`, asserting it fails within a second, and returns the diagnostics.
    private func failFast(
        _ text: String, fileName: String = "hostile.yaml", file: StaticString = #filePath,
        line: UInt = #line
    )
        -> String
    {
        let start = Date()
        var output = ""
        do {
            _ = try RoutineLoader.load(text: text, fileName: fileName, baseDirectory: nil)
            XCTFail("expected an error", file: file, line: line)
        } catch {
            output = error.description
        }
        // Not a speed test (`make bench` measures speed): a bound far above the ~0.25 s these take
        // in a debug build, so an exponential blow-up or a hang fails instead of stalling the suite,
        // even under AddressSanitizer on a busy machine.
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, 15.0, "took \(elapsed) s", file: file, line: line)
        return output
    }

    func testBillionLaughsFailsFast() {
        var lines = ["title: lol", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append(
                "a\(level): &a\(level) ["
                    + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("steps: *a9")
        let output = failFast(lines.joined(separator: "\n"))
        XCTAssertEqual(
            output,
            "hostile.yaml:3:10: error: the aliases (`*name`) in this file expand to more than 100000 values; write the values out instead"
        )
    }

    func testBillionLaughsAsAKeyFailsFast() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append(
                "a\(level): &a\(level) ["
                    + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("? *a9\n: boom")
        lines.append("? [*a9, *a9]\n: boom")
        let output = failFast(lines.joined(separator: "\n"))
        XCTAssertEqual(
            output,
            """
            hostile.yaml:11:3: error: an alias (`*name`) cannot be used as a key; write the key out
            hostile.yaml:13:4: error: an alias (`*name`) cannot be used as a key; write the key out
            hostile.yaml:13:9: error: an alias (`*name`) cannot be used as a key; write the key out
            """)
    }

    func testHundredThousandNestedBracketsFailFast() {
        let output = failFast(
            "title: deep\nsteps: " + String(repeating: "[", count: 100_000)
                + String(repeating: "]", count: 100_000))
        XCTAssertEqual(
            output,
            "hostile.yaml:2:106: error: lists and mappings are nested more than 100 levels deep here; a routine needs far fewer"
        )
        XCTAssertEqual(
            failFast(String(repeating: "{a: ", count: 100_000)),
            "hostile.yaml:1:393: error: lists and mappings are nested more than 100 levels deep here; a routine needs far fewer"
        )
        XCTAssertEqual(
            failFast(String(repeating: "[", count: 100_000), fileName: "hostile.json"),
            "hostile.json:1:99: error: lists and mappings are nested more than 100 levels deep here; a routine needs far fewer"
        )
    }

    func testDeepBlockNestingFailsFast() {
        let tooDeep = "error: lists and mappings are nested more than 100 levels deep here; a routine needs far fewer"
        XCTAssertEqual(failFast(String(repeating: "- ", count: 100_000) + "x\n"), "hostile.yaml:1:101: " + tooDeep)
        XCTAssertEqual(failFast(String(repeating: "? ", count: 100_000) + "x\n"), "hostile.yaml:1:101: " + tooDeep)
        // A thousand indented keys: 0.5 MB, under the size limit, so the nesting limit is what stops it.
        var indented = ""
        for depth in 0..<1_000 { indented += String(repeating: " ", count: depth) + "k:\n" }
        XCTAssertLessThan(indented.utf8.count, RoutineLimits.maxFileBytes)
        XCTAssertEqual(failFast(indented), "hostile.yaml:51:51: " + tooDeep)
    }

    func testFileOverOneMebibyteIsRejectedBeforeParsing() throws {
        let text = "title: big\n# " + String(repeating: "x", count: RoutineLimits.maxFileBytes) + "\n"
        XCTAssertEqual(
            failFast(text, fileName: "big.yaml"),
            "big.yaml:1:1: error: the file is \(text.utf8.count) bytes; a routine file can be at most 1048576 bytes (1 MiB)"
        )
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "repsheet-big-\(UUID()).yaml"
        ).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try RoutineLoader.load(path: path)) { error in
            XCTAssertEqual((error as? RoutineError)?.exitCode, 65)
        }
    }

    func testTextBeyondItsLimitIsAnError() {
        let name = String(repeating: "a", count: RoutineLimits.maxShortText + 1)
        let notes = String(repeating: "b", count: RoutineLimits.maxLongText + 1)
        XCTAssertEqual(
            failFast("title: T\nsteps:\n  - name: \(name)\n    notes: \(notes)\n"),
            """
            hostile.yaml:3:11: error: name is 201 characters long; the most is 200
            hostile.yaml:4:12: error: notes is 5001 characters long; the most is 5000
            """)
    }

    func testThousandsOfProblemsAreCappedAndFast() {
        let steps = (0..<5_000).map { "  - {name: s\($0), reps: lots}" }.joined(separator: "\n")
        let output = failFast("title: T\nsteps:\n" + steps + "\n")
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, RoutineLimits.maxDiagnostics + 1)
        XCTAssertEqual(
            lines.last.map(String.init),
            "hostile.yaml:102:23: error: 4900 more problems not shown; fix the ones above first")
    }

    func testBinaryGarbageIsRejected() {
        var bytes: [UInt8] = Array("title: T\n".utf8)
        var seed: UInt32 = 12_345
        for _ in 0..<10_000 {
            seed = seed &* 1_103_515_245 &+ 12_345
            bytes.append(UInt8(truncatingIfNeeded: seed >> 16))
        }
        XCTAssertThrowsError(
            try RoutineLoader.load(data: Data(bytes), fileName: "garbage.yaml", baseDirectory: nil))
    }
}
