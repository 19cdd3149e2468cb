extension Routine {
    /// Where the first step showing the picture at `path` gives it (its `image:` value, else the
    /// step), so a picture that cannot be drawn is reported at its line.
    package func location(ofImage path: String) -> SourceLocation? {
        let step = allSteps.first { $0.image == path }
        return step?.imageLocation ?? step?.location
    }
}
