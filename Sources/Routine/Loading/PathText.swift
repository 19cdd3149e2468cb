/// Paths as text, worked out without Foundation's `NSString.deletingLastPathComponent`, which
/// crashes (SIGILL) on a last component of one character: `validate x`, `render .`, `new a/`.
package enum PathText {
    /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: "a/b" → "a",
    /// "/a" → "/", "a" → "", "a/" → "", "/" → "/", "a//b//" → "a".
    package static func folder(of path: String) -> String {
        var scalars = Array(path.unicodeScalars)
        let absolute = scalars.first == "/"
        while scalars.last == "/" { scalars.removeLast() }
        guard let slash = scalars.lastIndex(of: "/") else { return absolute ? "/" : "" }
        scalars.removeSubrange(slash...)
        while scalars.last == "/" { scalars.removeLast() }
        if scalars.isEmpty { return absolute ? "/" : "" }
        var folder = ""
        folder.unicodeScalars.append(contentsOf: scalars)
        return folder
    }
}
