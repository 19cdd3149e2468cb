import Foundation

/// A text file a test's output must equal, line for line, recorded with REPSHEET_RECORD=1.
public enum GoldenFile {
    /// Whether this run records golden files and reference images instead of comparing with them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["REPSHEET_RECORD"] != nil }

    /// Compares `text` with the golden file, or records it when recording.
    ///
    /// On a difference, `text` is written beside the golden file as `NAME.actual.txt`.
    /// - Returns: `nil` when the text matches (or was recorded); otherwise a message naming the first
    ///   differing lines and the path of the actual text.
    /// - Throws: when a file cannot be read or written.
    public static func mismatch(_ text: String, golden: URL) throws -> String? {
        let actualFile = golden.deletingPathExtension().appendingPathExtension("actual.txt")
        if isRecording {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: golden, atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(at: actualFile)
            return nil
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            return "no golden file \(golden.path); record it with REPSHEET_RECORD=1"
        }
        if text == expected {
            try? FileManager.default.removeItem(at: actualFile)
            return nil
        }
        try text.write(to: actualFile, atomically: true, encoding: .utf8)
        return "\(golden.lastPathComponent) differs:\n"
            + firstDifferences(expected: expected, actual: text)
            + "\nwhole output: \(actualFile.path) (diff -u it with the golden file)"
    }

    /// The first differing lines of two texts, as `line N:` then `- expected` and `+ actual` lines.
    /// - Parameter limit: how many differing lines to show at most.
    /// - Returns: an empty string when the texts are equal.
    public static func firstDifferences(expected: String, actual: String, limit: Int = 6) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        var shown = 0
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if shown == limit {
                report.append("…")
                break
            }
            report.append("line \(index + 1):")
            report.append("- " + (before ?? "(no line)"))
            report.append("+ " + (after ?? "(no line)"))
            shown += 1
        }
        if old.count != new.count {
            report.append("expected \(old.count) lines, found \(new.count)")
        }
        return report.joined(separator: "\n")
    }
}
