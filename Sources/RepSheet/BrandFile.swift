import Foundation
import Layout
import Render
import Routine
import Yams

/// Reads a brand file: a small YAML mapping of a clinic's `name`, `logo`, `logo-height`,
/// `address`, `phone`, `web` and `accent`.
///
/// The logo is contained like a step's picture: relative to the brand file and inside its folder
/// (or an allowed one), a PNG, JPEG or SVG by its content within the size caps, decoded in the
/// caged child first. The accent must have a contrast of at least 4.5:1 with the paper.
///
/// ```yaml
/// name: Lakeside Physiotherapy
/// logo: lakeside-logo.svg
/// address: 48 Harbour Road, Lakeside
/// phone: (555) 010-2030
/// web: lakeside-physio.example
/// accent: "#7A2E5C"
/// ```
public struct BrandFile {
    /// The keys a brand file takes.
    public static let keys = ["name", "logo", "logo-height", "address", "phone", "web", "accent"]
    /// The largest brand file read.
    static let maxBytes = 64 * 1024
    /// The longest text value.
    static let maxText = 200

    /// Where the brand file is.
    public let path: String
    /// The folders besides the brand file's own its logo may be in.
    public var access: FileAccess

    /// A reader for the brand file at `path`.
    public init(path: String, access: FileAccess = FileAccess()) {
        self.path = path
        self.access = access
    }

    /// Reads and checks the brand.
    /// - Parameters:
    ///   - format: the output format, for the caged check of the logo.
    ///   - dpi: the PNG resolution, for the caged check of the logo.
    ///   - fontsDirectory: RepSheet's fonts, for the caged check of an SVG logo.
    /// - Throws: `RepSheetError.layout` with FILE:LINE:COLUMN for a problem of the file,
    ///   `RepSheetError.render(.badImage)` for a logo that cannot be drawn.
    package func load(format: OutputFormat = .pdf, dpi: Int = 150, fontsDirectory: String? = nil)
        throws(RepSheetError) -> Brand
    {
        let data: Data
        do {
            data = try SafeFile.read(path: path, limit: Self.maxBytes)
        } catch {
            throw problem("cannot read the brand file \(path): \(Self.words(error))", at: nil)
        }
        let node: Node?
        do {
            // The routine's hardened composer: located, escaped and short messages, repeated keys
            // and alias budgets, whatever file was named.
            node = try YAMLFile.compose(String(decoding: data, as: UTF8.self), fileName: path, kind: .brand)
        } catch {
            throw .layout(.invalid(error.diagnostics))
        }
        guard case .mapping(let mapping)? = node else {
            throw problem("a brand file is a set of keys (\(Self.keys.joined(separator: ", ")))", at: node)
        }
        var brand = Brand()
        var logoNode: Node?
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard Self.keys.contains(key) else {
                throw problem(
                    "unknown key `\(key)` in the brand file (keys: \(Self.keys.joined(separator: ", ")))", at: keyNode)
            }
            guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
                throw problem("`\(key)` must be text", at: value)
            }
            let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count <= Self.maxText,
                !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else {
                throw problem("`\(key)` must be one line of at most \(Self.maxText) characters", at: value)
            }
            switch key {
            case "name": brand.name = text
            case "address": brand.address = text
            case "phone": brand.phone = text
            case "web": brand.web = try web(text, at: value)
            case "accent": brand.accent = try accent(text, at: value)
            case "logo-height":
                guard let height = Length(parsing: text), Brand.logoHeights.contains(height) else {
                    throw problem("`logo-height` must be a length from 6mm to 30mm, found \"\(text)\"", at: value)
                }
                brand.logoHeight = height
            default:
                brand.logo = try logo(text, at: value)
                logoNode = value
            }
        }
        if let logo = brand.logo {
            do throws(ImageProblem) {
                let checked = try ImageInspector.inspect(path: logo)
                let upright = checked.uprightSize
                if upright.width > 0, upright.height > 0 {
                    brand.logoAspect = Double(upright.width) / Double(upright.height)
                }
                if let fontsDirectory {
                    try PictureCage.check(
                        checked, path: logo, format: format, dpi: dpi, fontsDirectory: fontsDirectory)
                }
            } catch {
                var problem = error
                problem.location =
                    problem.location ?? logoNode.map { location(of: $0) }
                    ?? SourceLocation(file: path, line: 1, column: 1)
                throw .render(.badImage(problem))
            }
        }
        return brand
    }

    /// The accent colour, refused when text in it would be hard to read on the paper.
    private func accent(_ text: String, at node: Node) throws(RepSheetError) -> Color {
        guard let color = Color(hex: text) else {
            throw problem("`accent` must be a colour written #RRGGBB, found \"\(text)\"", at: node)
        }
        let contrast = color.contrast(with: .white)
        guard contrast >= Brand.leastContrast else {
            let ratio = String(format: "%.2f", contrast)
            throw problem(
                "accent \(text) has a contrast of \(ratio):1 with the white paper; text in the accent colour needs "
                    + "at least \(Brand.leastContrast):1, so choose a darker colour", at: node)
        }
        return color
    }

    /// The web address, printed and linked: a host and path, or an `http(s)://` address. Any
    /// other scheme (`javascript:`, `file:`) would make the printed link do something else.
    private func web(_ text: String, at node: Node) throws(RepSheetError) -> String {
        let beforeColon = text.prefix { $0 != ":" && $0 != "/" && $0 != "." }
        let hasOtherScheme =
            text.dropFirst(beforeColon.count).first == ":" && !beforeColon.isEmpty
            && !["http", "https"].contains(beforeColon.lowercased())
        guard !hasOtherScheme, !text.contains(where: \.isWhitespace) else {
            throw problem(
                "`web` must be a web address such as lakeside-physio.example or https://lakeside-physio.example, "
                    + "found \"\(TextEscaping.excerpt(text))\"", at: node)
        }
        return text
    }

    /// The logo's absolute path, inside the brand file's folder or an allowed one.
    private func logo(_ text: String, at node: Node) throws(RepSheetError) -> String {
        let folder = PathText.folder(of: path)
        let base = folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
        let absolute = ((text.hasPrefix("/") ? text : (base as NSString).appendingPathComponent(text)) as NSString)
            .standardizingPath
        guard access.permits(absolute, baseDirectory: base) else {
            throw problem(
                "logo \"\(text)\" is outside the brand file's folder; a brand may name only files inside it "
                    + "(or a folder given with --allow-path)", at: node)
        }
        if let failure = SafeFile.problem(at: absolute) {
            throw problem("logo \"\(text)\" cannot be used: \(Self.words(failure))", at: node)
        }
        return absolute
    }

    /// A file problem in words.
    static func words(_ failure: SafeFile.Failure) -> String {
        switch failure {
        case .missing: return "there is no such file"
        case .notRegular(let kind): return "it is \(kind), not a file"
        case .unreadable(let reason): return reason
        case .tooLarge: return "it is too large"
        }
    }

    /// `node`'s place in the brand file.
    private func location(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// An error at `node`'s place in the brand file, or about the whole file.
    private func problem(_ message: String, at node: Node?) -> RepSheetError {
        .layout(.invalid([Diagnostic(.error, message, at: node.map { location(of: $0) }, file: path)]))
    }
}
