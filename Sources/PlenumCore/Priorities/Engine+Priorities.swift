/// The facilitator's part in priorities: closing a vote, tagging actors on the wall, ordering the
/// quick wins.
extension Engine {
    static func priorityFacts(for intent: Intent, in state: SessionState) -> Result<[Fact], Refusal> {
        switch intent {
        case .closeVote(let block, let closed):
            guard state.vote(of: block) != nil else { return .failure(.noVote) }
            return .success(state.isVoteClosed(block) == closed ? [] : [.voteClosed(block: block, closed: closed)])
        case .tagActor(let id, let actor, let on):
            guard let postIt = state.postIt(id), !postIt.deleted else { return .failure(.noSuchPostIt) }
            guard state.plan.actors.contains(actor) else { return .failure(.noSuchActor) }
            return .success(state.priorities.actors(of: id).contains(actor) == on ? [] : [.actorTagged(id: id, actor: actor, on: on)])
        case .orderQuickWins(let ids):
            return .success(ids == state.orderedQuickWins.map(\.id) && ids == state.priorities.quickWinOrder ? [] : [.quickWinsOrdered(ids: ids)])
        default:
            return .success([])
        }
    }
}
