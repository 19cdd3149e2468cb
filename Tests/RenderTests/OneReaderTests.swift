import Foundation
import RepSheet
import XCTest

/// Routines, layouts, client lists and catalogue files are read by one hardened composer: the
/// same hostile input is refused from each, with the same words and its place in the file.
/// The hostile files are made here.
final class OneReaderTests: XCTestCase {
    /// The problems of `text` read as each kind of file, by kind.
    func problems(_ text: String) throws -> [String: String] {
        var found: [String: String] = [:]
        do {
            _ = try RoutineLoader.load(text: text, fileName: "r.yaml", baseDirectory: nil)
        } catch {
            found["routine"] = error.description
        }
        let layouts = Tool.packageRoot.appendingPathComponent("Layouts").path
        do {
            _ = try LayoutLibrary(directory: layouts).load(text: text, file: "l.yaml")
        } catch {
            found["layout"] = error.description
        }
        do {
            _ = try ClientFile.parse(data: Data(text.utf8), fileName: "c.yaml", format: .yaml)
        } catch {
            found["clients"] = error.description
        }
        do {
            _ = try SourceNode.parse(yaml: text, fileName: "e.yaml")
        } catch {
            found["catalogue"] = error.description
        }
        return found
    }

    /// Ten values, each level ten aliases of the one before: 10^`levels` values once expanded.
    func aliasBomb(levels: Int) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testAnAliasBombIsRefusedFromEveryKindOfFile() throws {
        let found = try problems(aliasBomb(levels: 8))
        let words = "error: the aliases (`*name`) in this file expand to more than"
        XCTAssertEqual(found["routine"], "r.yaml:2:10: \(words) 100000 values; write the values out instead")
        XCTAssertEqual(found["layout"], "l.yaml:2:10: \(words) 100000 values; write the values out instead")
        XCTAssertEqual(found["catalogue"], "e.yaml:2:10: \(words) 100000 values; write the values out instead")
        // A client list may name 100,000 clients, so it may expand further, but not this far.
        XCTAssertEqual(found["clients"], "c.yaml:2:10: \(words) 2000000 values; write the values out instead")
    }

    func testNestingTooDeepIsRefusedFromEveryKindOfFile() throws {
        let found = try problems("a: " + String(repeating: "[", count: 150) + "\n")
        for (kind, name, noun) in [
            ("routine", "r", "a routine"), ("layout", "l", "a layout file"), ("clients", "c", "a client file"),
            ("catalogue", "e", "a catalogue file"),
        ] {
            XCTAssertEqual(
                found[kind],
                "\(name).yaml:1:102: error: lists and mappings are nested more than 100 levels deep here; \(noun) needs far fewer"
            )
        }
    }

    func testEveryRepeatedKeyIsReportedFromEveryKindOfFile() throws {
        let found = try problems("- name: Ann\n  name: Bo\n  date: 2026-01-01\n  date: 2026-01-02\n")
        let both = """
            FILE:2:3: error: `name` is given twice in the same mapping; the first is on line 1; keep one
            FILE:4:3: error: `date` is given twice in the same mapping; the first is on line 3; keep one
            """
        XCTAssertEqual(found["layout"], both.replacingOccurrences(of: "FILE", with: "l.yaml"))
        XCTAssertEqual(found["clients"], both.replacingOccurrences(of: "FILE", with: "c.yaml"))
        XCTAssertEqual(found["catalogue"], both.replacingOccurrences(of: "FILE", with: "e.yaml"))
        // A routine reports a repeat where its mapping is read, so it needs a routine's shape.
        let routine = try problems("title: A\ntitle: B\nsteps: [{name: X}]\n")["routine"] ?? ""
        XCTAssertTrue(routine.hasPrefix("r.yaml:2:1: error: `title` is given twice"), routine)
    }

    func testAYAMLSyntaxErrorHasTheSameWordsInEveryKindOfFile() throws {
        let found = try problems("title: [a\n")
        for (kind, name) in [("routine", "r"), ("layout", "l"), ("clients", "c"), ("catalogue", "e")] {
            XCTAssertEqual(
                found[kind],
                "\(name).yaml:2:1: error: expected `,` or `]` in the list (in the part that starts on line 1)", kind)
        }
    }
}
