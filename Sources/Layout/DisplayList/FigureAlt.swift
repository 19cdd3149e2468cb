import Routine

extension PageItem {
    /// The item with `alt` as what it shows, when it is a drawing or a picture.
    public func described(_ alt: String) -> PageItem {
        switch self {
        case .shape(var shape):
            shape.alt = alt
            return .shape(shape)
        case .image(var image):
            image.alt = alt
            return .image(image)
        default:
            return self
        }
    }

    /// What a drawing or picture shows, when the layout said.
    public var alt: String? {
        switch self {
        case .shape(let shape): return shape.alt
        case .image(let image): return image.alt
        default: return nil
        }
    }
}

extension Step {
    /// What the step's picture or figure shows, for a screen reader: its `image_alt:`, else its
    /// name, with the sides shown ("Knee to chest (Left, Right)").
    public func figureAlt(left: String, right: String) -> String {
        if let imageAlt, !imageAlt.isEmpty { return imageAlt }
        switch dose.sides {
        case .each: return "\(name) (\(left), \(right))"
        case .left: return "\(name) (\(left))"
        case .right: return "\(name) (\(right))"
        case .none: return name
        }
    }
}
