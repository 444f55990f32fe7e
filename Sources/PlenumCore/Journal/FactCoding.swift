import Foundation

/// The stored form of a fact: its `type` and a JSON object of its fields. This is a file format:
/// add fields and types, never rename them.
public enum FactCoding {
    /// A stored fact that cannot be read (unknown type or missing field), with the reason.
    public struct Unreadable: Error, Sendable {
        public var type: String
        public var reason: String
    }

    /// The fields of a fact, as an ordered JSON object.
    public static func payload(_ fact: Fact) -> JSONValue {
        switch fact {
        case .dayStarted, .paused, .resumed, .dayEnded:
            return .object([])
        case .blockStarted(let block), .blockDropped(let block):
            return .object([("block", .string(block))])
        case .extended(let block, let minutes):
            return .object([("block", .string(block)), ("minutes", .int(minutes))])
        case .cardDealt(let block, let card):
            return .object([("block", .string(block)), ("card", .int(card))])
        case .blockEdited(let block, let title, let minutes, let at):
            var pairs: [(String, JSONValue)] = [("block", .string(block))]
            if let title { pairs.append(("title", .string(title))) }
            if let minutes { pairs.append(("minutes", .int(minutes))) }
            switch at {
            case .set(let t): pairs.append(("at", .string(t.description)))
            case .clear: pairs.append(("at", .null))
            case nil: break
            }
            return .object(pairs)
        case .blockInserted(let block, let after, let title, let kind, let minutes):
            return .object([("block", .string(block)), ("after", .optional(after)), ("title", .string(title)),
                            ("kind", .string(kind.rawValue)), ("minutes", .int(minutes))])
        case .trackAdvanced(let block, let track):
            return .object([("block", .string(block)), ("track", .int(track))])
        case .postItAdded(let d):
            return .object([("id", .string(d.id)), ("block", .string(d.block)), ("table", .string(d.table)),
                            ("group", d.group.map { .int($0) } ?? .null), ("kind", .string(d.kind)),
                            ("text", .string(d.text)), ("author", .string(d.author))]
                           + (d.station.map { [("station", JSONValue.string($0))] } ?? []))
        case .postItEdited(let id, let text, let kind):
            return .object([("id", .string(id)), ("text", .string(text)), ("kind", .string(kind))])
        case .postItDeleted(let id), .postItRestored(let id):
            return .object([("id", .string(id))])
        case .postItMoved(let id, let block):
            return .object([("id", .string(id)), ("block", .string(block))])
        case .attendanceMarked(let name, let status):
            return .object([("name", .string(name)), ("status", .string(status.rawValue))])
        case .walkInAdded(let name, let segment):
            return .object([("name", .string(name)), ("segment", .optional(segment))])
        case .groupsFormed(let block, let groups):
            return .object([("block", .string(block)), ("groups", .array(groups.map { group in
                .object([("table", .string(group.table)), ("group", .int(group.group)),
                         ("members", .array(group.members.map(JSONValue.string)))])
            }))])
        case .stageShown(let content):
            return .object([("content", .string(content.rawValue))])
        case .voted(let id, let delta):
            return .object([("id", .string(id)), ("delta", .int(delta))])
        case .themed(let id, let theme):
            return .object([("id", .string(id)), ("theme", .optional(theme))])
        case .themeRenamed(let from, let to):
            return .object([("from", .string(from)), ("to", .string(to))])
        case .quickWinMarked(let id, let on):
            return .object([("id", .string(id)), ("on", .bool(on))])
        case .presenterStarted(let block, let presenter):
            return .object([("block", .string(block)), ("presenter", .int(presenter))])
        case .plenumMarked(let id, let on):
            return .object([("id", .string(id)), ("on", .bool(on))])
        case .rated(let r):
            return .object([("id", .string(r.id)), ("block", .string(r.block)), ("table", .string(r.table)),
                            ("question", .int(r.question)), ("value", .int(r.value)), ("author", .string(r.author))])
        case .ratingWithdrawn(let id):
            return .object([("id", .string(id))])
        case .undone(let seqs):
            return .object([("seqs", .array(seqs.map { .int(Int($0)) }))])
        }
    }

