import Foundation
import Routine
import Yams

/// Which dose keys each step of a routine file wrote itself, as opposed to inheriting them from
/// the routine's `defaults`.
///
/// A client's `defaults` replace the routine's defaults, so they must not change a value a step
/// sets itself; the routine model has the defaults already applied, so this is read from the file.
public struct DoseOrigins: Sendable, Equatable {
    /// For every step in reading order (`Routine.allSteps`), the dose keys it wrote: `hold`, `reps`,
    /// `sets`, `sides`, `rest`.
    public var explicitKeys: [Set<String>]

    /// Creates origins from their parts.
    public init(explicitKeys: [Set<String>]) { self.explicitKeys = explicitKeys }

    /// Reads the origins of a routine file that has loaded without problems; `nil` when it cannot
    /// be read (standard input, or text from memory).
    /// - Parameter path: The routine file, as in `Routine.source`.
    public static func read(routineAt path: String) -> DoseOrigins? {
        guard path != "-", let data = FileManager.default.contents(atPath: path),
            data.count <= RoutineLimits.maxFileBytes, let text = String(data: data, encoding: .utf8)
        else { return nil }
        return DoseOrigins(routineText: text)
    }

    /// Reads the origins from the text of a valid routine file; `nil` when it cannot be parsed.
    public init?(routineText text: String) {
        guard NestingLimit.firstOffsetTooDeep(in: Array(text.utf8)) == nil,
            let node = try? Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8).singleRoot(),
            case .mapping(let root) = node
        else { return nil }
        var steps: [Node] = []
        if let sections = Self.value(root, "sections"), case .sequence(let list) = sections {
            for section in list {
                if case .mapping(let mapping) = section, let stepList = Self.value(mapping, "steps"),
                    case .sequence(let items) = stepList
                {
                    steps.append(contentsOf: items)
                }
            }
        } else if let stepList = Self.value(root, "steps"), case .sequence(let items) = stepList {
            steps = Array(items)
        }
        let doseKeys: Set<String> = ["hold", "reps", "sets", "sides", "rest"]
        explicitKeys = steps.map { step in
            guard case .mapping(let mapping) = step else { return [] }
            return Set(mapping.compactMap { $0.key.string }.filter { doseKeys.contains($0) })
        }
    }

    private static func value(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }
}
