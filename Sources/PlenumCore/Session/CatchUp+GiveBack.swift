import Foundation

/// Giving minutes back: when the day is ahead again (a block ended early, a catch-up cut more than
/// turned out to be needed), the blocks still to come that are shorter than planned get their
/// minutes back, as far as the time before the next anchor and the end allows. Without it the time
/// won would sit as an unexplained gap before the next fixed start.
extension CatchUp {
    /// Whether this proposal makes blocks longer (gives minutes back) rather than shorter.
    public var givesBack: Bool { changes.contains { $0.to > $0.from } }

    /// Minutes the proposal gives back in all.
    public var minutesGivenBack: Int { changes.reduce(0) { $0 + max(0, $1.to - $1.from) } }

    /// The blocks still to come lengthened toward their planned minutes, within the time to spare
    /// before each anchor and the day's end (the plan's `end`, else the planned end).
    public static func giveBack(_ state: SessionState, clock: SessionClock, now: Date) -> CatchUp {
        let pending = state.agenda.filter { state.status(of: $0.id) == .pending }
        var minutes = Dictionary(uniqueKeysWithValues: pending.map { ($0.id, state.effectiveMinutes($0.id)) })
        if let current = state.current { minutes[current.id] = state.effectiveMinutes(current.id) }
        let start: Date
        if let c = state.currentID {
            start = now.addingTimeInterval(max(0, state.remaining(c, at: now)))
        } else {
            guard state.hasStarted, !state.hasEnded else { return CatchUp(changes: [], deadlines: []) }
            start = now
        }
        var segments: [(blocks: [AgendaItem], deadline: AgendaItem?)] = []
        // The running block gives its time won to the first stretch, like the blocks after it.
        var open: [AgendaItem] = state.current.map { [$0] } ?? []
        for item in pending {
            if item.block.at != nil {
                segments.append((open, item))
                open = []
            }
            open.append(item)
        }
        segments.append((open, nil))
        let end = state.plan.end ?? Schedule.plan(state.plan).end
        var gifts: [BlockID: Int] = [:]
        var deadlines: [Deadline] = []
        for segment in segments {
            let target = segment.deadline?.block.at ?? end
            let spare = -lateness(of: segment, target: target, start: start, pending: pending, minutes: minutes, clock: clock)
            let short = segment.blocks.compactMap { item -> (id: BlockID, shortfall: Int)? in
                let missing = state.plannedMinutes(item.id) - (minutes[item.id] ?? 0)
                return item.planIndex != nil && missing > 0 ? (item.id, missing) : nil
            }
            guard spare > 0, !short.isEmpty else { continue }
            for (id, gift) in shares(min(spare, short.reduce(0) { $0 + $1.shortfall }), over: short) { gifts[id] = gift }
            deadlines.append(Deadline(title: segment.deadline?.block.title, at: target, lateMinutes: 0, missingMinutes: 0))
        }
        let changes = ((state.current.map { [$0] } ?? []) + pending).compactMap { item -> Change? in
            guard let gift = gifts[item.id], gift > 0, let from = minutes[item.id] else { return nil }
            return Change(id: item.id, title: item.block.title, from: from, to: from + gift, running: item.id == state.currentID)
        }
        return CatchUp(changes: changes, deadlines: deadlines)
    }

    /// `amount` whole minutes shared in proportion to each block's shortfall (never more than it);
    /// the remainder to the largest fractions.
    static func shares(_ amount: Int, over blocks: [(id: BlockID, shortfall: Int)]) -> [BlockID: Int] {
        let total = blocks.reduce(0) { $0 + $1.shortfall }
        guard total > 0, amount > 0 else { return [:] }
        let exact = blocks.map { Double(amount) * Double($0.shortfall) / Double(total) }
        var whole = exact.map { Int($0) }
        var rest = amount - whole.reduce(0, +)
        for i in blocks.indices.sorted(by: { exact[$0] - Double(whole[$0]) > exact[$1] - Double(whole[$1]) }) where rest > 0 {
            whole[i] += 1
            rest -= 1
        }
        return Dictionary(uniqueKeysWithValues: blocks.indices.map { (blocks[$0].id, min(whole[$0], blocks[$0].shortfall)) })
    }
}
