import Foundation
import Routine

/// Reads a picture file and checks it before anything decodes it: its kind by its first bytes,
/// its pixel size from the header (so a decompression bomb fails before a pixel is unpacked),
/// and, for SVG, that it refers to nothing outside itself.
package enum ImageInspector {
    /// The kinds of picture a sheet can show.
    package enum Kind: String, Sendable {
        case png, jpeg, svg
    }

    /// A checked picture: its bytes and, for raster images, its size in pixels as stored.
    package struct Checked: Sendable {
        package var kind: Kind
        package var data: Data
        package var pixelWidth: Int
        package var pixelHeight: Int
        /// How a JPEG's pixels are turned against the picture as seen (its EXIF orientation).
        package var orientation = PictureOrientation.up
        /// Whether a JPEG's colours are CMYK (or YCCK), which is drawn from its decoded pixels.
        package var isCMYK = false

        /// The size in pixels of the picture as seen, its orientation applied.
        package var uprightSize: (width: Int, height: Int) {
            orientation.upright(width: pixelWidth, height: pixelHeight)
        }
    }

    /// Most pixels along either side of a PNG or JPEG.
    package static let maxSide = 10_000
    /// Most pixels in all of a PNG or JPEG (40 megapixels, 160 MB once unpacked).
    package static let maxPixels = 40_000_000
    /// Most pixels of all the PNG and JPEG pictures of one sheet together (160 MB once decoded).
    package static let maxSheetPixels = 40_000_000
    /// Largest picture file read.
    package static let maxFileBytes = 25_000_000
    /// Largest SVG file read.
    package static let maxSVGBytes = 5_000_000

    /// Reads and checks the picture at `path` on the disk.
    /// - Throws: `ImageProblem` saying what is wrong with it.
    package static func inspect(path: String) throws(ImageProblem) -> Checked {
        // Opened without blocking and measured on the opened file (links followed), not the link.
        let data: Data
        do {
            data = try SafeFile.read(path: path, limit: maxFileBytes)
        } catch {
            throw problem(reading: path, error)
        }
        return try inspect(data, path: path)
    }

    /// What is wrong with a picture that could not be read.
    static func problem(reading path: String, _ failure: SafeFile.Failure) -> ImageProblem {
        func problem(_ reason: String) -> ImageProblem { ImageProblem(path: path, reason: reason) }
        switch failure {
        case .missing: return problem("does not exist")
        case .notRegular(let kind): return problem("is not a regular file (it is \(kind))")
        case .unreadable(let reason): return problem("cannot be read: \(reason)")
        case .tooLarge(let bytes):
            return problem(
                "is \(bytes / 1_000_000) MB; pictures of at most \(maxFileBytes / 1_000_000) MB are allowed")
        }
    }

    /// Checks the bytes of the picture named `path`: its kind, pixel size and, for SVG, safety.
    /// - Throws: `ImageProblem` saying what is wrong with it.
    package static func inspect(_ data: Data, path: String) throws(ImageProblem) -> Checked {
        try inspect(data, path: path, depth: 0)
    }

    /// `inspect`, for a picture `depth` pictures deep inside an SVG.
    private static func inspect(_ data: Data, path: String, depth: Int) throws(ImageProblem) -> Checked {
        func problem(_ reason: String) -> ImageProblem { ImageProblem(path: path, reason: reason) }
        let bytes = [UInt8](data)
        let kind: Kind
        var width = 0
        var height = 0
        var jpeg: JPEGHeader?
        var pngOrientation: PictureOrientation?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            kind = .png
            guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else {
                throw problem("is not a valid PNG file (its header is damaged)")
            }
            width = bigEndian(bytes, 16, 4)
            height = bigEndian(bytes, 20, 4)
            pngOrientation = pngExifOrientation(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            kind = .jpeg
            guard let header = JPEGHeader(bytes) else {
                throw problem("is not a valid JPEG file (it has no image size)")
            }
            (width, height) = (header.width, header.height)
            jpeg = header
        } else {
            kind = .svg
            guard data.count <= maxSVGBytes else {
                throw problem(
                    "is an SVG of \(data.count / 1_000_000) MB; SVG pictures of at most \(maxSVGBytes / 1_000_000) MB are allowed"
                )
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw problem("is not a PNG, JPEG or UTF-8 SVG file")
            }
            if let reason = SVGSafety.problem(in: text) { throw problem(reason) }
            try checkEmbeddedPictures(in: text, path: path, depth: depth)
        }
        if kind != .svg {
            guard width > 0, height > 0 else { throw problem("says it is \(width) × \(height) pixels, which is empty") }
            guard width <= maxSide, height <= maxSide, width * height <= maxPixels else {
                throw problem(
                    "is \(width) × \(height) pixels; pictures of at most \(maxSide) pixels a side and "
                        + "\(maxPixels / 1_000_000) megapixels are allowed (scale it down first)")
            }
        }
        var checked = Checked(kind: kind, data: data, pixelWidth: width, pixelHeight: height)
        if let jpeg {
            checked.orientation = jpeg.orientation
            checked.isCMYK = jpeg.isCMYK
        }
        if let pngOrientation { checked.orientation = pngOrientation }
        return checked
    }

    /// Holds the pictures an SVG carries as `data:` addresses to the limits of picture files:
    /// each within `maxSide` and `maxPixels`, and all of them together within `maxPixels`.
    private static func checkEmbeddedPictures(in text: String, path: String, depth: Int) throws(ImageProblem) {
        func problem(_ reason: String) -> ImageProblem { ImageProblem(path: path, reason: reason) }
        let payloads = SVGEmbeddedPictures.payloads(in: text)
        guard !payloads.isEmpty else { return }
        guard depth < SVGEmbeddedPictures.maxDepth else {
            throw problem("has pictures inside pictures more than \(SVGEmbeddedPictures.maxDepth) deep")
        }
        var pixels = 0
        for payload in payloads {
            let inner: Checked
            do {
                inner = try inspect(payload, path: path, depth: depth + 1)
            } catch {
                throw problem("carries a picture inside it (a data: address) that " + error.reason)
            }
            pixels += inner.pixelWidth * inner.pixelHeight
            guard pixels <= maxPixels else {
                throw problem(
                    "carries pictures inside it (data: addresses) of more than \(maxPixels / 1_000_000) megapixels "
                        + "together; scale them down first")
            }
        }
    }

    /// The orientation a PNG's `eXIf` chunk gives, read from the chunks before the pixels.
    private static func pngExifOrientation(_ bytes: [UInt8]) -> PictureOrientation? {
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = bigEndian(bytes, offset, 4)
            let type = bytes[offset + 4..<offset + 8]
            let start = offset + 8
            guard length <= bytes.count - start - 4 else { return nil }
            if type.elementsEqual("eXIf".utf8) {
                return PictureOrientation(pngExif: bytes[start..<start + length])
            }
            if type.elementsEqual("IDAT".utf8) || type.elementsEqual("IEND".utf8) { return nil }
            offset = start + length + 4
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
