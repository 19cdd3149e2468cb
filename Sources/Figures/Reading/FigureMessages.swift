/// The wording of the figure and catalogue problems that are theirs alone, kept apart from the
/// checks for review; the words for values and keys every file kind shares are `Messages`'.
enum FigureMessages {
    static func angle(_ key: String, range: ClosedRange<Double>, found: String, why: String?) -> String {
        "\(key) must be a number of degrees from \(format(range.lowerBound)) to \(format(range.upperBound))"
            + (why.map { " (\($0))" } ?? "") + ", found \(found)"
    }
    static func belowFloor(depth: Double, part: String) -> String {
        "this pose puts \(part) \(format(depth.rounded())) units below the floor; change `rests-on` or the angles"
    }
    static let endWithoutStart = "a movement needs `start:` as well as `end:`"
    static let startWithoutEnd = "a movement needs `end:` as well as `start:`"
    static let movingWithoutMovement = "`moving` needs a movement: give `start:` and `end:` poses"
    static func unknownExercise(_ name: String) -> String { "unknown exercise \"\(name)\"" }
    static func unknownFigure(_ name: String) -> String {
        "unknown figure \"\(name)\": not an exercise of the catalogue"
    }
    static let seeList = "`repsheet exercises` lists the catalogue"
    static func missing(_ key: String, in place: String) -> String { "\(place) needs `\(key):`" }
    static func duplicate(_ name: String, first: String) -> String {
        "exercise name or alias \"\(name)\" is already used by \(first)"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
