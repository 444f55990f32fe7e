/// The stored form of the board: post-its, themes, dots, quick wins, plenum marks.
extension FactCoding {
    /// `postItAdded`: `id`, `block`, `table`, `group` (null: none), `kind`, `text`, `author`, and
    /// `station` only when there is one.
    struct PostItAdded: FactPayload {
        static let kind = "postItAdded"
        var draft: PostItDraft
        var fields: [(String, JSONValue)] {
            let d = draft
            return [("id", .string(d.id)), ("block", .string(d.block)), ("table", .string(d.table)),
                    ("group", d.group.map { .int($0) } ?? .null), ("kind", .string(d.kind)),
                    ("text", .string(d.text)), ("author", .string(d.author))]
                + (d.station.map { [("station", JSONValue.string($0))] } ?? [])
        }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .postItAdded(PostItDraft(id: try f.string("id"), block: try f.string("block"), table: try f.string("table"),
                                     group: f["group"]?.intValue, kind: try f.string("kind"),
                                     text: try f.string("text"), author: try f.string("author"),
                                     station: f["station"]?.stringValue))
        }
    }

    /// `postItEdited`: `id`, `text`, `kind`.
    struct PostItEdited: FactPayload {
        static let kind = "postItEdited"
        var id: String, text: String, postItKind: String
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("text", .string(text)), ("kind", .string(postItKind))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .postItEdited(id: try f.string("id"), text: try f.string("text"), kind: try f.string("kind"))
        }
    }

    /// `postItDeleted`: `id`.
    struct PostItDeleted: FactPayload {
        static let kind = "postItDeleted"
        var id: String
        var fields: [(String, JSONValue)] { [("id", .string(id))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .postItDeleted(id: try f.string("id")) }
    }

    /// `postItRestored`: `id`.
    struct PostItRestored: FactPayload {
        static let kind = "postItRestored"
        var id: String
        var fields: [(String, JSONValue)] { [("id", .string(id))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .postItRestored(id: try f.string("id")) }
    }

    /// `postItMoved`: `id`, `block`.
    struct PostItMoved: FactPayload {
        static let kind = "postItMoved"
        var id: String, block: BlockID
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("block", .string(block))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .postItMoved(id: try f.string("id"), block: try f.string("block"))
        }
    }

    /// `voted`: `id`, `delta`.
    struct Voted: FactPayload {
        static let kind = "voted"
        var id: String, delta: Int
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("delta", .int(delta))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .voted(id: try f.string("id"), delta: try f.int("delta")) }
    }

    /// `themed`: `id`, `theme` (null: out of its theme).
    struct Themed: FactPayload {
        static let kind = "themed"
        var id: String, theme: String?
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("theme", .optional(theme))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .themed(id: try f.string("id"), theme: f["theme"]?.stringValue)
        }
    }

    /// `themeRenamed`: `from`, `to`.
    struct ThemeRenamed: FactPayload {
        static let kind = "themeRenamed"
        var from: String, to: String
        var fields: [(String, JSONValue)] { [("from", .string(from)), ("to", .string(to))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .themeRenamed(from: try f.string("from"), to: try f.string("to"))
        }
    }

    /// `quickWinMarked`: `id`, `on`.
    struct QuickWinMarked: FactPayload {
        static let kind = "quickWinMarked"
        var id: String, on: Bool
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("on", .bool(on))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            let on = try f.bool("on")
            return .quickWinMarked(id: try f.string("id"), on: on)
        }
    }

    /// `plenumMarked`: `id`, `on`.
    struct PlenumMarked: FactPayload {
        static let kind = "plenumMarked"
        var id: String, on: Bool
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("on", .bool(on))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            let on = try f.bool("on")
            return .plenumMarked(id: try f.string("id"), on: on)
        }
    }
}
