import PlenumCore

/// Where the facilitator is on the tally screen: which vote and how far down.
public struct TallyCursor: Sendable, Equatable {
    public var block: BlockID?
    public var scroll = 0

    public init(block: BlockID?) {
        self.block = block
    }

    /// What a key on the tally screen leads to: intents, or closing.
    public mutating func handle(_ key: Key, state: SessionState) -> (intents: [Intent], close: Bool) {
        let blocks = state.voteBlocks
        let at = block.flatMap { blocks.firstIndex(of: $0) }
        switch PriorityKeys.tally.action(for: key) {
        case .previous: if let at, at > 0 { block = blocks[at - 1]; scroll = 0 }
        case .next: if let at, at + 1 < blocks.count { block = blocks[at + 1]; scroll = 0 }
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll += 10
        case .close:
            guard let block else { return ([], false) }
            return ([.closeVote(block, closed: !state.isVoteClosed(block))], false)
        case .stage:
            // The stage shows this vote; `s` again on the vote it shows takes it off.
            guard let block else { return ([.showOnStage(state.stageContent == .tally ? .timer : .tally)], false) }
            let shown = state.stageContent == .tally && state.stageTallyBlock == block
            return ([.showOnStage(shown ? .timer : .tally, block: block)], false)
        case .back: return ([], true)
        case nil: break
        }
        return ([], false)
    }
}

/// Where the facilitator is on the quick wins screen: the selected quick win.
public struct QuickWinsCursor: Sendable, Equatable {
    public var selected = 0

    public init() {}

    /// What a key on the quick wins screen leads to: the new order as a fact, or closing.
    public mutating func handle(_ key: Key, state: SessionState) -> (intents: [Intent], close: Bool) {
        var ids = state.orderedQuickWins.map(\.id)
        selected = max(0, min(selected, ids.count - 1))
        switch PriorityKeys.quickWins.action(for: key) {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, ids.count - 1), selected + 1)
        case .moveUp:
            guard selected > 0 else { return ([], false) }
            ids.swapAt(selected, selected - 1)
            selected -= 1
            return ([.orderQuickWins(ids)], false)
        case .moveDown:
            guard selected + 1 < ids.count else { return ([], false) }
            ids.swapAt(selected, selected + 1)
            selected += 1
            return ([.orderQuickWins(ids)], false)
        case .stage:
            return ([.showOnStage(state.stageContent == .quickWins ? .timer : .quickWins)], false)
        case .back: return ([], true)
        case nil: break
        }
        return ([], false)
    }
}
