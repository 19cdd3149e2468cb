/// A place in a source file: file, 1-based line and 1-based column.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "file:line:column".
    public var description: String { "\(file):\(line):\(column)" }
}
