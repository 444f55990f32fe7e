/// The stored form of the day's course: blocks started, paused, extended, cards, tracks,
/// presenters, blocks edited, inserted and dropped, the stage, and undo.
extension FactCoding {
    /// `dayStarted`.
    struct DayStarted: FieldlessPayload {
        static let kind = "dayStarted", fact = Fact.dayStarted
        static let isUndoable = true
    }

    /// `paused`.
    struct Paused: FieldlessPayload {
        static let kind = "paused", fact = Fact.paused
        static let isUndoable = true
    }

    /// `resumed`.
    struct Resumed: FieldlessPayload {
        static let kind = "resumed", fact = Fact.resumed
        static let isUndoable = true
    }

    /// `dayEnded`.
    struct DayEnded: FieldlessPayload {
        static let kind = "dayEnded", fact = Fact.dayEnded
        static let isUndoable = true
    }

    /// `blockStarted`: `block`.
    struct BlockStarted: FactPayload {
        static let kind = "blockStarted"
        static let isUndoable = true
        var block: BlockID
        var fields: [(String, JSONValue)] { [("block", .string(block))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .blockStarted(block: try f.string("block")) }
    }

    /// `blockDropped`: `block`.
    struct BlockDropped: FactPayload {
        static let kind = "blockDropped"
        static let isUndoable = true
        var block: BlockID
        var fields: [(String, JSONValue)] { [("block", .string(block))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .blockDropped(block: try f.string("block")) }
    }

    /// `extended`: `block`, `minutes` (negative: shorter; at most a day either way).
    struct Extended: FactPayload {
        static let kind = "extended"
        static let isUndoable = true
        var block: BlockID, minutes: Int
        var fields: [(String, JSONValue)] { [("block", .string(block)), ("minutes", .int(minutes))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .extended(block: try f.string("block"), minutes: try f.minutes("minutes", least: -PlanLimits.dayMinutes))
        }
    }

    /// `cardDealt`: `block`, `card`.
    struct CardDealt: FactPayload {
        static let kind = "cardDealt"
        static let isUndoable = true
        var block: BlockID, card: Int
        var fields: [(String, JSONValue)] { [("block", .string(block)), ("card", .int(card))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .cardDealt(block: try f.string("block"), card: try f.int("card"))
        }
    }

    /// `trackAdvanced`: `block`, `track`.
    struct TrackAdvanced: FactPayload {
        static let kind = "trackAdvanced"
        static let isUndoable = true
        var block: BlockID, track: Int
        var fields: [(String, JSONValue)] { [("block", .string(block)), ("track", .int(track))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .trackAdvanced(block: try f.string("block"), track: try f.int("track"))
        }
    }

    /// `presenterStarted`: `block`, `presenter`.
    struct PresenterStarted: FactPayload {
        static let kind = "presenterStarted"
        static let isUndoable = true
        var block: BlockID, presenter: Int
        var fields: [(String, JSONValue)] { [("block", .string(block)), ("presenter", .int(presenter))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .presenterStarted(block: try f.string("block"), presenter: try f.int("presenter"))
        }
    }

    /// `blockEdited`: `block`, and only what changed: `title`, `minutes`, `at` (a time, or null
    /// for no fixed start).
    struct BlockEdited: FactPayload {
        static let kind = "blockEdited"
        static let isUndoable = true
        var block: BlockID, title: String?, minutes: Int?, at: Fact.AnchorChange?
        var fields: [(String, JSONValue)] {
            var pairs: [(String, JSONValue)] = [("block", .string(block))]
            if let title { pairs.append(("title", .string(title))) }
            if let minutes { pairs.append(("minutes", .int(minutes))) }
            switch at {
            case .set(let t): pairs.append(("at", .string(t.description)))
            case .clear: pairs.append(("at", .null))
            case nil: break
            }
            return pairs
        }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            var at: Fact.AnchorChange?
            if let field = f["at"] {
                if let text = field.stringValue, let t = ClockTime.parse(text) { at = .set(t) } else { at = .clear }
            }
            return .blockEdited(block: try f.string("block"), title: f["title"]?.stringValue,
                                minutes: try f.optionalMinutes("minutes", least: 1), at: at)
        }
    }

    /// `blockInserted`: `block`, `after` (null: at the start), `title`, `kind`, `minutes`.
    struct BlockInserted: FactPayload {
        static let kind = "blockInserted"
        static let isUndoable = true
        var block: BlockID, after: BlockID?, title: String, blockKind: Block.Kind, minutes: Int
        var fields: [(String, JSONValue)] {
            [("block", .string(block)), ("after", .optional(after)), ("title", .string(title)),
             ("kind", .string(blockKind.rawValue)), ("minutes", .int(minutes))]
        }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            let kind: Block.Kind = try f.named("kind")
            return .blockInserted(block: try f.string("block"), after: f["after"]?.stringValue, title: try f.string("title"),
                                  kind: kind, minutes: try f.minutes("minutes", least: 1))
        }
    }

    /// `stageShown`: `content`, and `block` only where the facilitator sent a block's tally (facts
    /// without it, older ones too, read as before).
    struct StageShown: FactPayload {
        static let kind = "stageShown"
        static let isUndoable = true
        var content: Fact.StageContent
        var block: BlockID?
        var fields: [(String, JSONValue)] {
            [("content", .string(content.rawValue))] + (block.map { [("block", .string($0))] } ?? [])
        }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .stageShown(try f.named("content"), block: f["block"]?.stringValue)
        }
    }

    /// `undone`: `seqs`, the sequence numbers of the facts taken back.
    struct Undone: FactPayload {
        static let kind = "undone"
        static let isUndoable = false
        var seqs: [Int64]
        var fields: [(String, JSONValue)] { [("seqs", .array(seqs.map { .int(Int($0)) }))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            guard case .array(let list)? = f["seqs"] else { throw f.unreadable(.missing("seqs")) }
            let seqs = list.compactMap(\.intValue)
            guard seqs.count == list.count else { throw f.unreadable(.notNumbers("seqs")) }
            return .undone(seqs: seqs.map(Int64.init))
        }
    }
}
