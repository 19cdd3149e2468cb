import Yams

extension NodeReader {
    /// `brand:`: a brand file's absolute path, inside the routine's folder or an allowed one.
    mutating func brandFile(_ node: Node, baseDirectory: String) -> String? {
        guard let (text, path) = containedPath(node, key: "brand", baseDirectory: baseDirectory) else { return nil }
        switch SafeFile.problem(at: path) {
        case nil: return path
        case .missing?: report("brand names a file that does not exist: \"\(text)\"", at: node)
        case .notRegular(let kind)?: report(Messages.notRegularFile("brand", text, kind: kind), at: node)
        case .unreadable(let reason)?: report("brand \"\(text)\" cannot be read: \(reason)", at: node)
        case .tooLarge?: report("brand \"\(text)\" cannot be read: it is too large", at: node)
        }
        return nil
    }
}
