import Foundation
import XCTest

@testable import Render

/// libpng behind the C shim's `setjmp` handler: an error is a thrown `RenderError`, not an abort.
final class PNGEncoderTests: XCTestCase {
    func testALibpngErrorIsReturnedAndTheProcessGoesOn() throws {
        // libpng refuses a width past its user limit (1,000,000) in IHDR with png_error, which
        // used to abort the process.
        let pixels = [UInt8](repeating: 255, count: 16)
        try pixels.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return XCTFail("no pixels") }
            XCTAssertThrowsError(try PNGEncoder.encode(rgb24: base, width: 2_000_000, height: 1, stride: 16, dpi: 72)) {
                error in
                XCTAssertTrue("\(error)".contains("libpng could not write the page: "), "\(error)")
                XCTAssertTrue("\(error)".contains("IHDR"), "\(error)")
            }
        }
    }

    func testAGoodImageIsAPNGWithItsSizeAndResolution() throws {
        // 2 × 2 pixels, red, green / blue, white, as Cairo's native-endian 0xXXRRGGBB words.
        let words: [UInt32] = [0x00FF_0000, 0x0000_FF00, 0x0000_00FF, 0x00FF_FFFF]
        let data = try words.withUnsafeBytes { raw throws(RenderError) -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { throw .cairo("no pixels") }
            return try PNGEncoder.encode(rgb24: base, width: 2, height: 2, stride: 8, dpi: 300)
        }
        XCTAssertEqual(Array(data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("png-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try data.write(to: file)
        let result = try Tool.run("python3", ["-c", Self.readBack, file.path])
        XCTAssertEqual(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "2 2 11811 ff0000 00ff00 0000ff ffffff")
    }

    /// Reads a PNG's size, pHYs and pixels with Python's zlib (no image library needed).
    static let readBack = """
        import struct, sys, zlib
        d = open(sys.argv[1], 'rb').read()[8:]
        chunks, i = {}, 0
        while i < len(d):
            n, = struct.unpack('>I', d[i:i+4]); t = d[i+4:i+8]; chunks.setdefault(t, b''); chunks[t] += d[i+8:i+8+n]; i += 12 + n
        w, h = struct.unpack('>II', chunks[b'IHDR'][:8]); ppm, = struct.unpack('>I', chunks[b'pHYs'][:4])
        raw = zlib.decompress(chunks[b'IDAT']); rows = [raw[r*(1+3*w)+1:(r+1)*(1+3*w)] for r in range(h)]
        print(w, h, ppm, ' '.join(row[x*3:x*3+3].hex() for row in rows for x in range(w)))
        """
}
