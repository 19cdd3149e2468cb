/// The kinds of file a sheet can be written as.
public enum OutputFormat: String, Sendable, CaseIterable {
    case pdf
    case png
    case svg

    /// The format a file name's extension names, if any.
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    /// Whether each page is a separate file.
    public var isPerPage: Bool { self != .pdf }
}
