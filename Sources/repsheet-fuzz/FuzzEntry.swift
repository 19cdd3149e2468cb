import Foundation
import Layout
import Routine

/// libFuzzer entry point: the bytes go to the target `$REPSHEET_FUZZ` names (`FuzzTarget`).
///
/// Built by `make fuzz` with `-sanitize=fuzzer,address -D FUZZING`; libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    switch FuzzTarget.current {
    case .routine: fuzzRoutine(data)
    case .picture: fuzzPicture(data)
    case .clients: fuzzClients(data)
    case .layout: fuzzLayout(data)
    case .catalogue: fuzzCatalogue(data)
    }
    return 0
}

/// Reads arbitrary bytes as a layout file: any layout that loads must lay a routine out, and a
/// problem must carry its place in the file.
func fuzzLayout(_ data: Data) {
    guard let text = String(data: data, encoding: .utf8) else { return }
    do {
        let definition = try LayoutLibrary(directory: FuzzRunner.layoutsDirectory).load(text: text, file: "fuzz.yaml")
        let sheet = SheetLayout(definition: definition, measurer: ApproximateMeasurer()).layout(
            FuzzRunner.sampleRoutine)
        precondition(!sheet.pages.isEmpty, "a valid layout laid the sample routine out to no pages")
    } catch .invalid(let problems) {
        for problem in problems {
            precondition(problem.location?.file == "fuzz.yaml", "a layout problem without its place: \(problem)")
        }
    } catch {
        // A layout that names no built-in one to extend.
    }
}

/// Decodes, validates and lays out arbitrary bytes as a routine and as a layout file.
func fuzzRoutine(_ data: Data) {
    // The same bytes as a layout file.
    fuzzLayout(data)
    guard let routine = try? RoutineLoader.load(data: data, fileName: "fuzz.yaml", baseDirectory: nil) else {
        return
    }
    let expectedBoxes = routine.staged.allSteps.map(\.dose.checkboxCount).reduce(0, +)
    // Every layout engine, on a portrait and a landscape page.
    for engine in LayoutDefinition.Engine.allCases {
        var definition = LayoutDefinition()
        definition.engine = engine
        if engine == .tracker { definition.page.orientation = .landscape }
        let sheet = SheetLayout(definition: definition, measurer: ApproximateMeasurer()).layout(routine)
        precondition(!sheet.pages.isEmpty, "a valid routine laid out to no pages")
        if engine != .tracker {
            let boxes = sheet.pages.map(\.checkboxes.count).reduce(0, +)
            precondition(
                boxes == expectedBoxes, "\(boxes) checkboxes in \(engine), where the dose rule gives \(expectedBoxes)")
        }
        _ = sheet.mirroredForRightToLeft()
    }
}

/// A font-free measurer: 0.55 em per character, greedy wrapping, long words cut.
struct ApproximateMeasurer: TextMeasurer {
    func width(of text: String, font: FontSpec) -> Length { font.size * 0.55 * Double(text.count) }

    func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        let capacity = max(1, Int(maxWidth.points / (font.size.points * 0.55)))
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            var word = Substring(word)
            while word.count > capacity {
                if !current.isEmpty { lines.append(current) }
                current = ""
                lines.append(String(word.prefix(capacity)))
                word = word.dropFirst(capacity)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= capacity {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

#if FUZZING
    /// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt
#endif

/// Runs libFuzzer when built with `make fuzz`; otherwise runs each file named on the command
/// line once, as a regression check of saved crash files.
@main
enum FuzzRunner {
    /// The built-in layouts that fuzzed layout files extend: `Layouts/` in the working directory.
    static let layoutsDirectory = FileManager.default.currentDirectoryPath + "/Layouts"

    /// A routine with sections, each kind of dose and a long instruction, laid out with fuzzed layouts.
    static let sampleRoutine: Routine = {
        let yaml = """
            title: Sample
            client: Fuzz
            sections:
              - title: Warm-up
                steps:
                  - name: Pelvic tilt
                    reps: 12
                    hold: 5s
                    instructions: Lie on your back with knees bent and press your low back into the floor.
              - title: Stretches
                steps:
                  - name: Knee to chest
                    reps: 3
                    sides: each
                    hold: 30s
                  - name: Bridge
                    reps: 10
                    sets: 2
                    rest: 30s
            """
        do { return try RoutineLoader.load(data: Data(yaml.utf8), fileName: "sample.yaml", baseDirectory: nil) } catch {
            preconditionFailure("the sample routine does not load: \(error)")
        }
    }()

    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                var bytes = [UInt8](data)
                bytes.append(0)  // never empty, so the buffer always has an address
                _ = bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map { fuzzOneInput($0, data.count) }
                }
                print("\(path): ok")
            }
        #endif
    }
}
