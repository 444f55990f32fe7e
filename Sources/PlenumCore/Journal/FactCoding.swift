/// The stored form of a fact: its `type` and a JSON object of its fields. This is a file format:
/// add fields and types, never rename them. Each kind of fact has its payload type (its kind name,
/// how its fields are written and read: `FactPayloads+Agenda`, `+Board`, `+Attendance`);
/// `Fact.visitPayload` below picks a fact's own for writing and `payloadTypes` lists them all for
/// reading.
public enum FactCoding {
    /// A stored fact that cannot be read (unknown type or missing field), with the reason.
    public struct Unreadable: Error, Sendable {
        public var type: String
        public var flaw: Flaw
    }

    /// What is wrong with a stored fact; said in each language by `JournalVocabulary.flaw`.
    public enum Flaw: Sendable, Equatable {
        /// Its fields are not a JSON object.
        case notAnObject
        /// Its type names no kind of fact plenum knows.
        case unknownKind
        /// A field that must be there is not (or is not of its type).
        case missing(String)
        /// A field names a value plenum does not know (a kind of block, a stage content, …).
        case unknownValue(String)
        /// A field that must be a list of numbers is not.
        case notNumbers(String)
        /// A field that must be a list of texts is not.
        case notTexts(String)
        /// A group of `groupsFormed` without its table, number or members.
        case incompleteGroup
        /// Minutes no day has.
        case overADay(Int)
        /// The journal row's columns are not the types plenum writes.
        case badColumns
    }

    /// Every kind of fact's payload: a new kind of fact adds its own here.
    static let payloadTypes: [any FactPayload.Type] = [
        DayStarted.self, BlockStarted.self, Paused.self, Resumed.self, Extended.self, CardDealt.self,
        BlockEdited.self, BlockInserted.self, BlockDropped.self, TrackAdvanced.self, DayEnded.self,
        PostItAdded.self, PostItEdited.self, PostItDeleted.self, PostItRestored.self, PostItMoved.self,
        AttendanceMarked.self, WalkInAdded.self, GroupsFormed.self, StageShown.self, Voted.self, Themed.self,
        ThemeRenamed.self, QuickWinMarked.self, PresenterStarted.self, PlenumMarked.self, Undone.self,
        Rated.self, RatingWithdrawn.self,
    ] + priorityPayloadTypes

    /// The payloads by kind name, for reading a stored fact.
    private static let payloadTypesByKind: [String: any FactPayload.Type] =
        Dictionary(uniqueKeysWithValues: payloadTypes.map { ($0.kind, $0) })

    /// The fields of a fact, as an ordered JSON object.
    public static func payload(_ fact: Fact) -> JSONValue {
        .object(fact.visitPayload(FieldsOf()))
    }

    /// A fact's kind name, from its payload's type.
    struct KindOf: FactPayloadVisitor {
        func visit<P: FactPayload>(_ payload: P) -> String { P.kind }
    }

    /// Whether a fact can be undone, from its payload's type.
    struct UndoableOf: FactPayloadVisitor {
        func visit<P: FactPayload>(_ payload: P) -> Bool { P.isUndoable }
    }

    /// A fact's fields, from its payload.
    struct FieldsOf: FactPayloadVisitor {
        func visit<P: FactPayload>(_ payload: P) -> [(String, JSONValue)] { payload.fields }
    }

    /// Reads a fact back from its type and JSON payload.
    public static func fact(type: String, payload: String) throws(Unreadable) -> Fact {
        var payload = payload
        return try payload.withUTF8 { bytes in Result { () throws(Unreadable) in try fact(type: type, payloadUTF8: bytes) } }.get()
    }

