import Foundation
import Yams

/// Reads routine files (YAML or JSON) into validated `Routine` values, with a diagnostic for every problem.
package enum RoutineLoader {
    /// The name used in diagnostics for a routine read from standard input.
    package static let standardInputName = "<stdin>"

    /// Reads a routine file: `.json` as JSON, anything else (`.yaml`, `.yml`) as YAML; `-` reads standard
    /// input as YAML. Image and layout paths resolve relative to the file's folder.
    ///
    /// `image:` and `layout:` may name only files inside the file's folder (the working directory for
    /// standard input) or one of `access.allowedFolders`, symbolic links resolved.
    ///
    /// - Parameters:
    ///   - path: The file's path as the user gave it; it becomes `Routine.source`.
    ///   - access: The folders besides the routine's own that it may name files in.
    /// - Returns: The routine with defaults applied and image paths made absolute.
    /// - Throws: `RoutineError.fileNotFound` when the file cannot be opened, `.invalid` with every
    ///   problem otherwise.
    package static func load(path: String, access: FileAccess = FileAccess()) throws(RoutineError) -> Routine {
        let bytes: [UInt8]
        let fileName: String
        let directory: String
        if path == "-" {
            fileName = standardInputName
            directory = FileManager.default.currentDirectoryPath
            bytes = try read(handle: FileHandle.standardInput, fileName: fileName)
        } else {
            fileName = path
            directory = PathText.folder(of: path)
            // One stat for the kind and size (FileManager's attributes would also look up the
            // owner's name in the user database).
            var info = stat()
            guard stat(path, &info) == 0 else { throw .fileNotFound(path: path) }
            if info.st_mode & S_IFMT == S_IFDIR { throw invalid(Messages.isFolder, fileName) }
            if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > RoutineLimits.maxFileBytes {
                let size = Int(info.st_size)
                throw invalid(
                    Messages.fileTooLarge(bytes: size, limit: RoutineLimits.maxFileBytes), fileName)
            }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw .fileNotFound(path: path) }
            defer { try? handle.close() }
            bytes = try read(handle: handle, fileName: fileName)
        }
        var routine = try load(
            bytes: bytes, fileName: fileName, baseDirectory: directory.isEmpty ? "." : directory,
            isJSON: path.lowercased().hasSuffix(".json"), access: access)
        routine.source = path
        return routine
    }

    /// Decodes routine text held in memory: JSON when `fileName` ends in `.json`, YAML otherwise.
    ///
    /// - Parameters:
    ///   - text: The routine text.
    ///   - fileName: The name used in diagnostics.
    ///   - baseDirectory: The folder that relative image and layout paths start from, and the one
    ///     they must stay in; `nil` for the current directory.
    ///   - access: The folders besides `baseDirectory` that the routine may name files in.
    /// - Throws: `RoutineError.invalid` with every problem found.
    package static func load(
        text: String, fileName: String, baseDirectory: String?, access: FileAccess = FileAccess()
    )
        throws(RoutineError) -> Routine
    {
        try load(
            bytes: Array(text.utf8), fileName: fileName, baseDirectory: baseDirectory ?? ".",
            isJSON: fileName.lowercased().hasSuffix(".json"), access: access)
    }

    /// Decodes the bytes of a routine file, checking first that they are UTF-8 text.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The name used in diagnostics; `.json` selects JSON.
    ///   - baseDirectory: The folder that relative image and layout paths start from, and the one
    ///     they must stay in; `nil` for the current directory.
    ///   - access: The folders besides `baseDirectory` that the routine may name files in.
    /// - Throws: `RoutineError.invalid` with every problem found.
    package static func load(
        data: Data, fileName: String, baseDirectory: String?, access: FileAccess = FileAccess()
    ) throws(RoutineError)
        -> Routine
    {
        try load(
            bytes: Array(data), fileName: fileName, baseDirectory: baseDirectory ?? ".",
            isJSON: fileName.lowercased().hasSuffix(".json"), access: access)
    }

    /// Reads at most one byte more than the size limit.
    private static func read(handle: FileHandle, fileName: String) throws(RoutineError) -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            while bytes.count <= RoutineLimits.maxFileBytes {
                guard let chunk = try handle.read(upToCount: 65_536), !chunk.isEmpty else { break }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            throw invalid(Messages.unreadable, fileName)
        }
        // Read only as far as the limit: how much more there was is not known.
        if bytes.count > RoutineLimits.maxFileBytes {
            throw invalid(Messages.streamTooLarge(limit: RoutineLimits.maxFileBytes), fileName)
        }
        return bytes
    }

    /// Checks the encoding and size, then composes and decodes.
    private static func load(
        bytes input: [UInt8], fileName: String, baseDirectory: String, isJSON: Bool, access: FileAccess
    ) throws(RoutineError)
        -> Routine
    {
        if input.count > RoutineLimits.maxFileBytes {
            throw invalid(
                Messages.fileTooLarge(bytes: input.count, limit: RoutineLimits.maxFileBytes), fileName)
        }
        if input.starts(with: [0xFF, 0xFE, 0, 0]) || input.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw invalid(Messages.utf32, fileName)
        }
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            throw invalid(Messages.utf16, fileName)
        }
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        let source = SourceText(fileName: fileName, bytes: bytes)
        if let offset = SourceText.firstInvalidUTF8Offset(in: bytes) {
            throw .invalid([
                Diagnostic(
                    .error, Messages.notUTF8(byte: bytes[offset]), at: source.location(ofOffset: offset))
            ])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy({ $0.isWhitespace }) { throw invalid(Messages.emptyFile, fileName) }
        let document: DocumentComposer.Document
        do {
            document = try DocumentComposer(source: source, text: text, isJSON: isJSON).compose()
        } catch {
            throw .invalid(error.diagnostics)
        }
        guard let root = document.root else { throw invalid(Messages.onlyComments, fileName) }
        if case .scalar(let scalar) = root, scalar.style == .plain, scalar.string.isEmpty {
            throw invalid(Messages.noKeys, fileName)
        }
        var reader = NodeReader(source: source, repeatedKeys: document.repeatedKeys)
        reader.access = access
        var decoder = RoutineDecoder(reader: reader, baseDirectory: baseDirectory)
        if let routine = decoder.decode(root, sourcePath: nil) {
            if let problem = WorkBudget.problem(in: routine, root: root, fileName: fileName) {
                throw .invalid([problem])
            }
            return routine
        }
        throw .invalid(ordered(decoder.reader.diagnostics, unreported: decoder.reader.unreported))
    }

    /// Diagnostics in file order, then a line counting those not kept.
    static func ordered(_ diagnostics: [Diagnostic], unreported: Int) -> [Diagnostic] {
        var sorted = diagnostics.enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
        if unreported > 0, let last = sorted.last {
            sorted.append(Diagnostic(.error, Messages.tooManyProblems(unreported), at: last.location))
        }
        return sorted
    }

    private static func invalid(_ message: String, _ fileName: String) -> RoutineError {
        .invalid([Diagnostic(.error, message, at: SourceLocation(file: fileName, line: 1, column: 1))])
    }
}
