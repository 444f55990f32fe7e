import Foundation

extension SessionState {
    /// The block a post-it saved now belongs to: the running one; before the day, the first; after
    /// the day, the last that ran.
    public var noteBlockID: BlockID? {
        if let currentID { return currentID }
        if hasEnded, let last = agenda.last(where: { runs[$0.id] != nil }) { return last.id }
        return agenda.first?.id
    }

    /// The post-its (not removed) of `block`, for one table or all, in the order they were saved;
    /// for a tracks block, those of the blocks inside its tracks too (the wall shows them all).
    public func postIts(in block: BlockID, table: String? = nil, includingDeleted: Bool = false) -> [PostIt] {
        guard item(block)?.block.kind == .tracks else {
            return Array(board.list(in: block, table: table, includingDeleted: includingDeleted))
        }
        return Array(board.list(where: holder(block), table: table, includingDeleted: includingDeleted))
    }

    /// How many post-its (not removed) each table has in `block`, in the plan's table order (from
    /// the board's counts: nothing is scanned).
    public func postItCounts(in block: BlockID) -> [(table: String, count: Int)] {
        let blocks = item(block)?.block.kind == .tracks ? board.blocks(where: holder(block)) : [block]
        return plan.tables.map { t in (t.name, blocks.reduce(0) { $0 + board.count(in: $1, table: t.name) }) }
    }

    /// Whether a post-it filed under an identity belongs to `block`: the block itself, or for a
    /// tracks block one of the blocks inside its tracks ("p2.t1.b3").
    private func holder(_ block: BlockID) -> (BlockID) -> Bool {
        guard item(block)?.block.kind == .tracks else { return { $0 == block } }
        let prefix = block + ".t"
        return { $0 == block || $0.hasPrefix(prefix) }
    }

    /// The post-it kinds offered in `block`: its `capture` kinds, or the plan's.
    public func captureKinds(in block: BlockID?) -> [String] {
        let capture = block.flatMap(anyBlock)?.capture ?? []
        return capture.isEmpty ? plan.kinds : capture
    }
}
