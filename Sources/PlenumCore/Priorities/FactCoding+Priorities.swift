/// The stored form of the facts of priorities: votes, their close, actors and the quick wins' order.
extension FactCoding {
    /// The fields of a fact of priorities (nil for any other fact).
    static func priorityPayload(_ fact: Fact) -> JSONValue? {
        switch fact {
        case .dotted(let mark), .ranked(let mark):
            return .object([("block", .string(mark.block)), ("id", .string(mark.id)), ("table", .string(mark.voter.table)),
                            ("group", mark.voter.group.map { .int($0) } ?? .null), ("change", .int(mark.change))])
        case .voteClosed(let block, let closed):
            return .object([("block", .string(block)), ("closed", .bool(closed))])
        case .actorTagged(let id, let actor, let on):
            return .object([("id", .string(id)), ("contributor", .string(actor)), ("on", .bool(on))])
        case .quickWinsOrdered(let ids):
            return .object([("ids", .array(ids.map(JSONValue.string)))])
        default:
            return nil
        }
    }

    /// A fact of priorities read back from its type and fields (nil when `type` is another kind).
    static func priorityFact(type: String, object: JSONValue) throws(Unreadable) -> Fact? {
        func string(_ key: String) throws(Unreadable) -> String {
            guard let s = object[key]?.stringValue else { throw Unreadable(type: type, reason: "no `\(key)`") }
            return s
        }
        func bool(_ key: String) throws(Unreadable) -> Bool {
            guard let b = object[key]?.boolValue else { throw Unreadable(type: type, reason: "no `\(key)`") }
            return b
        }
        func mark() throws(Unreadable) -> VoteMark {
            guard let change = object["change"]?.intValue else { throw Unreadable(type: type, reason: "no `change`") }
            return VoteMark(block: try string("block"), id: try string("id"),
                            voter: Voter(table: try string("table"), group: object["group"]?.intValue), change: change)
        }
        switch type {
        case "dotted": return .dotted(try mark())
        case "ranked": return .ranked(try mark())
        case "voteClosed": return .voteClosed(block: try string("block"), closed: try bool("closed"))
        case "actorTagged": return .actorTagged(id: try string("id"), actor: try string("contributor"), on: try bool("on"))
        case "quickWinsOrdered":
            guard case .array(let list)? = object["ids"] else { throw Unreadable(type: type, reason: "no `ids`") }
            let ids = list.compactMap(\.stringValue)
            guard ids.count == list.count else { throw Unreadable(type: type, reason: "an `ids` that is not a list of texts") }
            return .quickWinsOrdered(ids: ids)
        default:
            return nil
        }
    }
}
