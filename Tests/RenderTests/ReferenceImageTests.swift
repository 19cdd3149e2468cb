import Foundation
import RepSheet
import XCTest

/// A low-resolution PNG of every page of every example in every layout, compared per pixel with a
/// reference under Tests/RenderTests/Reference/. REPSHEET_RECORD=1 re-records (and fails, so a
/// recording is never mistaken for a pass); a mismatch writes `*.actual.png` and `*.diff.png` beside it.
final class ReferenceImageTests: XCTestCase {
    static let folder = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Reference")
    static let dpi = 30
    /// A pixel differs when a channel moves by more than this.
    static let channelTolerance = 48
    /// A page matches when at most this share of its pixels differ.
    static let pixelTolerance = 0.002

    func testEveryExampleInEveryLayoutMatchesItsReference() throws {
        let maker = try SheetMaker()
        let record = ProcessInfo.processInfo.environment["REPSHEET_RECORD"] != nil
        let names = LayoutLibrary(directory: maker.resources.layoutsDirectory).names
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        var recorded: [String] = []
        for path in AllLayoutsPDFTests.examples {
            let example = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            // The back-stretches family has references; the other worksheets are checked for
            // margins, overlaps and page fill instead (AllLayoutsPDFTests, FamilyWorksheetTests).
            guard example.hasPrefix("back-stretches") else { continue }
            let routine = try maker.loadRoutine(path: path)
            for name in names {
                let pages = try maker.render(
                    routine, options: SheetOptions(format: .png, dpi: Self.dpi, layout: name))
                for (index, png) in pages.enumerated() {
                    let file = Self.folder.appendingPathComponent("\(example).\(name)-\(index + 1).png")
                    if record {
                        try png.write(to: file)
                        recorded.append(file.lastPathComponent)
                        continue
                    }
                    try compare(png, with: file)
                }
                let extra = Self.folder.appendingPathComponent("\(example).\(name)-\(pages.count + 1).png")
                if !record {
                    XCTAssertFalse(
                        FileManager.default.fileExists(atPath: extra.path),
                        "\(extra.lastPathComponent): the reference has more pages")
                }
            }
        }
        if record {
            XCTFail("recorded \(recorded.count) reference images; run again without REPSHEET_RECORD")
        }
    }

    private func compare(_ png: Data, with reference: URL) throws {
        guard let expectedData = FileManager.default.contents(atPath: reference.path) else {
            XCTFail("no reference \(reference.lastPathComponent); record with REPSHEET_RECORD=1")
            return
        }
        let actual = try PixelImage(png: png)
        let expected = try PixelImage(png: expectedData)
        let actualFile = reference.deletingPathExtension().appendingPathExtension("actual.png")
        let diffFile = reference.deletingPathExtension().appendingPathExtension("diff.png")
        guard actual.width == expected.width, actual.height == expected.height else {
            try png.write(to: actualFile)
            XCTFail(
                "\(reference.lastPathComponent): size \(actual.width)x\(actual.height), expected \(expected.width)x\(expected.height); see \(actualFile.path)"
            )
            return
        }
        var diff = expected.pixels.map(Self.faded)
        var differing = 0
        for i in actual.pixels.indices {
            if Self.distance(actual.pixels[i], expected.pixels[i]) > Self.channelTolerance {
                differing += 1
                diff[i] = 0xE0_1010
            }
        }
        let share = Double(differing) / Double(max(1, actual.pixels.count))
        if share > Self.pixelTolerance {
            try png.write(to: actualFile)
            try PixelImage(width: actual.width, height: actual.height, pixels: diff).png().write(
                to: diffFile)
            XCTFail(
                "\(reference.lastPathComponent): \(differing) pixels differ (\(String(format: "%.2f", share * 100))%); see \(diffFile.path)"
            )
        } else {
            try? FileManager.default.removeItem(at: actualFile)
            try? FileManager.default.removeItem(at: diffFile)
        }
    }

    /// The largest difference of one colour channel between two pixels.
    static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        var largest = 0
        for shift: UInt32 in [16, 8, 0] {
            let x = Int((a >> shift) & 0xFF)
            let y = Int((b >> shift) & 0xFF)
            largest = max(largest, abs(x - y))
        }
        return largest
    }

    /// A light grey version of a pixel, so differences drawn in red stand out.
    static func faded(_ pixel: UInt32) -> UInt32 {
        let sum = Int((pixel >> 16) & 0xFF) + Int((pixel >> 8) & 0xFF) + Int(pixel & 0xFF)
        let light = UInt32(191 + sum / 12)
        return light << 16 | light << 8 | light
    }
}
