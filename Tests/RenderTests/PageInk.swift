import Foundation

/// How far down each page of a PDF its ink reaches: the share of the body (between 11 % and 89 %
/// of the page's height) down to the lowest inked row, from a 24 dpi grey rendering by pdftoppm
/// in which a pixel darker than 200 counts as ink.
enum PageInk {
    /// The fill of every page, in order, 0 to 1.
    static func fills(ofPDF pdf: URL) throws -> [Double] {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let prefix = directory.appendingPathComponent("p").path
        let result = try Tool.run("pdftoppm", ["-r", "24", "-gray", pdf.path, prefix])
        guard result.status == 0 else { throw InkError.rasteriser(result.stderr) }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pgm") }
        let ordered = files.sorted { pageNumber($0) < pageNumber($1) }
        return try ordered.map { try fill(ofGreymap: Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    /// The number in `p-12.pgm`.
    private static func pageNumber(_ name: String) -> Int {
        Int(name.split(separator: "-").last?.split(separator: ".").first ?? "") ?? 0
    }

    /// The fill of one binary greymap (P5).
    static func fill(ofGreymap data: Data) throws -> Double {
        let bytes = [UInt8](data)
        var fields: [Int] = []
        var index = 0
        // Magic number, width, height, maximum value; comments start with #.
        var magicSeen = false
        while fields.count < 3 && index < bytes.count {
            while index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                    || bytes[index] == 0x09
            {
                index += 1
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            let start = index
            while index < bytes.count, !(bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D) {
                index += 1
            }
            let token = String(decoding: bytes[start..<index], as: UTF8.self)
            if !magicSeen {
                guard token == "P5" else { throw InkError.notAGreymap }
                magicSeen = true
            } else {
                guard let value = Int(token) else { throw InkError.notAGreymap }
                fields.append(value)
            }
        }
        guard fields.count == 3 else { throw InkError.notAGreymap }
        let (width, height) = (fields[0], fields[1])
        let pixels = bytes[(index + 1)...]
        guard pixels.count >= width * height else { throw InkError.notAGreymap }
        let top = Int(Double(height) * 0.11)
        let bottom = Int(Double(height) * 0.89)
        var lowest = top
        let base = pixels.startIndex
        for y in top..<bottom {
            let row = pixels[(base + y * width)..<(base + (y + 1) * width)]
            if row.contains(where: { $0 < 200 }) { lowest = y }
        }
        return Double(lowest - top) / Double(bottom - top)
    }

    enum InkError: Error {
        case rasteriser(String)
        case notAGreymap
    }
}
