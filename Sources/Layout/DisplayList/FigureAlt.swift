import Routine

extension PageItem {
    /// The item with `alt` as what it shows, when it is a drawing or a picture.
    package func described(_ alt: String) -> PageItem {
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
    package var alt: String? {
        switch self {
        case .shape(let shape): return shape.alt
        case .image(let image): return image.alt
        default: return nil
        }
    }
}

extension Step {
    /// What the step's figure shows, for a screen reader: its `image_alt:`, else its name, the
    /// figure's pose in the sheet's words, and the sides shown ("Knee to chest: lying on the back,
    /// moving one knee; left and right shown"); without words for the pose, `figureAlt`.
    package func figureAlt(pose words: PoseDescription?, left: String, right: String) -> String {
        if let imageAlt, !imageAlt.isEmpty { return imageAlt }
        guard let words else { return figureAlt(left: left, right: right) }
        var text = name + words.colon + words.pose
        switch dose.sides {
        case .each: text += words.semicolon + words.bothSides
        case .left: text += words.semicolon + left
        case .right: text += words.semicolon + right
        case .none: break
        }
        return text
    }

    /// What the step's picture or figure shows, for a screen reader: its `image_alt:`, else its
    /// name, with the sides shown ("Knee to chest (Left, Right)").
    package func figureAlt(left: String, right: String) -> String {
        if let imageAlt, !imageAlt.isEmpty { return imageAlt }
        switch dose.sides {
        case .each: return "\(name) (\(left), \(right))"
        case .left: return "\(name) (\(left))"
        case .right: return "\(name) (\(right))"
        case .none: return name
        }
    }
}

/// A figure's pose in words, with the punctuation and words that join a step's name, the pose and
/// its sides in the pose's language.
package struct PoseDescription: Sendable, Hashable {
    /// "lying on the back, moving one knee".
    package var pose: String
    /// After the name (": ", "：").
    package var colon: String
    /// Between the pose and the sides ("; ", "；", "؛ ").
    package var semicolon: String
    /// "left and right shown".
    package var bothSides: String

    /// Creates the words.
    package init(pose: String, colon: String, semicolon: String, bothSides: String) {
        self.pose = pose
        self.colon = colon
        self.semicolon = semicolon
        self.bothSides = bothSides
    }
}
