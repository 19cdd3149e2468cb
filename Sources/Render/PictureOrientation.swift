/// How a JPEG's pixels are stored against how the picture is meant to be seen: its EXIF
/// orientation (a phone stores a portrait photo as a landscape one turned on its side, and says so).
///
/// The raw values are EXIF's: 1 upright, 2 mirrored left to right, 3 turned half a turn, 4
/// mirrored top to bottom, 5 mirrored along the main diagonal, 6 to be turned a quarter turn
/// clockwise, 7 mirrored along the other diagonal, 8 to be turned a quarter turn anticlockwise.
package enum PictureOrientation: Int, Sendable, CaseIterable {
    case up = 1
    case upMirrored = 2
    case down = 3
    case downMirrored = 4
    case leftMirrored = 5
    case right = 6
    case rightMirrored = 7
    case left = 8

    /// Whether the upright picture is the stored one's height wide (a quarter turn or a diagonal mirror).
    package var swapsSides: Bool { rawValue >= 5 }

    /// The upright size of a picture stored `width` × `height`.
    package func upright(width: Int, height: Int) -> (width: Int, height: Int) {
        swapsSides ? (height, width) : (width, height)
    }

    /// The affine map from a stored pixel (x, y) of a `width` × `height` picture to where it is
    /// seen upright: X = xx·x + xy·y + x0, Y = yx·x + yy·y + y0 (Cairo's `cairo_matrix_t` order).
    package func matrix(width w: Double, height h: Double) -> PictureMatrix {
        switch self {
        case .up: return PictureMatrix(xx: 1, yx: 0, xy: 0, yy: 1, x0: 0, y0: 0)
        case .upMirrored: return PictureMatrix(xx: -1, yx: 0, xy: 0, yy: 1, x0: w, y0: 0)
        case .down: return PictureMatrix(xx: -1, yx: 0, xy: 0, yy: -1, x0: w, y0: h)
        case .downMirrored: return PictureMatrix(xx: 1, yx: 0, xy: 0, yy: -1, x0: 0, y0: h)
        case .leftMirrored: return PictureMatrix(xx: 0, yx: 1, xy: 1, yy: 0, x0: 0, y0: 0)
        case .right: return PictureMatrix(xx: 0, yx: 1, xy: -1, yy: 0, x0: h, y0: 0)
        case .rightMirrored: return PictureMatrix(xx: 0, yx: -1, xy: -1, yy: 0, x0: h, y0: w)
        case .left: return PictureMatrix(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: w)
        }
    }
}

/// An affine map of the plane, in Cairo's `cairo_matrix_t` order.
package struct PictureMatrix: Sendable, Equatable {
    package var xx, yx, xy, yy, x0, y0: Double

    /// Where the point (x, y) goes.
    package func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        (xx * x + xy * y + x0, yx * x + yy * y + y0)
    }
}