    /// Reads a fact back from its type and the UTF-8 bytes of its JSON payload, as a journal
    /// stores them (read in place: opening 100,000 facts makes no `String` of each payload).
    public static func fact(type: String, payloadUTF8 payload: UnsafeBufferPointer<UInt8>) throws(Unreadable) -> Fact {
        guard let parsed = try? JSONReader.parse(utf8: payload), case .object(let pairs) = parsed else {
            throw Unreadable(type: type, flaw: .notAnObject)
        }
        guard let payloadType = payloadTypesByKind[type] else {
            throw Unreadable(type: type, flaw: .unknownKind)
        }
        return try payloadType.read(FactFields(kind: type, pairs: pairs))
    }
}

/// Something done with a fact's payload, whatever its type (without boxing it as `any FactPayload`).
protocol FactPayloadVisitor {
    associatedtype Result
    func visit<P: FactPayload>(_ payload: P) -> Result
}

extension Fact {
    /// Hands the fact's payload (its kind name and fields as stored) to `visitor`.
    func visitPayload<V: FactPayloadVisitor>(_ visitor: V) -> V.Result {
        typealias C = FactCoding
        switch self {
        case .dayStarted: return visitor.visit(C.DayStarted())
        case .blockStarted(let block): return visitor.visit(C.BlockStarted(block: block))
        case .paused: return visitor.visit(C.Paused())
        case .resumed: return visitor.visit(C.Resumed())
        case .extended(let block, let minutes): return visitor.visit(C.Extended(block: block, minutes: minutes))
        case .cardDealt(let block, let card): return visitor.visit(C.CardDealt(block: block, card: card))
        case .blockEdited(let block, let title, let minutes, let at):
            return visitor.visit(C.BlockEdited(block: block, title: title, minutes: minutes, at: at))
        case .blockInserted(let block, let after, let title, let kind, let minutes):
            return visitor.visit(C.BlockInserted(block: block, after: after, title: title, blockKind: kind, minutes: minutes))
        case .blockDropped(let block): return visitor.visit(C.BlockDropped(block: block))
        case .trackAdvanced(let block, let track): return visitor.visit(C.TrackAdvanced(block: block, track: track))
        case .dayEnded: return visitor.visit(C.DayEnded())
        case .postItAdded(let draft): return visitor.visit(C.PostItAdded(draft: draft))
        case .postItEdited(let id, let text, let kind): return visitor.visit(C.PostItEdited(id: id, text: text, postItKind: kind))
        case .postItDeleted(let id): return visitor.visit(C.PostItDeleted(id: id))
        case .postItRestored(let id): return visitor.visit(C.PostItRestored(id: id))
        case .postItMoved(let id, let block): return visitor.visit(C.PostItMoved(id: id, block: block))
        case .attendanceMarked(let name, let status): return visitor.visit(C.AttendanceMarked(name: name, status: status))
        case .walkInAdded(let name, let segment): return visitor.visit(C.WalkInAdded(name: name, segment: segment))
        case .groupsFormed(let block, let groups): return visitor.visit(C.GroupsFormed(block: block, groups: groups))
        case .stageShown(let content, let block): return visitor.visit(C.StageShown(content: content, block: block))
        case .voted(let id, let delta): return visitor.visit(C.Voted(id: id, delta: delta))
        case .themed(let id, let theme): return visitor.visit(C.Themed(id: id, theme: theme))
        case .themeRenamed(let from, let to): return visitor.visit(C.ThemeRenamed(from: from, to: to))
        case .quickWinMarked(let id, let on): return visitor.visit(C.QuickWinMarked(id: id, on: on))
        case .presenterStarted(let block, let presenter): return visitor.visit(C.PresenterStarted(block: block, presenter: presenter))
        case .plenumMarked(let id, let on): return visitor.visit(C.PlenumMarked(id: id, on: on))
        case .undone(let seqs): return visitor.visit(C.Undone(seqs: seqs))
        case .dotted, .ranked, .voteClosed, .actorTagged, .quickWinsOrdered: return visitPriorityPayload(visitor)
        case .rated(let rating): return visitor.visit(C.Rated(rating: rating))
        case .ratingWithdrawn(let id): return visitor.visit(C.RatingWithdrawn(id: id))
        }
    }
}
