import CCairo
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Decodes and draws a picture first in a child process with CPU-time, memory and wall-clock
/// limits, so a decoder that crashes (librsvg panics on some SVGs), hangs (a huge filter) or
/// swells (a `data:` picture inside an SVG) fails there, with a clear error at the step's
/// `image:` line, and never takes RepSheet down.
///
/// The child is RepSheet's own executable run as `repsheet check-picture --dpi N PATH` (a hidden
/// command that calls `runChild`). Decoding is deterministic, so a picture the child drew within
/// its limits is then drawn by the main process.
package enum PictureCage {
    /// The wall-clock time a picture may take, in seconds.
    package static let seconds = 5
    /// The address space the child may use: decoded pictures (40 megapixels at most, 160 MB)
    /// and drawing fit well within it.
    package static let memoryBytes: rlim_t = 1 << 30
    /// The largest side, in pixels, the child draws a picture at.
    static let maxDrawSide = 3_000
    /// Exit status of a child that found a problem (its reason is on standard output).
    static let problemStatus: Int32 = 65

    /// RepSheet's executable for the child, or `nil` when none is found (the picture is then
    /// checked in this process): `$REPSHEET_EXECUTABLE`, this process when it is `repsheet`, or a
    /// `repsheet` beside this process's executable (tests).
    package static let executable: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["REPSHEET_EXECUTABLE"], !path.isEmpty { return path }
        guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return nil
        }
        if (own as NSString).lastPathComponent == "repsheet" { return own }
        var folder = (own as NSString).deletingLastPathComponent
        for _ in 0..<3 {
            let candidate = (folder as NSString).appendingPathComponent("repsheet")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }()

    /// Decodes and draws `picture` (the checked bytes of the picture named `path`, read once by
    /// the caller) in a child process, at `dpi`, with the fonts in `fontsDirectory` (text in an
    /// SVG is drawn with RepSheet's fonts, as on the sheet). The child gets the bytes on its
    /// standard input, so it checks exactly the bytes that will be drawn and reads no file.
    /// - Throws: `ImageProblem` when the picture is bad, or could not be drawn within the limits.
    package static func check(
        _ picture: ImageInspector.Checked, path: String, format: OutputFormat, dpi: Int, fontsDirectory: String
    ) throws(ImageProblem) {
        guard let executable, let input = ByteFeeder(picture.data) else {
            _ = try ImageCache(pictures: Pictures([path: picture])).image(at: path)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "check-picture", "--format", format.rawValue, "--dpi", String(dpi), "--fonts", fontsDirectory, "--stdin",
            "--", path,
        ]
        // The child's reason comes on standard output, one short line; its standard error (library
        // warnings, a crash report) goes nowhere, so it can never fill a pipe and stall.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input.childEnd
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        do { try process.run() } catch {
            input.cancel()
            // Cannot start the child: check in this process rather than not at all.
            _ = try ImageCache(pictures: Pictures([path: picture])).image(at: path)
            return
        }
        input.start()
        let deadline = Date().addingTimeInterval(Double(seconds))
        var timedOut = false
        while process.isRunning {
            if Date() >= deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        let message = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile().prefix(2_000), as: UTF8.self
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        func problem(_ reason: String) -> ImageProblem { ImageProblem(path: path, reason: reason) }
        if timedOut { throw problem("could not be drawn within \(seconds) s") }
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0): return
        case (.exit, problemStatus) where !message.isEmpty:
            throw problem(message.split(separator: "\n").last.map(String.init) ?? message)
        case (.uncaughtSignal, SIGXCPU), (.uncaughtSignal, SIGKILL):
            throw problem("could not be drawn within \(seconds) s of processor time")
        case (.uncaughtSignal, let signal):
            throw problem(
                "could not be drawn: its decoder crashed (signal \(signal)); the file is damaged or hostile")
        case (.exit, let status):
            throw problem(
                "could not be drawn: its decoder failed (status \(status)), probably for want of memory "
                    + "(pictures may use \(memoryBytes >> 20) MB once decoded, pictures inside an SVG included)")
        @unknown default:
            throw problem("could not be drawn")
        }
    }

    /// Whether AddressSanitizer or ThreadSanitizer is linked into this process.
    static var runsUnderSanitizer: Bool {
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
        return dlsym(everywhere, "__asan_init") != nil || dlsym(everywhere, "__tsan_init") != nil
    }

    /// The child's side: limits itself, then checks, decodes and draws the picture at `path`.
    /// - Returns: The exit status: 0 when it was drawn, `problemStatus` with the reason written
    ///   to standard output otherwise.
    /// With `standardInput`, the picture's bytes come on standard input (from `check`) and
    /// `path` only names it in messages.
    package static func runChild(
        path: String, format: OutputFormat, dpi: Int, fontsDirectory: String, standardInput: Bool = false
    ) -> Int32 {
        var cpu = rlimit(rlim_cur: rlim_t(seconds), rlim_max: rlim_t(seconds + 1))
        setrlimit(Int32(RLIMIT_CPU.rawValue), &cpu)
        // A sanitizer reserves terabytes of address space for its shadow memory: under one (the
        // test suite's `make sanitize`) the address-space limit would stop every picture.
        if !runsUnderSanitizer {
            var memory = rlimit(rlim_cur: memoryBytes, rlim_max: memoryBytes)
            setrlimit(Int32(RLIMIT_AS.rawValue), &memory)
        }
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
        // The sheet's fonts, so SVG text meets the same fonts as on the sheet (`ImageCache`).
        let fonts = try? FontLibrary(directory: fontsDirectory, cacheFolder: DiskWorld().cacheFolder)
        do {
            var pictures = Pictures()
            if standardInput {
                let data = FileHandle.standardInput.readData(ofLength: ImageInspector.maxFileBytes + 1)
                try pictures.read(path, from: MemoryWorld(files: [path: data]))
            }
            let images = pictures
            try fonts?.withLock { () throws(ImageProblem) in
                try draw(path: path, format: format, dpi: dpi, pictures: images, fonts: fonts)
            }
            if fonts == nil { try draw(path: path, format: format, dpi: dpi, pictures: images) }
            return 0
        } catch {
            FileHandle.standardOutput.write(Data((error.reason + "\n").utf8))
            return problemStatus
        }
    }

    /// Decodes the picture and draws it as a page in `format` would (a PDF or SVG surface, or
    /// pixels at `dpi`): at its own size and as wide as a page (8 in; `maxDrawSide` pixels a side
    /// at most), since a decoder may fail at one scale only; the drawings are thrown away.
    package static func draw(
        path: String, format: OutputFormat, dpi: Int, pictures: Pictures = Pictures(), fonts: FontLibrary? = nil
    ) throws(ImageProblem) {
        let images = ImageCache(pictures: pictures, fonts: fonts)
        let size = try images.image(at: path).size
        // Points for PDF and SVG, pixels at `dpi` for PNG.
        let unit = format == .png ? Double(dpi) / 72 : 1
        let pageWide = format == .png ? Double(min(maxDrawSide, max(64, 8 * dpi))) : 576
        let longest = max(size.width, size.height, 1)
        for scale in [min(unit, pageWide / longest), pageWide / longest] {
            let width = max(1, min(pageWide, (size.width * scale).rounded()))
            let height = max(1, min(pageWide, (size.height * scale).rounded()))
            try draw(path, images: images, format: format, width: width, height: height)
        }
    }

    /// Draws the picture at `path` to fill a `width` × `height` surface of `format`.
    private static func draw(_ path: String, images: ImageCache, format: OutputFormat, width: Double, height: Double)
        throws(ImageProblem)
    {
        func failed(_ what: String) -> ImageProblem { ImageProblem(path: path, reason: "could not be drawn: \(what)") }
        let sink = ByteSink()
        let created: OpaquePointer?
        switch format {
        case .png: created = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))
        case .pdf: created = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
        case .svg: created = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
        }
        guard let surface = created, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw failed("no memory for its pixels")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { throw failed("no memory for its pixels") }
        defer { cairo_destroy(cairo) }
        try images.draw(path, in: (0, 0, width, height), on: cairo)
        // PDF and SVG draw filters and fallbacks when the page is finished.
        cairo_show_page(cairo)
        cairo_surface_finish(surface)
    }
}
