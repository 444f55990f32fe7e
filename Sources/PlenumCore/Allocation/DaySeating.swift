/// The seating of a whole day from a plan (or a session's live agenda): every groups block, the
/// groups blocks inside tracks (on the track's own tables), and rotations (the groups before them
/// visiting the stations), with the hosts at their tables.
public struct DaySeating: Sendable {
    /// One block's seating, as `plenum groups` prints it.
    public struct Entry: Sendable {
        /// The block's position in the agenda (0-based); for a block inside a track, the tracks block's.
        public var index: Int
        public var round: SeatingRound
        /// The track's title for a block inside a track.
        public var track: String?
        /// The rotation's rounds, for a rotation block: which group visits which station.
        public var isRotation: Bool
        public var seating: RoundSeating
        /// For a rotation: its rounds, each group's station (every group visits every station once).
        public var stationRounds: [RotationRound] = []
        /// Rules this block could not hold in full (kept as far as it allows).
        public var bent: [BentRule] = []
        /// Why this block cannot be seated at all (its groups are then empty); every other block
        /// keeps its seating.
        public var problem: SeatingProblem?
        /// The block was skipped in the session: nobody is seated in it (its groups are empty).
        public var skipped = false
        /// When the block starts as planned (a track's block: as its track has it).
        public var start: ClockTime?
        /// A rotation's station hosts (station → names), who are in none of its groups.
        public var stationHosts: [String: [String]] = [:]
    }

    public var entries: [Entry]
    /// Hosts pinned to tables: table → names, in the plan's order.
    public var hosts: [(table: String, names: [String])]
    /// Hosts not pinned to a table (they move around).
    public var roamingHosts: [String]
    public var repeatedPairs: Int

    /// The rounds of an agenda, in order.
    public static func rounds(_ agenda: [AgendaItem], plan: Plan) -> [(index: Int, round: SeatingRound, track: String?, rotation: Bool)] {
        var result: [(index: Int, round: SeatingRound, track: String?, rotation: Bool)] = []
        for (i, item) in agenda.enumerated() {
            let block = item.block
            switch block.kind {
            case .groups:
                result.append((i, SeatingRound(id: item.id, title: block.title, formation: block.formation ?? .random,
                                               tables: plan.tables, groupSize: block.groupSize), nil, false))
            case .rotation:
                // With station hosts the others form new mixed groups; else the groups before go round.
                result.append((i, SeatingRound(id: item.id, title: block.title,
                                               formation: block.stationHosts.isEmpty ? .keep : .mixed, tables: plan.tables),
                               nil, true))
            case .tracks:
                for (t, track) in block.tracks.enumerated() {
                    let tables = plan.tables.filter { track.tables.contains($0.name) }
                    for (j, sub) in track.blocks.enumerated() where sub.kind == .groups || sub.kind == .rotation {
                        let id = TrackPart(parent: item.id, track: t, index: j).id
                        let formation = sub.kind == .rotation ? (sub.stationHosts.isEmpty ? .keep : .mixed) : sub.formation ?? .random
                        result.append((i, SeatingRound(id: id, title: sub.title, formation: formation,
                                                       tables: tables, groupSize: sub.groupSize), track.title,
                                       sub.kind == .rotation))
                    }
                }
            default:
                break
            }
        }
        return result
    }

    /// The people to seat: the plan's participants (minus `absent`), or numbered placeholders P1,
    /// P2 … when the plan names nobody but gives the tables' seats; then the walk-ins.
    public static func attendees(_ plan: Plan, absent: Set<String> = [], walkIns: [Attendee] = []) -> [Attendee] {
        let present = walkIns.filter { !absent.contains($0.name) }
        if plan.people.isEmpty {
            let seats = plan.tables.compactMap(\.seats).reduce(0, +)
            guard plan.tables.allSatisfy({ $0.seats != nil }), seats > 0 else { return present }
            var result: [Attendee] = []
            for table in plan.tables {
                for _ in 0..<(table.seats ?? 0) { result.append(Attendee(name: "P\(result.count + 1)")) }
            }
            return result + present
        }
        return plan.participants.filter { !absent.contains($0.name) }
            .map { Attendee(name: $0.name, segment: $0.segment, table: $0.table) } + present
    }

