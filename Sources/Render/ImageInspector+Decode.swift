extension ImageInspector {
    /// Reads, checks and decodes the picture at `path` as drawing would (PNG and JPEG pixels
    /// unpacked, SVG parsed), without drawing it; the decoded picture is released at once.
    /// `repsheet validate` runs this so it finds a damaged picture as `render` does.
    /// - Throws: `ImageProblem` saying what is wrong with it.
    package static func decode(path: String) throws(ImageProblem) {
        _ = try ImageCache().image(at: path)
    }
}
