import Foundation

/// What `repsheet-fuzz` feeds its bytes to, from `$REPSHEET_FUZZ` (`make fuzz-pictures` and
/// `make fuzz-clients`, `make fuzz-layouts` and `make fuzz-catalogue` set it): `routine` (the
/// default), `picture`, `clients`, `layout` or `catalogue`. The four YAML file kinds (routine,
/// layout, clients, catalogue) go through the same hardened composer.
enum FuzzTarget: String {
    /// Routine and layout files: decoding, validation and every layout engine.
    case routine
    /// PNG, JPEG and SVG bytes through the decoder and drawing the picture cage's child runs.
    case picture
    /// CSV and YAML client lists, read whole and as a stream.
    case clients
    /// Layout files, extending the built-in layouts, laid out with the sample routine.
    case layout
    /// Exercise catalogue files: the exercise and its figure.
    case catalogue

    /// The target named by `$REPSHEET_FUZZ`; an unknown name stops the run.
    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["REPSHEET_FUZZ"] ?? "routine"
        guard let target = FuzzTarget(rawValue: name) else {
            preconditionFailure("REPSHEET_FUZZ=\(name): use routine, picture, clients, layout or catalogue")
        }
        return target
    }()
}
