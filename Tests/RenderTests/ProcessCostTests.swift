import CPango
import Foundation
import XCTest

@testable import Render
@testable import RepSheet

/// Issue 19: what one run of the tool costs besides drawing.
final class ProcessCostTests: XCTestCase {
    /// A two-page sheet, whole process: at most two threads besides the main thread, Pango's
    /// `FcInit` and the font warm-up (`FontWarmUp`; Pango's per-pattern matching threads run
    /// inline), and no user-database lookups (nscd, /etc/passwd, /etc/group).
    func testOneSheetStartsAtMostTwoThreadsAndLooksUpNoUser() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace is not installed")
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent("trace.txt").path
        let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path
        let result = try Tool.run(
            "strace",
            [
                "-f", "-qq", "-e", "trace=clone,clone3,connect,openat", "-o", trace, Tool.repsheet, "render", example,
                "-o", folder.appendingPathComponent("sheet.pdf").path,
            ])
        try XCTSkipIf(result.status != 0 && result.stderr.contains("ptrace"), "strace cannot trace here")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let threads = lines.filter { $0.contains("clone(") || $0.contains("clone3(") }
        XCTAssertLessThanOrEqual(threads.count, 2, threads.joined(separator: "\n"))
        let lookups = lines.filter { $0.contains("nscd") || $0.contains("/etc/passwd") || $0.contains("/etc/group") }
        XCTAssertEqual(lookups, [])
        // Page images use every core already: no warm-up thread, one page thread per core at most.
        let pages = try Tool.run(
            "strace",
            [
                "-f", "-qq", "-e", "trace=clone,clone3", "-o", trace, Tool.repsheet, "render", example, "-o",
                folder.appendingPathComponent("sheet.png").path,
            ])
        XCTAssertEqual(pages.status, 0, pages.stderr)
        let pageThreads = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("clone(") || $0.contains("clone3(") }
        XCTAssertLessThanOrEqual(
            pageThreads.count, ProcessInfo.processInfo.activeProcessorCount, pageThreads.joined(separator: "\n"))
        // The tool isolates its process's fontconfig: the system's configuration and fonts go unread.
        let systemFonts = lines.filter {
            $0.contains("/etc/fonts") || $0.contains("/usr/share/fontconfig") || $0.contains("/usr/share/fonts")
        }
        XCTAssertEqual(systemFonts, [])
    }

    /// A font library uses its own configuration and leaves the process's current one as it
    /// found it, so an app embedding RepSheet keeps its fonts; `ProcessFonts.isolate()` is the
    /// tool's own choice, made once.
    func testAFontLibraryLeavesTheCurrentConfigurationAlone() throws {
        let before = FcConfigGetCurrent()
        let fonts = try FontLibrary(directory: Resources(root: Tool.packageRoot.path).fontsDirectory)
        XCTAssertFalse(fonts.files.isEmpty)
        XCTAssertEqual(FcConfigGetCurrent(), before)
        XCTAssertNotEqual(fonts.config, before)
    }

    /// The tool does not link libqpdf (nor GnuTLS, Nettle, GMP, … which it brings): loading them
    /// cost every run about 12 M instructions. Extracting and booklets open libRepSheetQPDF.so,
    /// built beside the tool, when needed.
    func testTheToolLoadsLibqpdfOnlyWhenNeeded() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf"), "readelf is not installed")
        let tool = try Tool.run("readelf", ["-d", Tool.repsheet])
        XCTAssertEqual(tool.status, 0, tool.stderr)
        XCTAssertTrue(tool.stdout.contains("libcairo"), tool.stdout)
        for library in ["libqpdf", "libgnutls"] {
            XCTAssertFalse(tool.stdout.contains(library), tool.stdout)
        }
        let beside = URL(fileURLWithPath: Tool.repsheet).deletingLastPathComponent()
            .appendingPathComponent("libRepSheetQPDF.so").path
        let library = try Tool.run("readelf", ["-d", beside])
        XCTAssertEqual(library.status, 0, library.stderr)
        XCTAssertTrue(library.stdout.contains("libqpdf"), library.stdout)
        XCTAssertFalse(library.stdout.contains("libswiftCore"), library.stdout)
    }

    /// Pango's matching threads are the ones run inline; others (its `FcInit`) still get a thread.
    func testOnlyPangoMatchingThreadsRunInline() {
        XCTAssertTrue(PangoThreads.runsInline("[pango] FcFontSetMatch"))
        XCTAssertTrue(PangoThreads.runsInline("[pango] FcFontSetSort"))
        XCTAssertFalse(PangoThreads.runsInline("[pango] FcInit"))
        XCTAssertFalse(PangoThreads.runsInline("gdbus"))
        XCTAssertNotNil(PangoThreads.glibThreadNew)
    }

    /// Results come back in page order whatever the number of cores; the first error by page
    /// order is the one thrown.
    /// Page images are drawn one per core unless their pixels together would pass 512 MB: a
    /// Letter page at 1200 dpi (538 MB) is drawn one at a time, at 150 dpi eight at once.
    func testPageImagesAtHighResolutionAreDrawnOneAtATime() {
        let letter = Page(size: Size(width: .pt(612), height: .pt(792)), items: [])
        let pages = Array(repeating: letter, count: 4)
        XCTAssertEqual(SheetMaker.pageImageCores(for: pages, dpi: 1200, cores: 8), 1)
        XCTAssertEqual(SheetMaker.pageImageCores(for: pages, dpi: 600, cores: 8), 3)
        XCTAssertEqual(SheetMaker.pageImageCores(for: pages, dpi: 150, cores: 8), 8)
        XCTAssertEqual(SheetMaker.pageImageCores(for: [], dpi: 150, cores: 2), 2)
    }

    func testPageParallelKeepsPageOrderAndFirstError() {
        for cores in [1, 2, 4] {
            XCTAssertEqual(PageParallel.map(count: 7, cores: cores) { $0 * $0 }, [0, 1, 4, 9, 16, 25, 36])
            XCTAssertEqual(PageParallel.map(count: 0, cores: cores) { $0 }, [])
            XCTAssertThrowsError(
                try PageParallel.map(count: 6, cores: cores) { (index: Int) throws(PageFailure) -> Int in
                    if index == 2 || index == 4 { throw PageFailure(index: index) }
                    return index
                }
            ) { error in
                XCTAssertEqual(error as? PageFailure, PageFailure(index: 2))
            }
        }
    }
}

private struct PageFailure: Error, Equatable {
    var index: Int
}
