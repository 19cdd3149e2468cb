import Foundation

/// How a rendered image differs from its reference, pixel by pixel, with a picture of the difference.
public struct ImageComparison: Sendable {
    /// Pixels whose brightest-moving channel moved by more than the tolerance.
    public let differing: Int
    /// The largest change of one channel anywhere, 0 to 255.
    public let largestChange: Int
    /// The smallest rectangle holding every differing pixel (x, y, width, height, in pixels), if any.
    public let bounds: (x: Int, y: Int, width: Int, height: Int)?
    /// The reference faded to light grey, with ink the rendering added in red, ink it lost in blue,
    /// and an orange frame around the differences so that a single letter is found at a glance.
    public let diff: PixelImage

    /// Compares two images of the same size.
    /// - Parameter tolerance: how far one channel of a pixel may move before the pixel differs.
    public init(actual: PixelImage, expected: PixelImage, tolerance: Int) {
        precondition(actual.width == expected.width && actual.height == expected.height, "sizes differ")
        var pixels = expected.pixels.map(Self.faded)
        var differing = 0
        var largest = 0
        var minX = Int.max
        var minY = Int.max
        var maxX = -1
        var maxY = -1
        for index in actual.pixels.indices {
            let change = Self.distance(actual.pixels[index], expected.pixels[index])
            largest = max(largest, change)
            guard change > tolerance else { continue }
            differing += 1
            let x = index % actual.width
            let y = index / actual.width
            minX = min(minX, x)
            minY = min(minY, y)
            maxX = max(maxX, x)
            maxY = max(maxY, y)
            let darker = PixelImage.luma(actual.pixels[index]) < PixelImage.luma(expected.pixels[index])
            pixels[index] = darker ? 0xE0_1010 : 0x1040_E0
        }
        self.differing = differing
        largestChange = largest
        if maxX >= 0 {
            bounds = (minX, minY, maxX - minX + 1, maxY - minY + 1)
            Self.frame(&pixels, width: actual.width, height: actual.height, around: (minX, minY, maxX, maxY))
        } else {
            bounds = nil
        }
        diff = PixelImage(width: actual.width, height: actual.height, pixels: pixels)
    }

    /// One line for a failure message: how many pixels differ and where, in points from the page's
    /// top-left corner.
    public func summary(pixelsPerPoint: Double) -> String {
        guard let bounds else { return "no pixel differs" }
        func points(_ pixels: Int) -> String { String(format: "%.1f", Double(pixels) / pixelsPerPoint) }
        return "\(differing) pixels differ (largest change \(largestChange) levels) within "
            + "x \(points(bounds.x))–\(points(bounds.x + bounds.width)) pt, "
            + "y \(points(bounds.y))–\(points(bounds.y + bounds.height)) pt"
    }

    /// The largest difference of one colour channel between two pixels.
    public static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        var largest = 0
        for shift: UInt32 in [16, 8, 0] {
            let x = Int((a >> shift) & 0xFF)
            let y = Int((b >> shift) & 0xFF)
            largest = max(largest, abs(x - y))
        }
        return largest
    }

    /// A light grey version of a pixel, so differences drawn in colour stand out.
    static func faded(_ pixel: UInt32) -> UInt32 {
        let light = UInt32(191 + PixelImage.luma(pixel) / 4)
        return light << 16 | light << 8 | light
    }

    /// Draws a two-pixel orange frame a few pixels outside a rectangle.
    static func frame(
        _ pixels: inout [UInt32], width: Int, height: Int, around box: (Int, Int, Int, Int)
    ) {
        let margin = 6
        let left = max(0, box.0 - margin)
        let top = max(0, box.1 - margin)
        let right = min(width - 1, box.2 + margin)
        let bottom = min(height - 1, box.3 + margin)
        for thickness in 0..<2 {
            for x in left...right {
                if top + thickness <= bottom { pixels[(top + thickness) * width + x] = 0xF0_9000 }
                if bottom - thickness >= top { pixels[(bottom - thickness) * width + x] = 0xF0_9000 }
            }
            for y in top...bottom {
                if left + thickness <= right { pixels[y * width + left + thickness] = 0xF0_9000 }
                if right - thickness >= left { pixels[y * width + right - thickness] = 0xF0_9000 }
            }
        }
    }
}
