import Foundation

/// The day's seating as the session stands (for the screens, and to fix a starting block's
/// groups), made again only when the session's seating facts change (attendance, walk-ins,
/// formations, the agenda). When a new seating cannot be made, the last good one stays, next to
/// the sentence that says why.
public struct SeatingCache: Sendable {
    public let seed: UInt64
    let effort: Allocation.Effort
    public private(set) var seating: DaySeating?
    /// Why the session as it stands cannot be seated (nil when the seating is current).
    public private(set) var problem: SeatingProblem?
    /// How long the last seating took, in seconds.
    public private(set) var lastDuration: Double = 0
    /// The session's seating revision this was made for (nil: not made yet).
    public private(set) var revision: Int?

    public init(seed: UInt64, effort: Allocation.Effort = .standard) {
        self.seed = seed
        self.effort = effort
    }

    /// Seats the day again if the session changed since the last time; true when it did.
    @discardableResult
    public mutating func update(_ state: SessionState) -> Bool {
        guard revision != state.seatingRevision else { return false }
        revision = state.seatingRevision
        let started = DispatchTime.now().uptimeNanoseconds
        let result = SessionSeating.make(state, seed: seed, effort: effort)
        lastDuration = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        switch result {
        case .success(var day):
            // A block that cannot be seated now keeps its last good groups (without who has left).
            let gone = SessionSeating.notSeated(state)
            for k in day.entries.indices where day.entries[k].problem != nil {
                guard let last = seating?.entries.first(where: {
                    $0.round.id == day.entries[k].round.id && !$0.seating.groups.isEmpty
                }) else { continue }
                day.entries[k].seating.groups = last.seating.groups.map { group in
                    SeatedGroup(table: group.table, group: group.group, members: group.members.filter { !gone.contains($0) })
                }
            }
            seating = day
            problem = nil
        case .failure(let why):
            problem = why
        }
        return true
    }

    /// The blocks still to come that cannot be seated as the session stands, with why.
    public func unseatable(_ state: SessionState) -> [DaySeating.Entry] {
        seating?.entries.filter { $0.problem != nil && state.formations[$0.round.id] == nil } ?? []
    }

    /// The rounds still to come that the last seating placed anew (not yet formed).
    public func pendingRounds(_ state: SessionState) -> Int {
        seating?.entries.filter { !$0.skipped && state.formations[$0.round.id] == nil }.count ?? 0
    }

    /// The facts that fix the groups of `block` as it starts; from the last good seating, without
    /// the people who are no longer here when the current one could not be made.
    public func formationFacts(starting block: BlockID, state: SessionState) -> [Fact] {
        guard let seating else { return [] }
        let gone = SessionSeating.notSeated(state)
        return SessionSeating.formationFacts(starting: block, state: state, seating: seating).map { fact in
            guard problem != nil, case .groupsFormed(let id, let groups) = fact else { return fact }
            return .groupsFormed(block: id, groups: groups.map { group in
                SeatedGroup(table: group.table, group: group.group, members: group.members.filter { !gone.contains($0) })
            })
        }
    }
}
