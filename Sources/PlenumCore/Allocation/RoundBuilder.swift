/// Builds each round's first seating before the search improves it: who takes part (a track only
/// seats the people at its tables), `keep` and `table` from the round before, and a greedy deal
/// for the rest that puts pins, `together` sets and segments right from the start.
struct RoundBuilder {
    let attendees: [Attendee]
    let index: [String: Int]
    let segments: [String]
    /// Every table of the plan, to tell a track's round from a whole-room round.
    let allTables: [String]
    /// The plan's rules, for telling which of them a round's shape cannot hold.
    let rules: [IndexedRule]
    /// Per round, the number at its table of each group.
    private(set) var groupNumbers: [[Int]] = []
    /// Per round (by id), the rules it cannot hold and why (by the rule's place in the plan).
    private(set) var limits: [String: [Int: BendReason]] = [:]
    private var previous: (groups: [[Int]], tables: [String], numbers: [Int])?
    private var lastTable: [Int: String] = [:]
    /// The constructions rounds of one shape start from, per group count, size and people.
    private var designs: [[Int]: DesignStart] = [:]

    init(attendees: [Attendee], index: [String: Int], segments: [String], allTables: [String], rules: [IndexedRule]) {
        self.rules = rules
        self.attendees = attendees
        self.index = index
        self.segments = segments
        self.allTables = allTables
    }

    /// A round that ran: as it was, for the people still known.
    mutating func fixedRound(_ seating: RoundSeating) -> SeatingSearch.Round {
        let groups = seating.groups.map { $0.members.compactMap { index[$0] } }
        groupNumbers.append(seating.groups.map(\.group))
        return SeatingSearch.Round(groups: groups, tables: seating.groups.map(\.table), movable: false, balance: .none)
    }

    /// A round that cannot be seated: it has no groups, and a `keep` right after it deals anew.
    mutating func skip() {
        groupNumbers.append([])
        previous = nil
    }

    /// Remembers a seated round for the `keep`/`table` rounds after it and for tracks.
    mutating func remember(_ round: SeatingSearch.Round) {
        previous = (round.groups, round.tables, groupNumbers.last ?? [])
        for (g, group) in round.groups.enumerated() { for p in group { lastTable[p] = round.tables[g] } }
    }

    /// Who takes part in `round`: everyone, or in a track the people at its tables.
    func people(in round: SeatingRound) -> [Int] {
        if let names = round.people { return names.compactMap { index[$0] } }
        let tables = Set(round.tables.map(\.name))
        guard tables.count < Set(allTables).count else { return Array(attendees.indices) }
        var unplaced = 0
        var result: [Int] = []
        for (p, attendee) in attendees.enumerated() {
            if let pin = attendee.table, allTables.contains(pin) {
                if tables.contains(pin) { result.append(p) }
            } else if let last = lastTable[p] {
                if tables.contains(last) { result.append(p) }
            } else {
                if !allTables.isEmpty, tables.contains(allTables[unplaced % allTables.count]) { result.append(p) }
                unplaced += 1
            }
        }
        return result
    }

