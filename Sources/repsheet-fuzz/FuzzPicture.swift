import Foundation
import Render

/// Writes the bytes to a file named for their kind (`.png`, `.jpg` or `.svg`, from the first
/// bytes) and checks, decodes and draws it as the picture cage's child does, for each output
/// format. A problem reported as `ImageProblem` is the expected outcome for most inputs; a
/// crash, hang or sanitizer report is the finding.
func fuzzPicture(_ data: Data) {
    let path = FuzzPictureFile.path(for: data)
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        preconditionFailure("cannot write \(path)")
    }
    defer { unlink(path) }
    for format in [OutputFormat.pdf, .png, .svg] {
        do {
            try PictureCage.draw(path: path, format: format, dpi: 72)
        } catch {
            precondition(!error.reason.isEmpty, "a picture problem without a reason")
        }
    }
}

/// Where `fuzzPicture` writes its input: one file per process in the temporary folder.
enum FuzzPictureFile {
    static let folder: String = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        return "\(base)/repsheet-fuzz-\(getpid())"
    }()

    /// The file for `data`, its extension chosen by the bytes' signature (SVG otherwise).
    static func path(for data: Data) -> String {
        mkdir(folder, 0o700)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47]
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF]
        let kind: String
        if data.starts(with: png) {
            kind = "png"
        } else if data.starts(with: jpeg) {
            kind = "jpg"
        } else {
            kind = "svg"
        }
        return "\(folder)/picture.\(kind)"
    }
}
