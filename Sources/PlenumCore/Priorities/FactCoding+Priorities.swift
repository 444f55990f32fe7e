/// The stored form of priorities: the tables' dots and places, a vote's close, actors' tags and
/// the quick wins' order.
extension FactCoding {
    /// The payloads of priorities, in `payloadTypes`.
    static let priorityPayloadTypes: [any FactPayload.Type] = [
        Dotted.self, Ranked.self, VoteClosed.self, ActorTagged.self, QuickWinsOrdered.self,
    ]

    /// A vote mark's fields: `block`, `id`, `table`, `group` (null: the whole table), `change`.
    static func fields(_ mark: VoteMark) -> [(String, JSONValue)] {
        [("block", .string(mark.block)), ("id", .string(mark.id)), ("table", .string(mark.voter.table)),
         ("group", mark.voter.group.map { .int($0) } ?? .null), ("change", .int(mark.change))]
    }

    /// A vote mark read back.
    static func mark(_ f: FactFields) throws(Unreadable) -> VoteMark {
        VoteMark(block: try f.string("block"), id: try f.string("id"),
                 voter: Voter(table: try f.string("table"), group: f["group"]?.intValue), change: try f.int("change"))
    }

    /// `dotted`: a table's dot more (+1) or less (-1) on a post-it.
    struct Dotted: FactPayload {
        static let kind = "dotted"
        static let isUndoable = false
        var mark: VoteMark
        var fields: [(String, JSONValue)] { FactCoding.fields(mark) }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .dotted(try FactCoding.mark(f)) }
    }

    /// `ranked`: a post-it's place in a table's top list (0: off it).
    struct Ranked: FactPayload {
        static let kind = "ranked"
        static let isUndoable = false
        var mark: VoteMark
        var fields: [(String, JSONValue)] { FactCoding.fields(mark) }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .ranked(try FactCoding.mark(f)) }
    }

    /// `voteClosed`: `block`, `closed`.
    struct VoteClosed: FactPayload {
        static let kind = "voteClosed"
        static let isUndoable = true
        var block: BlockID, closed: Bool
        var fields: [(String, JSONValue)] { [("block", .string(block)), ("closed", .bool(closed))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .voteClosed(block: try f.string("block"), closed: try f.bool("closed"))
        }
    }

    /// `actorTagged`: `id`, `contributor` (the actor: `actor` is the event's writer in exports), `on`.
    struct ActorTagged: FactPayload {
        static let kind = "actorTagged"
        static let isUndoable = false
        var id: String, actor: String, on: Bool
        var fields: [(String, JSONValue)] { [("id", .string(id)), ("contributor", .string(actor)), ("on", .bool(on))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .actorTagged(id: try f.string("id"), actor: try f.string("contributor"), on: try f.bool("on"))
        }
    }

    /// `quickWinsOrdered`: `ids`, the quick wins first first.
    struct QuickWinsOrdered: FactPayload {
        static let kind = "quickWinsOrdered"
        static let isUndoable = true
        var ids: [String]
        var fields: [(String, JSONValue)] { [("ids", .array(ids.map(JSONValue.string)))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            guard case .array(let list)? = f["ids"] else { throw f.unreadable(.missing("ids")) }
            let ids = list.compactMap(\.stringValue)
            guard ids.count == list.count else { throw f.unreadable(.notTexts("ids")) }
            return .quickWinsOrdered(ids: ids)
        }
    }
}

extension Fact {
    /// Hands a fact of priorities its payload (the rest of `visitPayload`).
    func visitPriorityPayload<V: FactPayloadVisitor>(_ visitor: V) -> V.Result {
        typealias C = FactCoding
        switch self {
        case .dotted(let mark): return visitor.visit(C.Dotted(mark: mark))
        case .ranked(let mark): return visitor.visit(C.Ranked(mark: mark))
        case .voteClosed(let block, let closed): return visitor.visit(C.VoteClosed(block: block, closed: closed))
        case .actorTagged(let id, let actor, let on): return visitor.visit(C.ActorTagged(id: id, actor: actor, on: on))
        case .quickWinsOrdered(let ids): return visitor.visit(C.QuickWinsOrdered(ids: ids))
        default: return visitor.visit(C.Undone(seqs: []))
        }
    }
}
