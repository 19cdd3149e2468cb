import Yams

extension NodeReader {
    /// The keys of a timed or distance step.
    static let timedKeys = ["duration", "distance"]

    /// Reads `duration:` and `distance:` among a step's `fields`.
    mutating func timedFields(_ fields: [String: Field], into dose: inout DoseFields) {
        if let field = fields["duration"], !isNull(field.value) {
            if let span = duration(field.value, key: "duration") {
                if span == nil { report(Messages.timedZero("duration", found: describe(field.value)), at: field.value) }
                dose.duration = span
            }
        }
        if let field = fields["distance"], !isNull(field.value) {
            if case .scalar(let scalar) = field.value, let distance = Distance(parsing: scalar.string) {
                dose.distance = distance
            } else {
                report(Messages.distance(found: describe(field.value)), at: field.value)
            }
        }
    }
}

extension Messages {
    /// A `duration` of zero.
    static func timedZero(_ key: String, found: String) -> String {
        "\(key) must be a time longer than zero, such as 10 min, found \(found)"
    }

    /// A `distance` that cannot be read.
    static func distance(found: String) -> String {
        "distance must be a number and a unit (\(Distance.units.joined(separator: ", "))), such as 1 km or 400 m, "
            + "found \(found)"
    }
}
