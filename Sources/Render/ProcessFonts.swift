import CPango

/// The process's own fontconfig configuration, which RepSheet's fonts never use: every
/// `FontLibrary` hands Pango a private configuration of its own.
///
/// Pango still initialises fontconfig once per process, and cairo's FreeType backend asks
/// for the current configuration; left alone, fontconfig then reads the system's `fonts.conf`
/// and scans its fonts (about 30 files for one sheet), though the pages come out the same.
/// A program that owns its process, such as the `repsheet` tool, calls `isolate()` first
/// thing to skip that work. A library never calls it: an app that embeds RepSheet keeps the
/// system's fonts for its own text.
package enum ProcessFonts {
    /// Makes an empty configuration the process's current one, once; later calls do nothing.
    /// Call it before the first `FontLibrary` is made.
    package static func isolate() {
        _ = isolated
    }

    private static let isolated: Bool = {
        guard let empty = FcConfigCreate() else { return false }
        return FcConfigSetCurrent(empty) == FcTrue
    }()
}
