import Foundation

extension SessionState {
    /// The block a post-it saved now belongs to: the running one; before the day, the first; after
    /// the day, the last that ran.
    public var noteBlockID: BlockID? {
        if let currentID { return currentID }
        if hasEnded, let last = agenda.last(where: { runs[$0.id] != nil }) { return last.id }
        return agenda.first?.id
    }

    /// The post-its (not removed) of `block`, for one table or all, in the order they were saved.
    public func postIts(in block: BlockID, table: String? = nil, includingDeleted: Bool = false) -> [PostIt] {
        postIts.filter { $0.block == block && (table == nil || $0.table == table) && (includingDeleted || !$0.deleted) }
    }

    /// How many post-its (not removed) each table has in `block`, in the plan's table order.
    public func postItCounts(in block: BlockID) -> [(table: String, count: Int)] {
        var counts: [String: Int] = [:]
        for p in postIts where p.block == block && !p.deleted { counts[p.table, default: 0] += 1 }
        return plan.tables.map { ($0.name, counts[$0.name] ?? 0) }
    }

    /// The post-it kinds offered in `block`: its `capture` kinds, or the plan's.
    public func captureKinds(in block: BlockID?) -> [String] {
        let capture = block.flatMap(anyBlock)?.capture ?? []
        return capture.isEmpty ? plan.kinds : capture
    }
}
