import Foundation

/// A rendered page compared with a reference PNG, recorded with REPSHEET_RECORD=1.
public enum ReferenceImage {
    /// A pixel differs when one of its channels moves by more than this many levels (of 255).
    public static let channelTolerance = 1

    /// Compares a rendered PNG with its reference, or records it when recording.
    ///
    /// On a difference, the rendering is written beside the reference as `NAME.actual.png`, and a
    /// picture of the difference as `NAME.diff.png` (see `ImageComparison.diff`).
    /// - Parameters:
    ///   - png: the rendered page.
    ///   - reference: the reference file.
    ///   - grey: whether the reference is stored in shades of grey (a third of the size).
    ///   - dpi: the resolution, to say where the differences are in points.
    /// - Returns: `nil` when every pixel matches (or the page was recorded), else a failure message
    ///   with the number of differing pixels, where they are, and the diff image's path.
    /// - Throws: when a file cannot be read, decoded or written.
    public static func mismatch(_ png: Data, reference: URL, grey: Bool, dpi: Int) throws -> String? {
        let rendered = try PixelImage(png: png)
        let actual = grey ? rendered.grey : rendered
        let actualFile = reference.deletingPathExtension().appendingPathExtension("actual.png")
        let diffFile = reference.deletingPathExtension().appendingPathExtension("diff.png")
        if GoldenFile.isRecording {
            try FileManager.default.createDirectory(
                at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (grey ? actual.greyPNG() : png).write(to: reference)
            return nil
        }
        guard let stored = FileManager.default.contents(atPath: reference.path) else {
            return "no reference \(reference.path); record it with REPSHEET_RECORD=1"
        }
        let expected = try PixelImage(png: stored)
        guard actual.width == expected.width, actual.height == expected.height else {
            try png.write(to: actualFile)
            return "\(reference.lastPathComponent): size \(actual.width)x\(actual.height), expected "
                + "\(expected.width)x\(expected.height); see \(actualFile.path)"
        }
        let comparison = ImageComparison(actual: actual, expected: expected, tolerance: channelTolerance)
        guard comparison.differing > 0 else {
            try? FileManager.default.removeItem(at: actualFile)
            try? FileManager.default.removeItem(at: diffFile)
            return nil
        }
        try png.write(to: actualFile)
        try comparison.diff.png().write(to: diffFile)
        return "\(reference.lastPathComponent): \(comparison.summary(pixelsPerPoint: Double(dpi) / 72)); "
            + "diff image (red: ink added, blue: ink lost): \(diffFile.path)"
    }

    /// How a rendered PNG differs from a stored reference, without writing anything.
    /// - Throws: when the reference cannot be read or either image decoded.
    public static func comparison(_ png: Data, reference: URL, grey: Bool) throws -> ImageComparison {
        let rendered = try PixelImage(png: png)
        guard let stored = FileManager.default.contents(atPath: reference.path) else {
            throw PixelImage.Failure(description: "no reference \(reference.path)")
        }
        return ImageComparison(
            actual: grey ? rendered.grey : rendered, expected: try PixelImage(png: stored),
            tolerance: channelTolerance)
    }
}
