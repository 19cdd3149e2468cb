import Yams

/// The located node every reader reads (routine, layout, client list, catalogue), seen the same
/// way by all of them.
extension Node {
    /// Whether the node is a scalar written without quotes, so that it can be a number.
    package var isPlainScalar: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain || scalar.style == .any
    }

    /// Whether the node is an empty value: `key:` with nothing after it, `~` or `null`, unquoted.
    package var isNullValue: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return FieldValues.isNull(scalar.string, plain: isPlainScalar)
    }

    /// What the node holds, in words for a message: `"three"`, `60`, `nothing`, `a list`.
    package var described: String {
        switch self {
        case .scalar(let scalar): FieldValues.described(scalar.string, plain: isPlainScalar)
        case .sequence: "a list"
        case .mapping: "a mapping (keys with values)"
        case .alias: "an alias"
        }
    }
}
