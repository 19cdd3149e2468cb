import CQPDFPass
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 15: Cairo's PDF numbers are formatted by RepSheet's fast path for the few snprintf
/// formats Cairo uses; it must print exactly what glibc prints.
final class CairoNumberFormatTests: XCTestCase {
    /// The fast path's text and length, or `nil` when it leaves the format to glibc.
    private func fast(_ format: String, _ arguments: [CVarArg], size: Int = 128) -> (String, Int32)? {
        var buffer = [CChar](repeating: 0x58, count: 128)
        let length = withVaList(arguments) { repsheet_vsnprintf_fast(&buffer, size, format, $0) }
        guard length >= 0 else { return nil }
        return (String(cString: buffer), length)
    }

    private func glibc(_ format: String, _ arguments: [CVarArg], size: Int = 128) -> (String, Int32) {
        var buffer = [CChar](repeating: 0x58, count: 128)
        let length = withVaList(arguments) { vsnprintf(&buffer, size, format, $0) }
        return (String(cString: buffer), length)
    }

    private func assertSame(
        _ format: String, _ arguments: [CVarArg], file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let mine = fast(format, arguments) else {
            return XCTFail("\(format) \(arguments) left to glibc", file: file, line: line)
        }
        let theirs = glibc(format, arguments)
        XCTAssertEqual(mine.0, theirs.0, "\(format) \(arguments)", file: file, line: line)
        XCTAssertEqual(mine.1, theirs.1, "\(format) \(arguments)", file: file, line: line)
    }

    /// Random doubles of every magnitude, exact ties (k/8, k/2^n) and Cairo's usual coordinates,
    /// at every precision Cairo asks for: the same bytes as glibc.
    func testDecimalsMatchGlibc() {
        var generator = SplitMix(seed: 15)
        var mismatches = 0
        for round in 0..<60_000 {
            let bits = generator.next()
            let value: Double
            switch round % 5 {
            case 0: value = Double(bitPattern: bits)
            case 1: value = Double(Int64(bits % 2_000_001) - 1_000_000) / Double(1 << (generator.next() % 30))
            case 2: value = Double(bits % 100_000_000) / 1e6 * (bits & 1 == 0 ? 1 : -1)
            case 3: value = Double(Int64(bits % 20_000) - 10_000) / 8
            default: value = Double(bits >> 11) * pow(2, Double(Int(generator.next() % 140) - 120))
            }
            guard value.isFinite, abs(value) < 9e18 else { continue }
            let precision = Int32(generator.next() % 19)
            for (format, digits, arguments) in [
                ("%.*f", precision, [precision, value] as [CVarArg]), ("%f", 6, [value]), ("%.18f", 18, [value]),
            ] {
                guard let mine = fast(format, arguments) else {
                    // Left to glibc only when the digits do not fit 64 bits.
                    if abs(value) * pow(10, Double(digits)) < 1.8e19 { mismatches += 1 }
                    continue
                }
                if mine != glibc(format, arguments) { mismatches += 1 }
            }
        }
        XCTAssertEqual(mismatches, 0)
        for value in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.000_000_5, 0.000_001_5, 5e-324, 0.1, 12.000_000_5] {
            for precision in Int32(0)...18 { assertSame("%.*f", [precision, value]) }
            assertSame("%f", [value])
        }
    }

    /// The integer conversions Cairo prints (object numbers, offsets, glyph codes), with their
    /// zero padding and widths.
    func testIntegersMatchGlibc() {
        var generator = SplitMix(seed: 19)
        for _ in 0..<5_000 {
            let value = Int32(truncatingIfNeeded: generator.next())
            let long = Int(bitPattern: UInt(generator.next()))
            assertSame("%d", [value])
            assertSame("%ld", [long])
            assertSame("%04x", [value & 0xFFFF])
            assertSame("%02x", [value & 0xFF])
            assertSame("%010ld", [long % 10_000_000_000])
            assertSame("%u", [UInt32(bitPattern: value)])
            assertSame("%lu", [UInt(bitPattern: long)])
            assertSame("%03o", [value & 0o777])
            assertSame("%5d", [value % 1000])
        }
        assertSame("%d", [Int32.min])
        assertSame("%ld", [Int.min])
    }

    /// A short buffer gets what fits and a terminating NUL; the length is still the whole text.
    func testShortBuffersTruncateAsGlibcDoes() {
        for size in 1...12 {
            XCTAssertEqual(fast("%f", [-3.14159], size: size)?.0, glibc("%f", [-3.14159], size: size).0)
            XCTAssertEqual(fast("%f", [-3.14159], size: size)?.1, 9)
            XCTAssertEqual(fast("%010ld", [42], size: size)?.0, glibc("%010ld", [42], size: size).0)
        }
    }

    /// Anything else is left to glibc: strings, several conversions, other flags, infinities and
    /// numbers of 2^63 or more.
    func testOtherFormatsAreLeftToGlibc() {
        XCTAssertNil(fast("%s", ["text"]))
        XCTAssertNil(fast("CairoFont-%d-%d", [Int32(1), Int32(2)]))
        XCTAssertNil(fast("%5.2f", [1.5]))
        XCTAssertNil(fast("%e", [1.5]))
        XCTAssertNil(fast("%+d", [Int32(1)]))
        XCTAssertNil(fast("%d ", [Int32(1)]))
        XCTAssertNil(fast("%f", [Double.infinity]))
        XCTAssertNil(fast("%f", [Double.nan]))
        XCTAssertNil(fast("%f", [1e19]))
        XCTAssertNil(fast("%.*f", [Int32(19), 1.5]))
        XCTAssertNil(fast("%41d", [Int32(1)]))
        assertSame("%40d", [Int32(-1)])
        assertSame("%040ld", [Int.min])
    }

    /// The fast path is the `__snprintf_chk` Cairo's calls bind to: the process's own, not
    /// glibc's.
    func testCairoCallsBindToTheFastPath() throws {
        guard let libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD) else { throw XCTSkip("libc.so.6 is not loaded") }
        defer { dlclose(libc) }
        let bound = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__snprintf_chk")
        XCTAssertNotNil(bound)
        XCTAssertNotEqual(bound, dlsym(libc, "__snprintf_chk"))
    }
}

/// A small seeded generator, so a failure repeats.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