    /// Seats the day. `fixed` holds the seatings of blocks that already ran; the rounds of the
    /// blocks in `skipped` (skipped in a session) are left out of the seating and listed empty.
    public static func make(plan: Plan, agenda: [AgendaItem], seed: UInt64, absent: Set<String> = [],
                            walkIns: [Attendee] = [], fixed: [String: RoundSeating] = [:],
                            skipped: Set<BlockID> = [],
                            effort: Allocation.Effort = .standard) -> Result<DaySeating, SeatingProblem> {
        let attendees = attendees(plan, absent: absent, walkIns: walkIns)
        let starts = TrackRounds.starts(agenda, plan: plan)
        let all = TrackRounds.withPeople(rounds(agenda, plan: plan), agenda: agenda, plan: plan,
                                         attendees: attendees, fixed: fixed)
        let isSkipped = { (r: (index: Int, round: SeatingRound, track: String?, rotation: Bool)) in
            agenda.indices.contains(r.index) && skipped.contains(agenda[r.index].id)
        }
        let rounds = all.filter { !isSkipped($0) }
        let skippedEntries = all.filter(isSkipped).map { r in
            Entry(index: r.index, round: r.round, track: r.track, isRotation: r.rotation,
                  seating: RoundSeating(round: r.round.id, groups: []), skipped: true, start: starts[r.round.id])
        }
        func inOrder(_ entries: [Entry]) -> [Entry] {
            (entries + skippedEntries).sorted { a, b in
                a.index != b.index ? a.index < b.index
                    : (all.firstIndex { $0.round.id == a.round.id } ?? 0) < (all.firstIndex { $0.round.id == b.round.id } ?? 0)
            }
        }
        let hosts = plan.tables.map { table in
            (table: table.name, names: plan.people.filter { $0.isHost && $0.table == table.name && !absent.contains($0.name) }.map(\.name))
        }.filter { !$0.names.isEmpty }
        let roaming = plan.people.filter { $0.isHost && $0.table == nil && !absent.contains($0.name) }.map(\.name)
        if attendees.isEmpty {
            // Nobody named: the groups, numbered per table, without members.
            let entries = rounds.map { r in
                let slots = GroupSlots.make(r.round, count: 1_000_000, merged: r.round.formation == .table)
                let groups = slots.refs.map { SeatedGroup(table: $0.table, group: $0.group, members: []) }
                return Entry(index: r.index, round: r.round, track: r.track, isRotation: r.rotation,
                             seating: RoundSeating(round: r.round.id, groups: groups),
                             stationRounds: stations(r, agenda: agenda, plan: plan), start: starts[r.round.id],
                             stationHosts: TrackRounds.hosts(r, agenda: agenda))
            }
            return .success(DaySeating(entries: inOrder(entries), hosts: hosts, roamingHosts: roaming, repeatedPairs: 0))
        }
        let result = Allocation.seatRounds(rounds.map(\.round), attendees: attendees, rules: plan.rules,
                                           segments: plan.segments.map(\.key), tables: plan.tables.map(\.name),
                                           seed: seed, fixed: fixed, effort: effort)
        switch result {
        case .failure(let problem):
            return .failure(problem.said(in: plan.language))
        case .success(let outcomes):
            let entries = zip(rounds, outcomes).map { r, outcome in
                Entry(index: r.index, round: r.round, track: r.track, isRotation: r.rotation, seating: outcome.seating,
                      stationRounds: stations(r, agenda: agenda, plan: plan), bent: outcome.bent,
                      problem: outcome.problem?.said(in: plan.language),
                      start: starts[r.round.id], stationHosts: TrackRounds.hosts(r, agenda: agenda))
            }
            return .success(DaySeating(entries: inOrder(entries), hosts: hosts, roamingHosts: roaming,
                                       repeatedPairs: Allocation.repeatedPairs(outcomes.map(\.seating))))
        }
    }

    private static func stations(_ r: (index: Int, round: SeatingRound, track: String?, rotation: Bool),
                                 agenda: [AgendaItem], plan: Plan) -> [RotationRound] {
        guard r.rotation, agenda.indices.contains(r.index) else { return [] }
        let block = agenda[r.index].block
        if let part = TrackPart(id: r.round.id) {
            var ignored: [Diagnostic] = []
            return Schedule.trackRotationRounds(block, tables: plan.tables, diagnostics: &ignored)[part.track]?[part.index] ?? []
        }
        return Schedule.rotationRounds(block, tables: plan.tables)
    }
}
