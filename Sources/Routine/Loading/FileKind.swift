/// The kinds of YAML or JSON file RepSheet reads, each through the same hardened composer: the
/// kind only chooses the words of a message and how large the file may be.
package enum FileKind: Sendable, Equatable {
    /// An exercise routine (`back-stretches.yaml`).
    case routine
    /// A layout file (`mine.yaml`, `Layouts/classic.yaml`).
    case layout
    /// A client list in YAML or JSON (`clients.yaml`).
    case clients
    /// A file of the exercise catalogue (`Exercises/*.yaml`).
    case catalogue
    /// A clinic's brand file (`--brand lakeside.yaml`).
    case brand

    /// The file in words, for "… a routine needs far fewer".
    package var noun: String {
        switch self {
        case .routine: "a routine"
        case .layout: "a layout file"
        case .clients: "a client file"
        case .catalogue: "a catalogue file"
        case .brand: "a brand file"
        }
    }

    /// The most values a file may hold once aliases (`*name`) are expanded.
    ///
    /// A client list may name 100,000 clients, each with a few values, so it gets more.
    package var maxNodes: Int {
        self == .clients ? 20 * RoutineLimits.maxNodes : RoutineLimits.maxNodes
    }

    /// The most characters of text a file may hold once aliases are expanded.
    package var maxExpandedCharacters: Int {
        self == .clients ? 32 * RoutineLimits.maxExpandedCharacters : RoutineLimits.maxExpandedCharacters
    }
}
