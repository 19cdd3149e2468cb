import Foundation
import Routine
import XCTest

/// Mangled routine files never crash or hang the loader: a fixed-seed run of random edits.
final class FuzzTests: XCTestCase {
    /// A small deterministic random number generator (xorshift), so failures can be replayed.
    private struct Xorshift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    func testRandomEditsOfGoodFilesNeverCrashOrHang() {
        let seeds = FixturePaths.routines(in: FixturePaths.good).compactMap {
            try? Array(Data(contentsOf: $0))
        }
        XCTAssertFalse(seeds.isEmpty)
        let pieces = [
            "[", "]", "{", "}", ": ", "- ", "\n", "  ", "\t", "&a ", "*a", "? ", "\"", "'", "|", "#",
            "---\n", ",", "\\u", "<<: ", "é",
        ]
        .map { Array($0.utf8) }
        var random = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        var slowest = 0.0
        for round in 0..<600 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let position = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where position < bytes.count: bytes.remove(at: position)
                case 1:
                    bytes.insert(
                        contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: position)
                default:
                    if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &random) }
                }
            }
            let start = Date()
            _ = try? RoutineLoader.load(
                data: Data(bytes), fileName: round % 3 == 0 ? "fuzz.json" : "fuzz.yaml",
                baseDirectory: FixturePaths.good.path)
            slowest = max(slowest, Date().timeIntervalSince(start))
        }
        XCTAssertLessThan(slowest, 15.0, "one input took \(slowest) s: a blow-up, not a speed check")
    }
}
