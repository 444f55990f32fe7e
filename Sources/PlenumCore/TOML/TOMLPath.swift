/// One step into a TOML document: a key of a table or an index into an array.
enum TOMLPathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    var description: String {
        switch self {
        case .key(let k): return k
        case .index(let i): return "[\(i)]"
        }
    }
}

/// A path from the document root to a value, e.g. `blocks[3].minutes`.
typealias TOMLPath = [TOMLPathComponent]
