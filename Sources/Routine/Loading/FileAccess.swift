import Foundation

/// Which folders a routine (or a client list) may name files in, with `image:` and `layout:`.
///
/// A routine may always name files inside its own folder (the working directory for standard
/// input); `allowedFolders` widens that, for RepSheet's built-in data and `--allow-path`.
/// A path is judged after symbolic links are resolved, so a link leading out of the folder is
/// refused like `../` or an absolute path.
public struct FileAccess: Sendable, Equatable {
    /// Folders besides the routine's own whose files (at any depth) may be named.
    public var allowedFolders: [String]

    /// Access to the routine's own folder and `allowedFolders`.
    public init(allowedFolders: [String] = []) {
        self.allowedFolders = allowedFolders
    }

    /// Whether `path` (absolute) lies, once symbolic links are resolved, inside `baseDirectory` or one
    /// of the allowed folders.
    public func permits(_ path: String, baseDirectory: String) -> Bool {
        let target = Self.resolved(path)
        let folders = ([baseDirectory] + allowedFolders).map { Self.resolved(FilePaths.absolute($0, relativeTo: ".")) }
        return folders.contains { folder in
            folder == "/" || target == folder || target.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
    }

    /// `path` with every symbolic link resolved; a part that does not exist is kept as spelled.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else {
            // A missing file: resolve its folder, which may exist.
            let parent = PathText.folder(of: path)
            guard parent != path, !parent.isEmpty else { return path }
            return (resolved(parent) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
        }
        defer { free(real) }
        return String(cString: real)
    }
}
