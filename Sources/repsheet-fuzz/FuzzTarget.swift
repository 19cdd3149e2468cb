import Foundation

/// What `repsheet-fuzz` feeds its bytes to, from `$REPSHEET_FUZZ` (`make fuzz-pictures` and
/// `make fuzz-clients` set it): `routine` (the default), `picture` or `clients`.
enum FuzzTarget: String {
    /// Routine and layout files: decoding, validation and every layout engine.
    case routine
    /// PNG, JPEG and SVG bytes through the decoder and drawing the picture cage's child runs.
    case picture
    /// CSV and YAML client lists.
    case clients

    /// The target named by `$REPSHEET_FUZZ`; an unknown name stops the run.
    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["REPSHEET_FUZZ"] ?? "routine"
        guard let target = FuzzTarget(rawValue: name) else {
            preconditionFailure("REPSHEET_FUZZ=\(name): use routine, picture or clients")
        }
        return target
    }()
}