    /// Reads a fact back from its type and JSON payload.
    public static func fact(type: String, payload: String) throws(Unreadable) -> Fact {
        guard let parsed = try? JSONReader.parse(payload), case .object = parsed else {
            throw Unreadable(type: type, reason: "its fields are not a JSON object")
        }
        let object = parsed
        func string(_ key: String) throws(Unreadable) -> String {
            guard let s = object[key]?.stringValue else { throw Unreadable(type: type, reason: "no `\(key)`") }
            return s
        }
        func int(_ key: String) throws(Unreadable) -> Int {
            guard let n = object[key]?.intValue else { throw Unreadable(type: type, reason: "no `\(key)`") }
            return n
        }
        // Minutes no day has would overflow the clock arithmetic of every screen.
        func minutes(_ n: Int?, least: Int) throws(Unreadable) -> Int? {
            guard let n else { return nil }
            guard n >= least, n <= PlanLimits.dayMinutes else {
                throw Unreadable(type: type, reason: "\(n) minutes is more than a day")
            }
            return n
        }
        switch type {
        case "dayStarted": return .dayStarted
        case "paused": return .paused
        case "resumed": return .resumed
        case "dayEnded": return .dayEnded
        case "blockStarted": return .blockStarted(block: try string("block"))
        case "blockDropped": return .blockDropped(block: try string("block"))
        case "extended": return .extended(block: try string("block"), minutes: try minutes(try int("minutes"), least: -PlanLimits.dayMinutes) ?? 0)
        case "cardDealt": return .cardDealt(block: try string("block"), card: try int("card"))
        case "trackAdvanced": return .trackAdvanced(block: try string("block"), track: try int("track"))
        case "blockEdited":
            var at: Fact.AnchorChange?
            if let field = object["at"] {
                if let text = field.stringValue, let t = ClockTime.parse(text) { at = .set(t) } else { at = .clear }
            }
            return .blockEdited(block: try string("block"), title: object["title"]?.stringValue,
                                minutes: try minutes(object["minutes"]?.intValue, least: 1), at: at)
        case "blockInserted":
            guard let kind = Block.Kind(rawValue: try string("kind")) else {
                throw Unreadable(type: type, reason: "unknown kind")
            }
            return .blockInserted(block: try string("block"), after: object["after"]?.stringValue,
                                  title: try string("title"), kind: kind, minutes: try minutes(try int("minutes"), least: 1) ?? 1)
        case "postItAdded":
            return .postItAdded(PostItDraft(id: try string("id"), block: try string("block"), table: try string("table"),
                                            group: object["group"]?.intValue, kind: try string("kind"),
                                            text: try string("text"), author: try string("author"),
                                            station: object["station"]?.stringValue))
        case "postItEdited":
            return .postItEdited(id: try string("id"), text: try string("text"), kind: try string("kind"))
        case "rated":
            return .rated(Rating(id: try string("id"), block: try string("block"), table: try string("table"),
                                 question: try int("question"), value: try int("value"), author: try string("author")))
        case "ratingWithdrawn": return .ratingWithdrawn(id: try string("id"))
        case "postItDeleted": return .postItDeleted(id: try string("id"))
        case "postItRestored": return .postItRestored(id: try string("id"))
        case "postItMoved": return .postItMoved(id: try string("id"), block: try string("block"))
        case "attendanceMarked":
            guard let status = Fact.Attendance(rawValue: try string("status")) else {
                throw Unreadable(type: type, reason: "unknown attendance status")
            }
            return .attendanceMarked(name: try string("name"), status: status)
        case "walkInAdded":
            return .walkInAdded(name: try string("name"), segment: object["segment"]?.stringValue)
        case "groupsFormed":
            guard case .array(let list)? = object["groups"] else { throw Unreadable(type: type, reason: "no `groups`") }
            var groups: [SeatedGroup] = []
            for item in list {
                guard let table = item["table"]?.stringValue, let number = item["group"]?.intValue,
                      case .array(let names)? = item["members"] else {
                    throw Unreadable(type: type, reason: "a group without `table`, `group` or `members`")
                }
                let members = names.compactMap(\.stringValue)
                guard members.count == names.count else {
                    throw Unreadable(type: type, reason: "a group without `table`, `group` or `members`")
                }
                groups.append(SeatedGroup(table: table, group: number, members: members))
            }
            return .groupsFormed(block: try string("block"), groups: groups)
        case "voted": return .voted(id: try string("id"), delta: try int("delta"))
        case "themed": return .themed(id: try string("id"), theme: object["theme"]?.stringValue)
        case "themeRenamed": return .themeRenamed(from: try string("from"), to: try string("to"))
        case "quickWinMarked":
            guard let on = object["on"]?.boolValue else { throw Unreadable(type: type, reason: "no `on`") }
            return .quickWinMarked(id: try string("id"), on: on)
        case "stageShown":
            guard let content = Fact.StageContent(rawValue: try string("content")) else {
                throw Unreadable(type: type, reason: "unknown stage content")
            }
            return .stageShown(content)
        case "presenterStarted":
            return .presenterStarted(block: try string("block"), presenter: try int("presenter"))
        case "plenumMarked":
            guard let on = object["on"]?.boolValue else { throw Unreadable(type: type, reason: "no `on`") }
            return .plenumMarked(id: try string("id"), on: on)
        case "undone":
            guard case .array(let list)? = object["seqs"] else { throw Unreadable(type: type, reason: "no `seqs`") }
            let seqs = list.compactMap(\.intValue)
            guard seqs.count == list.count else { throw Unreadable(type: type, reason: "a `seqs` that is not a list of numbers") }
            return .undone(seqs: seqs.map(Int64.init))
        default:
            throw Unreadable(type: type, reason: "plenum does not know this kind of fact")
        }
    }
}