    /// The first seating of a new round.
    /// `wanted`: how many rounds of the day, this one included, may share its shape.
    mutating func newRound(_ round: SeatingRound, search: SeatingSearch, apart: [[Int]],
                           together: [[Int]], wanted: Int = 1) -> Result<SeatingSearch.Round, SeatingProblem> {
        let people = people(in: round)
        let here = Set(people)
        if let previous, round.formation == .keep || round.formation == .table {
            var groups = previous.groups.map { $0.filter { here.contains($0) } }
            var tables = previous.tables
            var numbers = previous.numbers
            if round.formation == .table {
                var merged: [[Int]] = []
                var mergedTables: [String] = []
                for (g, table) in tables.enumerated() {
                    if let i = mergedTables.firstIndex(of: table) { merged[i] += groups[g] } else {
                        mergedTables.append(table)
                        merged.append(groups[g])
                    }
                }
                (groups, tables, numbers) = (merged, mergedTables, Array(repeating: 1, count: merged.count))
            }
            let seated = Set(groups.flatMap { $0 })
            for p in people where !seated.contains(p) {
                let open = groups.indices.filter { g in attendees[p].table.map { $0 == tables[g] } ?? true }
                guard let smallest = (open.isEmpty ? Array(groups.indices) : open).min(by: { groups[$0].count < groups[$1].count }) else { continue }
                groups[smallest].append(p)
            }
            groupNumbers.append(numbers)
            limits[round.id] = RuleLimits.reasons(rules, here: here, tables: tables, sizes: groups.map(\.count),
                                                  groupSegments: nil, segmentHere: nil, segmentKeys: segments,
                                                  pinOf: attendees.map(\.table))
            return .success(SeatingSearch.Round(groups: groups, tables: tables, movable: false, balance: .none))
        }
        var pinsPerTable: [String: Int] = [:]
        for p in people { if let pin = attendees[p].table { pinsPerTable[pin, default: 0] += 1 } }
        let slots = GroupSlots.make(round, count: people.count, merged: round.formation == .table,
                                    pinsPerTable: pinsPerTable)
        let tableNames = Set(round.tables.map(\.name))
        for (table, pins) in pinsPerTable.sorted(by: { $0.key < $1.key }) where tableNames.contains(table) {
            let capacity = slots.capacity(of: table)
            if pins > capacity {
                let who = people.filter { attendees[$0].table == table }.map { attendees[$0].name }
                return .failure(SeatingProblem(.overPinned(pins: pins, table: table, names: who, capacity: capacity,
                                                           block: round.title)))
            }
        }
        let balance: SeatingSearch.Balance
        switch round.formation {
        case .mixed: balance = segments.isEmpty ? .none : .mixed
        case .segment: balance = .single
        default: balance = .none
        }
        // A `together` set larger than any group, or an `apart` set larger than the groups, cannot
        // hold here: the deal and the search keep it as far as the round allows (reported as bent).
        let segmentHere = balance == .single ? Self.segments(search.segmentOf, together: together, here: here) : nil
        var deal = GroupDeal(slots: slots, attendees: attendees, segmentOf: segmentHere ?? search.segmentOf, search: search)
        if balance == .single {
            if let problem = deal.prepareSegments(people, round: round, segmentNames: segments) { return .failure(problem) }
        }
        limits[round.id] = RuleLimits.reasons(rules, here: here, tables: deal.refs.map(\.table), sizes: deal.capacities,
                                              groupSegments: deal.groupSegments, segmentHere: segmentHere,
                                              segmentKeys: segments, pinOf: attendees.map(\.table))
        if balance != .single, pinsPerTable.isEmpty, let size = slots.sizes.first, slots.sizes.allSatisfy({ $0 == size }) {
            // Equal groups, no pins: start from a construction where nobody meets twice.
            let key = [slots.refs.count, size] + people
            if designs[key] == nil {
                var rng = SplitMix64(seed: search.rngSeedMix ^ UInt64(truncatingIfNeeded: people.count))
                designs[key] = DesignStart.make(people, groups: slots.refs.count, size: size, wanted: wanted,
                                                search: search, balance: balance, rng: &rng)
            }
            if let groups = designs[key]?.next(groups: slots.refs.count, size: size) {
                groupNumbers.append(slots.refs.map(\.group))
                return .success(SeatingSearch.Round(groups: groups, tables: slots.refs.map(\.table), movable: true,
                                                    balance: balance))
            }
        }
        deal.place(people, together: together.map { $0.filter { here.contains($0) } }, apart: apart,
                   balance: balance, seed: UInt64(truncatingIfNeeded: groupNumbers.count) &* 7919)
        groupNumbers.append(deal.refs.map(\.group))
        return .success(SeatingSearch.Round(groups: deal.groups, tables: deal.refs.map(\.table), movable: true,
                                            balance: balance, segmentHere: segmentHere))
    }

    /// Each person's segment in a segment round: a `together` set sits in one group, so it counts in
    /// the segment most of its members are in (the first of them on a tie), and the groups are
    /// sized for it: the sizes stay balanced and nobody from another segment fills a group up.
    static func segments(_ segmentOf: [Int], together: [[Int]], here: Set<Int>) -> [Int] {
        var result = segmentOf
        for rule in together {
            let members = rule.filter { here.contains($0) }
            guard members.count > 1 else { continue }
            var counts: [Int: Int] = [:]
            for p in members { counts[segmentOf[p], default: 0] += 1 }
            var chosen = segmentOf[members[0]]
            for p in members where counts[segmentOf[p]]! > counts[chosen]! { chosen = segmentOf[p] }
            for p in members { result[p] = chosen }
        }
        return result
    }
}
