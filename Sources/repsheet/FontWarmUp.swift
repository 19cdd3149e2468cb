import Foundation
import RepSheet

/// Loads a single sheet's fonts on a second thread while the main thread parses the command
/// line and reads the routine (issue 19).
///
/// Pango loads a font the first time it measures with it: its fontset, its metrics (a sample
/// sentence shaped per font and size) and its shaping tables, about a sixth of a single sheet's
/// work. None of it needs the routine, only the layout and the page size, so it can run while
/// swift-argument-parser reads the command line and the routine and its catalogue exercises are
/// read. The warm-up lays a small built-in routine out in that layout (`SheetMaker.warmFonts`);
/// the sheet's own layout then finds the fonts loaded. Both threads measure through the font
/// library's lock, so they never use Pango at once; the output is byte-identical either way.
///
/// The layout and page size are read from the arguments as a hint only (`--layout`,
/// `--page-size`); the command line is parsed by swift-argument-parser as before, and a wrong
/// hint costs only the second core's time. Batches (`--clients`) and page images (PNG, SVG)
/// use every core already and are not warmed.
final class FontWarmUp: @unchecked Sendable {
    // @unchecked: `cancelled` is read and written only while holding `lock`; the rest is set once in `init`.

    /// The render command's maker: the fonts being warmed are its fonts.
    let maker: SheetMaker
    private let lock = NSLock()
    private var cancelled = false
    private let finished = DispatchSemaphore(value: 0)

    /// The warm-up of this process's `repsheet render` command, set on the main thread before
    /// the command line is parsed and read on it afterwards.
    nonisolated(unsafe) static var current: FontWarmUp?

    private init(maker: SheetMaker) { self.maker = maker }

    /// Starts warming the fonts for `arguments`, a `render` command line without the program
    /// and command names; `nil` for a batch, or when the data folder or fonts cannot be loaded
    /// (the command reports that itself).
    static func start(renderArguments arguments: [String]) -> FontWarmUp? {
        guard SheetMaker.optionHint("--clients", in: arguments) == nil, !drawsPageImages(arguments),
            let maker = try? SheetMaker()
        else { return nil }
        let warmUp = FontWarmUp(maker: maker)
        let layout = SheetMaker.optionHint("--layout", in: arguments)
        let pageSize = SheetMaker.optionHint("--page-size", "--paper", in: arguments)
        let thread = Thread {
            maker.warmFonts(layout: layout, pageSize: pageSize) { warmUp.isCancelled }
            warmUp.finished.signal()
        }
        thread.name = "repsheet fonts"
        thread.start()
        return warmUp
    }

    /// Whether the command line asks for PNG or SVG pages (`--format`, or the output's
    /// extension): page images are drawn on every core already, and are quicker than the floor
    /// program without a warm-up.
    private static func drawsPageImages(_ arguments: [String]) -> Bool {
        let format =
            SheetMaker.optionHint("--format", in: arguments)
            ?? SheetMaker.optionHint("--output", "-o", in: arguments).map { ($0 as NSString).pathExtension }
        return ["png", "svg"].contains(format?.lowercased() ?? "")
    }

    private var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Stops the warm-up where it is and waits for its thread to end, so that the process
    /// never exits while the thread is inside Pango. A sheet made to its end finds the
    /// warm-up long finished; an early error waits a moment at most.
    func stop() {
        lock.lock()
        cancelled = true
        lock.unlock()
        finished.wait()
        finished.signal()  // a second `stop` returns at once
    }
}
