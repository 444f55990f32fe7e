/// Folding and reading the facts of priorities: the tables' votes, their close, the actors of a
/// post-it and the quick wins' order. A fact that no longer makes sense (a vote closed, a dot too
/// many from a second terminal, an actor the plan does not name) is ignored, as every fold does.
extension SessionState {
    /// One fact of priorities' effect on the state (dispatched from `fold`); false for any other fact.
    mutating func foldPriorities(_ fact: Fact) -> Bool {
        switch fact {
        case .dotted(let mark):
            guard let vote = voteOpen(mark), !vote.isRanking else { return true }
            let mine = priorities.dots(in: mark.block, by: mark.voter, on: mark.id)
            if mark.change > 0 {
                guard priorities.dotsUsed(in: mark.block, by: mark.voter) < vote.allowance else { return true }
                priorities.dots[mark.block, default: [:]][mark.voter, default: [:]][mark.id] = mine + 1
                priorities.dotsByPostIt[mark.id, default: 0] += 1
                priorities.noteVoter(mark.voter, in: mark.block)
            } else if mark.change < 0, mine > 0 {
                priorities.dots[mark.block, default: [:]][mark.voter, default: [:]][mark.id] = mine == 1 ? nil : mine - 1
                priorities.dotsByPostIt[mark.id, default: 0] -= 1
            }
        case .ranked(let mark):
            guard let vote = voteOpen(mark), vote.isRanking, mark.change >= 0, mark.change <= vote.allowance else { return true }
            var list = priorities.ranking(in: mark.block, by: mark.voter)
            let had = list.firstIndex(of: mark.id)
            if let had { list.remove(at: had) }
            if mark.change > 0 {
                guard had != nil || list.count < vote.allowance else { return true }
                list.insert(mark.id, at: min(mark.change - 1, list.count))
                priorities.noteVoter(mark.voter, in: mark.block)
            }
            priorities.ranks[mark.block, default: [:]][mark.voter] = list
        case .voteClosed(let block, let closed):
            guard anyBlock(block)?.vote != nil else { return true }
            if closed { priorities.closed.insert(block) } else { priorities.closed.remove(block) }
        case .actorTagged(let id, let actor, let on):
            guard postIt(id) != nil, let actor = plan.actors.first(where: { $0.lowercased() == actor.lowercased() }) else { return true }
            var tagged = Set(priorities.actors(of: id))
            if on { tagged.insert(actor) } else { tagged.remove(actor) }
            priorities.actors[id] = tagged.isEmpty ? nil : plan.actors.filter(tagged.contains)
        case .quickWinsOrdered(let ids):
            var seen = Set<String>()
            priorities.quickWinOrder = ids.filter { seen.insert($0).inserted }
        default:
            return false
        }
        return true
    }

    /// The vote a mark belongs to, if it is open and the mark's post-it may be voted on by its voter.
    private func voteOpen(_ mark: VoteMark) -> Vote? {
        guard let vote = anyBlock(mark.block)?.vote, !priorities.closed.contains(mark.block),
              let postIt = postIt(mark.id), !postIt.deleted || mark.change <= 0 else { return nil }
        if vote.scope == .own, postIt.table != mark.voter.table { return nil }
        return vote
    }

    // MARK: - Reading

    /// The vote of a block (or of a block inside a track), if it has one.
    public func vote(of block: BlockID) -> Vote? { anyBlock(block)?.vote }

    /// Whether the facilitator closed `block`'s vote.
    public func isVoteClosed(_ block: BlockID) -> Bool { priorities.closed.contains(block) }

    /// The blocks whose post-its a table sees in `block`: every block before it on the agenda (and
    /// the blocks inside their tracks), then `block` itself.
    public func blocksThrough(_ block: BlockID) -> [BlockID] {
        let top = TrackPart(id: block)?.parent ?? block
        guard let last = index(of: top) else { return [block] }
        return agenda.prefix(last).flatMap { item -> [BlockID] in
            [item.id] + item.block.tracks.enumerated().flatMap { t, track in
                track.blocks.indices.map { TrackPart(parent: item.id, track: t, index: $0).id }
            }
        } + [block]
    }

    /// The post-its `voter` may vote on in `block`: its own table's (or, with `scope = "all"`,
    /// every table's) of `block` and the blocks before it, in the order they were saved per block.
    public func votablePostIts(in block: BlockID, by voter: Voter) -> PostItList {
        let scope = vote(of: block)?.scope ?? .own
        return board.list(in: blocksThrough(block), table: scope == .own ? voter.table : nil)
    }

    /// The dots (or places) `voter` has left in `block`'s vote.
    public func votesLeft(in block: BlockID, by voter: Voter) -> Int {
        guard let vote = vote(of: block) else { return 0 }
        let used = vote.isRanking ? priorities.ranking(in: block, by: voter).count : priorities.dotsUsed(in: block, by: voter)
        return max(0, vote.allowance - used)
    }

    /// The vote blocks of the day that have been voted in, in agenda order (blocks inside tracks
    /// after their tracks block).
    public var voteBlocks: [BlockID] {
        agenda.flatMap { item -> [BlockID] in
            [item.id] + item.block.tracks.enumerated().flatMap { t, track in
                track.blocks.indices.map { TrackPart(parent: item.id, track: t, index: $0).id }
            }
        }.filter { vote(of: $0) != nil }
    }

    /// The dots a post-it has in all: the facilitator's on the wall and the tables' in every vote.
    public func dots(of postIt: PostIt) -> Int { postIt.votes + (priorities.dotsByPostIt[postIt.id] ?? 0) }

    /// The dots on every post-it of `list` together, read where the post-its stand (no copy of
    /// one): the wall's status line asks it every frame, of blocks of 20,000 post-its.
    public func dots(in list: PostItList) -> Int {
        let tables = priorities.dotsByPostIt
        return list.positions.reduce(0) { total, p in
            total + list.board[p].votes + (tables.isEmpty ? 0 : tables[list.board[p].id] ?? 0)
        }
    }

    /// The day's quick wins (not removed) in the facilitator's order; those not placed yet follow,
    /// most dots first, then in the order they were saved.
    public var orderedQuickWins: [PostIt] {
        let wins = postIts.filter { !$0.deleted && $0.quickWin }
        let placed = priorities.quickWinOrder.compactMap { id in wins.first { $0.id == id } }
        let placedIDs = Set(placed.map(\.id))
        let rest = wins.filter { !placedIDs.contains($0.id) }.enumerated()
            .sorted { dots(of: $0.element) != dots(of: $1.element) ? dots(of: $0.element) > dots(of: $1.element) : $0.offset < $1.offset }
            .map(\.element)
        return placed + rest
    }
}

extension SessionState {
    /// The vote the stage and the console show first: the running block's, else the last one the
    /// tables voted in, else the day's first vote.
    public var tallyBlock: BlockID? {
        if let running = currentID, vote(of: running) != nil { return running }
        let blocks = voteBlocks
        return blocks.last { !(priorities.voters[$0]?.isEmpty ?? true) } ?? blocks.first
    }

    /// The vote the stage's tally shows: the one the facilitator sent (while its block still has a
    /// vote), else `tallyBlock`.
    public var stageTallyBlock: BlockID? {
        if let staged = stagedTally, vote(of: staged) != nil { return staged }
        return tallyBlock
    }
}
