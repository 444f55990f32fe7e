/// A notetaker's votes and actor tags as facts: a dot or a place only while the running block's
/// vote is open, on a post-it the table may vote on, within the table's dots or places.
extension NoteEngine {
    static func priorityFacts(for intent: NoteIntent, at desk: NoteDesk, in state: SessionState) -> Result<[Fact], NoteRefusal> {
        let voter = Voter(table: desk.table, group: desk.group)
        switch intent {
        case .dot(let id, let delta):
            return ballot(id, voter, state, ranking: false).flatMap { block in
                if delta > 0 {
                    guard state.votesLeft(in: block, by: voter) > 0 else { return .failure(.noDotsLeft) }
                } else if state.priorities.dots(in: block, by: voter, on: id) == 0 {
                    return .failure(.noDotHere)
                }
                return .success([.dotted(VoteMark(block: block, id: id, voter: voter, change: delta < 0 ? -1 : 1))])
            }
        case .rank(let id, let place):
            return ballot(id, voter, state, ranking: true).flatMap { block in
                let now = state.priorities.rank(in: block, by: voter, of: id)
                if place == 0 { return .success(now == nil ? [] : [.ranked(VoteMark(block: block, id: id, voter: voter, change: 0))]) }
                guard now != nil || state.votesLeft(in: block, by: voter) > 0 else { return .failure(.topListFull) }
                let allowed = min(place, (state.vote(of: block)?.allowance ?? 1))
                return .success(now == allowed ? [] : [.ranked(VoteMark(block: block, id: id, voter: voter, change: allowed))])
            }
        case .tagActor(let id, let actor, let on):
            guard let postIt = state.postIt(id), !postIt.deleted else { return .failure(.unknownPostIt) }
            guard state.plan.actors.contains(actor) else { return .failure(.unknownActor) }
            let has = state.priorities.actors(of: id).contains(actor)
            return .success(has == on ? [] : [.actorTagged(id: id, actor: actor, on: on)])
        default:
            return .success([])
        }
    }

    /// The running block whose vote `voter` may cast on post-it `id`.
    private static func ballot(_ id: String, _ voter: Voter, _ state: SessionState, ranking: Bool) -> Result<BlockID, NoteRefusal> {
        guard let block = state.noteBlockID(at: voter.table), let vote = state.vote(of: block), vote.isRanking == ranking else {
            return .failure(.noVote)
        }
        guard !state.isVoteClosed(block) else { return .failure(.voteClosed) }
        guard state.votablePostIts(in: block, by: voter).contains(where: { $0.id == id }) else { return .failure(.notVotable) }
        return .success(block)
    }
}
