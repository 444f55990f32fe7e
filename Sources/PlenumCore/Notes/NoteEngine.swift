import Foundation

/// What a notetaker asks for at a table (imperative; the journal records facts).
public enum NoteIntent: Sendable, Equatable {
    case add(id: String, kind: String, text: String)
    case edit(id: String, text: String, kind: String)
    case delete(id: String)
    case restore(id: String)
    case move(id: String, to: BlockID)
    /// Mark a post-it as one the table reports in the plenum, or no longer.
    case markForPlenum(id: String, on: Bool)
    /// In a block where the tables vote: a dot more (+1) or less (-1) on a post-it.
    case dot(id: String, delta: Int)
    /// In a block where the tables rank: the post-it at this place of the table's top list (0: off it).
    case rank(id: String, place: Int)
    /// Tag a post-it with one of the plan's actors, or take the tag off.
    case tagActor(id: String, actor: String, on: Bool)
    /// Rate one of the running block's `rate` questions (from 0) with a value on its scale.
    case rate(id: String, question: Int, value: Int)
    /// Take one of the table's ratings back.
    case withdrawRating(id: String)

    /// Whether this is a rating (or taking one back) rather than a post-it.
    public var isRating: Bool {
        switch self {
        case .rate, .withdrawRating: return true
        default: return false
        }
    }
}

/// Why a notetaker's request was not carried out.
public enum NoteRefusal: Error, Sendable, Equatable {
    case empty
    case tooLong
    case unknownPostIt
    case anotherTablesPostIt
    case unknownBlock
    case noBlocks
    /// The running block does not ask the tables to vote (or rank, or spread dots).
    case noVote
    case voteClosed
    case notVotable
    case noDotsLeft
    case noDotHere
    case topListFull
    case unknownActor
    /// The running block asks for no ratings (or not that question).
    case notRated
    /// A rating outside the block's scale, 1 to `scale`.
    case outsideScale(Int)
}

/// Where a notetaker writes: one table (and group), as one author.
public struct NoteDesk: Sendable, Equatable {
    public var table: String
    public var group: Int?
    public var author: String

    public init(table: String, group: Int?, author: String) {
        self.table = table
        self.group = group
        self.author = author
    }
}

/// Turns a notetaker's intents into facts. Pure: a desk may only change its own table's post-its.
public enum NoteEngine {
    /// `now` places a post-it at the station its group is visiting, in a rotation inside a track.
    public static func facts(for intent: NoteIntent, at desk: NoteDesk, in state: SessionState,
                             now: Date = .distantPast) -> Result<[Fact], NoteRefusal> {
        switch intent {
        case .add(let id, let kind, let text):
            let text = text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .failure(.empty) }
            guard text.count <= PostIt.maxLength else { return .failure(.tooLong) }
            guard let block = state.noteBlockID(at: desk.table) else { return .failure(.noBlocks) }
            return .success([.postItAdded(PostItDraft(id: id, block: block, table: desk.table, group: desk.group,
                                                      kind: kind, text: text, author: desk.author,
                                                      station: state.station(at: desk, now: now)))])
        case .edit(let id, let text, let kind):
            let text = text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .failure(.empty) }
            guard text.count <= PostIt.maxLength else { return .failure(.tooLong) }
            return own(id, desk, state).map { _ in [.postItEdited(id: id, text: text, kind: kind)] }
        case .delete(let id):
            return own(id, desk, state).map { _ in [.postItDeleted(id: id)] }
        case .restore(let id):
            return own(id, desk, state).map { _ in [.postItRestored(id: id)] }
        case .move(let id, let block):
            guard state.index(of: block) != nil else { return .failure(.unknownBlock) }
            return own(id, desk, state).map { _ in [.postItMoved(id: id, block: block)] }
        case .markForPlenum(let id, let on):
            return own(id, desk, state).map { p in p.forPlenum == on ? [] : [.plenumMarked(id: id, on: on)] }
        case .dot, .rank, .tagActor:
            return priorityFacts(for: intent, at: desk, in: state)
        case .rate(let id, let question, let value):
            guard let block = state.noteBlockID(at: desk.table), let rated = state.anyBlock(block),
                  rated.rate.indices.contains(question) else { return .failure(.notRated) }
            guard (1...rated.scale).contains(value) else { return .failure(.outsideScale(rated.scale)) }
            return .success([.rated(Rating(id: id, block: block, table: desk.table, question: question,
                                           value: value, author: desk.author))])
        case .withdrawRating(let id):
            guard let rating = state.ratingBoard.rating(id) else { return .failure(.unknownPostIt) }
            guard rating.table == desk.table else { return .failure(.anotherTablesPostIt) }
            return .success(state.ratingBoard.isWithdrawn(id) ? [] : [.ratingWithdrawn(id: id)])
        }
    }

    private static func own(_ id: String, _ desk: NoteDesk, _ state: SessionState) -> Result<PostIt, NoteRefusal> {
        guard let postIt = state.postIt(id) else { return .failure(.unknownPostIt) }
        guard postIt.table == desk.table else { return .failure(.anotherTablesPostIt) }
        return .success(postIt)
    }
}
