import Foundation
import RepSheet

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
enum ProgressBar {
    /// Whether standard error is a terminal.
    static var isVisible: Bool { isatty(STDERR_FILENO) == 1 }

    /// `[#########-----------]  45/100  38.2 sheets/s  2 s left`, redrawn in place.
    static func line(_ progress: BatchProgress, width: Int = 30) -> String {
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let count = String(progress.done).leftPadded(to: String(progress.total).count)
        let left = progress.remaining.map { "\(Int($0.rounded(.up))) s left" } ?? ""
        return "[\(bar)] \(count)/\(progress.total)  \(String(format: "%.1f", progress.rate)) sheets/s  \(left)"
    }

    /// Draws the bar over the previous one.
    static func draw(_ progress: BatchProgress) {
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line(progress)).utf8))
    }

    /// Removes the bar so the next line starts clean.
    static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
