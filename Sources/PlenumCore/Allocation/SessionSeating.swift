/// The seating of a running session: the plan's people as checked in (minus those who sent word or
/// went home, plus walk-ins), the groups of blocks that have started exactly as they were formed,
/// and the blocks still to come seated anew around them.
public enum SessionSeating {
    /// People not seated in rounds still to come: marked absent or gone home.
    public static func notSeated(_ state: SessionState) -> Set<String> {
        Set(state.attendance.filter { $0.value == .absent || $0.value == .left }.map(\.key))
    }

    /// The day's seating as the session stands.
    public static func make(_ state: SessionState, seed: UInt64,
                            effort: Allocation.Effort = .standard) -> Result<DaySeating, SeatingProblem> {
        DaySeating.make(plan: state.plan, agenda: state.agenda, seed: seed, absent: notSeated(state),
                        walkIns: state.walkIns, fixed: state.formations, effort: effort)
    }

    /// The facts that fix the groups of `block`'s rounds as it starts (rounds formed before stay; a
    /// round that could not be seated has no groups to fix).
    public static func formationFacts(starting block: BlockID, state: SessionState, seating: DaySeating) -> [Fact] {
        guard let index = state.index(of: block) else { return [] }
        return seating.entries.filter { $0.index == index && state.formations[$0.round.id] == nil && !$0.seating.groups.isEmpty }
            .map { .groupsFormed(block: $0.round.id, groups: $0.seating.groups) }
    }

    /// The segment a facilitator typed for a walk-in: a key or a segment's name, in any case, or
    /// the start of just one segment's key or name ("Borg" for "Borgere"); nil when none or
    /// several segments fit.
    public static func segmentKey(_ typed: String, plan: Plan) -> String? {
        let wanted = SearchFold.fold(typed.trimmingCharacters(in: .whitespaces))
        guard !wanted.isEmpty else { return nil }
        if let exact = plan.segments.first(where: { SearchFold.fold($0.key) == wanted || SearchFold.fold($0.name) == wanted }) {
            return exact.key
        }
        let starts = plan.segments.filter { SearchFold.fold($0.key).hasPrefix(wanted) || SearchFold.fold($0.name).hasPrefix(wanted) }
        return starts.count == 1 ? starts[0].key : nil
    }
}

extension DaySeating {
    /// The round people sit in now or are about to move to: the current block's first round, else
    /// the first round after the current block (before the day: the day's first round).
    public func entryNow(_ state: SessionState) -> Entry? {
        let from = state.currentIndex ?? (state.hasEnded ? Int.max : 0)
        return entries.first { $0.index >= from }
    }

    /// Everyone in a round with their table and group, alphabetically (æ, ø, å last).
    public static func places(_ entry: Entry) -> [(name: String, table: String, group: Int, groupsAtTable: Int)] {
        var perTable: [String: Int] = [:]
        for group in entry.seating.groups { perTable[group.table, default: 0] += 1 }
        return entry.seating.groups.flatMap { group in
            group.members.map { (name: $0, table: group.table, group: group.group, groupsAtTable: perTable[group.table] ?? 1) }
        }.sorted { CollationKey.danish($0.name) < CollationKey.danish($1.name) }
    }
}

extension DaySeating {
    /// The pairs in the round at `position` (an index into `entries`) who already sat together in
    /// an earlier round.
    public func pairsMetBefore(_ position: Int) -> Int {
        guard entries.indices.contains(position) else { return 0 }
        var met = Set<String>()
        for entry in entries[..<position] {
            for group in entry.seating.groups {
                for (i, a) in group.members.enumerated() {
                    for b in group.members[(i + 1)...] { met.insert(a < b ? a + "\u{0}" + b : b + "\u{0}" + a) }
                }
            }
        }
        var count = 0
        for group in entries[position].seating.groups {
            for (i, a) in group.members.enumerated() {
                for b in group.members[(i + 1)...] where met.contains(a < b ? a + "\u{0}" + b : b + "\u{0}" + a) { count += 1 }
            }
        }
        return count
    }
}
