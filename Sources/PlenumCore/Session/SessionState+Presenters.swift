import Foundation

/// Presentations: in a block with `present`, the tables (or groups) take the floor in turn, moved on
/// by the facilitator (`>` / `<`). Each turn's start is a fact; its end is the next turn's start or
/// the block's stop. The time left of the block is shared equally by the presenter on the floor and
/// those still to come, so slots shrink when someone runs long and grow when someone is quick.
extension SessionState {
    /// One table or group that presents.
    public struct Presenter: Sendable, Equatable {
        /// "Bord 2", or "Bord 2 · gruppe 1" for a group at a table with several.
        public var name: String
        public var table: String
        /// The group at the table; nil when the whole table presents.
        public var group: Int?
    }

    /// Where a presentation block stands now.
    public struct PresenterTurn: Sendable, Equatable {
        /// The presenter on the floor (0-based) and how many there are.
        public var index: Int
        public var count: Int
        public var presenter: Presenter
        public var next: Presenter?
        /// Seconds left of the presenter's slot (negative: over).
        public var secondsLeft: TimeInterval
        /// The presenter's slot as it stands now (an equal share of what was left when they began).
        public var slotSeconds: TimeInterval
        /// Each later presenter's slot if this one uses their slot (or has already run over it).
        public var laterSlotSeconds: TimeInterval?
        /// Each presenter's slot in the plan (the planned minutes shared equally).
        public var plannedSlotSeconds: TimeInterval
    }

    /// How long one presenter had and took.
    public struct PresenterTime: Sendable, Equatable {
        public var presenter: Presenter
        public var plannedSeconds: TimeInterval
        /// Running seconds on the floor (0: never presented).
        public var actualSeconds: TimeInterval
        /// When they first took the floor and last left it (nil: not yet, or still on the floor).
        public var start: Date?
        public var end: Date?
    }

    /// The tables or groups that present in `block`, in order (empty without `present`).
    public func presenters(of id: BlockID) -> [Presenter] {
        guard let block = item(id)?.block, let present = block.present else { return [] }
        switch present {
        case .tables:
            return plan.tables.map { Presenter(name: $0.name, table: $0.name, group: nil) }
        case .groups:
            return GroupRef.all(of: plan.tables).map { ref in
                let one = plan.tables.first { $0.name == ref.table }?.groups ?? 1 <= 1
                return Presenter(name: ref.label(plan.language, tableHasOneGroup: one), table: ref.table,
                                 group: one ? nil : ref.group)
            }
        }
    }

    /// The planned minutes of a block: as the plan wrote them (as inserted, for a live block).
    func plannedMinutes(_ id: BlockID) -> Int {
        guard let item = item(id) else { return 0 }
        if let i = item.planIndex, i < plan.blocks.count { return plan.blocks[i].minutes }
        return item.block.minutes
    }

    /// The turns so far: each presenter's start in running seconds of the block (the first at 0).
    private func turns(_ id: BlockID) -> [(presenter: Int, elapsed: TimeInterval, at: Date)] {
        guard let run = runs[id] else { return [] }
        return [(0, 0, run.firstStart)] + run.presenterStarts.map { start in
            (start.presenter, run.activeSeconds(from: .distantPast, to: start.at), start.at)
        }
    }

    /// Who presents now in a running presentation block, and the time of their slot.
    public func presenterTurn(_ id: BlockID, at now: Date) -> PresenterTurn? {
        let list = presenters(of: id)
        guard !list.isEmpty, let turn = turns(id).last else { return nil }
        let total = TimeInterval(effectiveMinutes(id) * 60)
        let elapsed = self.elapsed(id, at: now)
        let sharing = TimeInterval(list.count - turn.presenter)
        let slot = max(0, total - turn.elapsed) / sharing
        let later = list.count - turn.presenter - 1
        let laterSlot = later > 0 ? max(0, total - max(elapsed, turn.elapsed + slot)) / TimeInterval(later) : nil
        return PresenterTurn(index: turn.presenter, count: list.count, presenter: list[turn.presenter],
                             next: turn.presenter + 1 < list.count ? list[turn.presenter + 1] : nil,
                             secondsLeft: slot - (elapsed - turn.elapsed), slotSeconds: slot,
                             laterSlotSeconds: laterSlot,
                             plannedSlotSeconds: TimeInterval(plannedMinutes(id) * 60) / TimeInterval(list.count))
    }

    /// Every presenter of a block with their planned and actual time (for the minutes).
    public func presenterTimes(_ id: BlockID, at now: Date) -> [PresenterTime] {
        let list = presenters(of: id)
        guard !list.isEmpty else { return [] }
        let planned = TimeInterval(plannedMinutes(id) * 60) / TimeInterval(list.count)
        var times = list.map { PresenterTime(presenter: $0, plannedSeconds: planned, actualSeconds: 0) }
        guard let run = runs[id] else { return times }
        let turns = self.turns(id)
        let stop = currentID == id ? now : (run.lastEnd ?? now)
        for (k, turn) in turns.enumerated() {
            let endDate = k + 1 < turns.count ? turns[k + 1].at : stop
            times[turn.presenter].actualSeconds += run.activeSeconds(from: turn.at, to: endDate)
            if times[turn.presenter].start == nil { times[turn.presenter].start = turn.at }
            let onFloor = k + 1 == turns.count && currentID == id
            times[turn.presenter].end = onFloor ? nil : endDate
        }
        return times
    }
}

extension SessionState {
    /// What a presenter reports, for the stage: the post-its their notetaker marked for the plenum
    /// (from any block), or, without marks, their quick wins and most-dotted post-its.
    public func presenterPostIts(_ presenter: Presenter) -> (marked: Bool, postIts: [PostIt]) {
        let theirs = postIts.filter { p in
            !p.deleted && p.table == presenter.table && (presenter.group == nil || p.group == presenter.group)
        }
        let marked = theirs.filter(\.forPlenum)
        if !marked.isEmpty { return (true, marked) }
        let highlights = theirs.filter { $0.quickWin || $0.votes > 0 }.sorted { a, b in
            if a.quickWin != b.quickWin { return a.quickWin }
            if a.votes != b.votes { return a.votes > b.votes }
            return a.seq < b.seq
        }
        return (false, highlights)
    }
}
