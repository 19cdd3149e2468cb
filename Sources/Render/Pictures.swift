import Foundation
import Routine

/// The pictures of a sheet (or of a batch's routine), each read once from the world and checked
/// (`ImageInspector`): Render draws these bytes and never reads a picture itself.
public struct Pictures: Sendable {
    /// The checked pictures, by the path the routine names them with.
    private(set) var checked: [String: ImageInspector.Checked] = [:]

    /// No pictures.
    public init() {}

    /// Pictures checked before.
    init(_ checked: [String: ImageInspector.Checked]) { self.checked = checked }

    /// The checked picture at `path`, when it was read.
    public subscript(path: String) -> ImageInspector.Checked? { checked[path] }

    /// How many pictures were read.
    public var count: Int { checked.count }

    /// Reads and checks the picture at `path` from `world`, unless it was read before.
    /// - Throws: `ImageProblem` saying what is wrong with it.
    @discardableResult
    public mutating func read(_ path: String, from world: any World) throws(ImageProblem) -> ImageInspector.Checked {
        if let known = checked[path] { return known }
        let data: Data
        do {
            data = try world.read(path, limit: ImageInspector.maxFileBytes)
        } catch {
            throw ImageInspector.problem(reading: path, error)
        }
        let picture = try ImageInspector.inspect(data, path: path)
        checked[path] = picture
        return picture
    }
}
