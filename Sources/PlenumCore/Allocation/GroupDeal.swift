/// The greedy first deal of one round: pinned people and `together` sets first, then everyone
/// else segment by segment, each to the open group where they break no rule, add least to their
/// segment and meet fewest people again.
struct GroupDeal {
    private(set) var refs: [GroupRef]
    private(set) var groups: [[Int]]
    private var capacity: [Int]
    private var segmentOfGroup: [Int]?
    let attendees: [Attendee]
    let segmentOf: [Int]
    let search: SeatingSearch

    /// How many each group seats.
    var capacities: [Int] { capacity }
    /// In a segment round, the segment of each group.
    var groupSegments: [Int]? { segmentOfGroup }

    init(slots: GroupSlots, attendees: [Attendee], segmentOf: [Int], search: SeatingSearch) {
        refs = slots.refs
        groups = Array(repeating: [], count: slots.refs.count)
        capacity = slots.sizes
        self.attendees = attendees
        self.segmentOf = segmentOf
        self.search = search
    }

    /// For `segment` rounds: gives each segment its groups, in proportion to its people.
    mutating func prepareSegments(_ people: [Int], round: SeatingRound, segmentNames: [String]) -> SeatingProblem? {
        var members: [Int: [Int]] = [:]
        for p in people { members[segmentOf[p], default: []].append(p) }
        let keys = members.keys.sorted()
        func name(_ s: Int) -> String? { s >= 0 && s < segmentNames.count ? segmentNames[s] : nil }
        if let lonely = keys.first(where: { members[$0]?.count == 1 }), let person = members[lonely]?.first {
            return SeatingProblem(.lonelySegment(segment: name(lonely), person: attendees[person].name, block: round.title))
        }
        let total = refs.count
        guard keys.count <= total else {
            return SeatingProblem(.tooManySegments(block: round.title, segments: keys.count, groups: total))
        }
        // Groups per segment: proportional, at least one, no group of one.
        var share = keys.map { s in max(1, min(members[s]!.count / 2, members[s]!.count * total / max(people.count, 1))) }
        while share.reduce(0, +) < total {
            guard let k = keys.indices.filter({ share[$0] < members[keys[$0]]!.count / 2 })
                .max(by: { Double(members[keys[$0]]!.count) / Double(share[$0]) < Double(members[keys[$1]]!.count) / Double(share[$1]) })
            else { break }
            share[k] += 1
        }
        while share.reduce(0, +) > total, let k = share.indices.filter({ share[$0] > 1 }).max(by: { share[$0] < share[$1] }) {
            share[k] -= 1
        }
        // Slots group by group across the tables, so a segment's groups sit at different tables
        // (and a later `table` round merges different segments).
        var free = refs.indices.sorted { (refs[$0].group, $0) < (refs[$1].group, $1) }
        var newRefs: [GroupRef] = []
        var newCapacity: [Int] = []
        var owner: [Int] = []
        let order = keys.indices.sorted { a, b in
            let pa = members[keys[a]]!.filter { attendees[$0].table != nil }.count
            let pb = members[keys[b]]!.filter { attendees[$0].table != nil }.count
            return pa != pb ? pa > pb : a < b
        }
        for k in order {
            let s = keys[k]
            let pins = members[s]!.compactMap { attendees[$0].table }
            var taken: [Int] = []
            for _ in 0..<share[k] {
                guard let slot = free.first(where: { pins.contains(refs[$0].table) && !taken.contains($0) }) ?? free.first
                else { break }
                taken.append(slot)
                free.removeAll { $0 == slot }
            }
            let n = members[s]!.count
            for (j, slot) in taken.enumerated() {
                newRefs.append(refs[slot])
                newCapacity.append(n / taken.count + (j < n % taken.count ? 1 : 0))
                owner.append(s)
            }
        }
        // Balance first: every group seats the same within one, and the larger seats go to the
        // segments with most people per group. A segment that does not fit its groups (a
        // `together` set from another segment joined it) lends a person to a group with room.
        let seated = people.count, count = max(newCapacity.count, 1)
        let sizes = (0..<newCapacity.count).map { seated / count + ($0 < seated % count ? 1 : 0) }
        let neediest = newCapacity.indices.sorted { (newCapacity[$0], -$0) > (newCapacity[$1], -$1) }
        for (k, slot) in neediest.enumerated() { newCapacity[slot] = sizes[k] }
        let order2 = newRefs.indices.sorted { (refs.firstIndex(of: newRefs[$0]) ?? 0) < (refs.firstIndex(of: newRefs[$1]) ?? 0) }
        refs = order2.map { newRefs[$0] }
        capacity = order2.map { newCapacity[$0] }
        segmentOfGroup = order2.map { owner[$0] }
        groups = Array(repeating: [], count: refs.count)
        return nil
    }

    /// Deals `people` into the groups.
    mutating func place(_ people: [Int], together: [[Int]], apart: [[Int]], balance: SeatingSearch.Balance, seed: UInt64) {
        var rng = SplitMix64(seed: seed ^ search.rngSeedMix)
        var inUnit = Set<Int>()
        var units: [[Int]] = []
        // A set larger than the largest group goes in as few pieces as the groups allow.
        let largest = max(capacity.max() ?? 1, 1)
        for set in together where set.count > 1 {
            let fresh = set.filter { !inUnit.contains($0) }
            guard fresh.count > 1 else { continue }
            for start in stride(from: 0, to: fresh.count, by: largest) {
                units.append(Array(fresh[start..<min(fresh.count, start + largest)]))
            }
            inUnit.formUnion(fresh)
        }
        var singles = people.filter { !inUnit.contains($0) }.shuffled(using: &rng)
        // Segments are -1 (none) … count - 1: sizes by segment + 1, so the sort looks nothing up.
        var segmentSize = Array(repeating: 0, count: (segmentOf.max() ?? -1) + 2)
        for p in singles { segmentSize[segmentOf[p] + 1] += 1 }
        singles = singles.enumerated().sorted { a, b in
            let sa = segmentSize[segmentOf[a.element] + 1], sb = segmentSize[segmentOf[b.element] + 1]
            if sa != sb { return sa > sb }
            if segmentOf[a.element] != segmentOf[b.element] { return segmentOf[a.element] < segmentOf[b.element] }
            return a.offset < b.offset
        }.map(\.element)
        let pinnedSingles = singles.filter { attendees[$0].table != nil }
        let freeSingles = singles.filter { attendees[$0].table == nil }
        let ordered = units.sorted { ($0.contains { attendees[$0].table != nil } ? 0 : 1) < ($1.contains { attendees[$0].table != nil } ? 0 : 1) }
            + pinnedSingles.map { [$0] } + freeSingles.map { [$0] }
        var apartOf = Array(repeating: [[Int]](), count: segmentOf.count)
        for rule in apart { for p in rule { apartOf[p].append(rule) } }
        // A free person looks at a few open groups only, from where the last one of their segment
        // went: the segments spread evenly, and the deal stays linear in the people.
        var open = groups.indices.filter { capacity[$0] > 0 }
        var cursor: [Int: Int] = [:]
        let window = 6
        for unit in ordered {
            let pin = unit.compactMap { attendees[$0].table }.first
            let segment = segmentOf[unit[0]]
            var candidates: [Int] = []
            if unit.count == 1, pin == nil, segmentOfGroup == nil, !open.isEmpty {
                let from = cursor[segment, default: 0] % open.count
                candidates = (0..<min(window, open.count)).map { open[(from + $0) % open.count] }
            } else {
                candidates = groups.indices.filter { g in
                    capacity[g] - groups[g].count >= unit.count && (pin == nil || refs[g].table == pin)
                        && (segmentOfGroup == nil || segmentOfGroup![g] == segment)
                }
                if candidates.isEmpty {
                    candidates = groups.indices.filter { g in capacity[g] - groups[g].count >= unit.count && (pin == nil || refs[g].table == pin) }
                }
                if candidates.isEmpty { candidates = groups.indices.filter { capacity[$0] > groups[$0].count } }
                if candidates.isEmpty { candidates = Array(groups.indices) }
            }
            guard !candidates.isEmpty else { continue }
            func score(_ g: Int) -> Int {
                var total = 0
                for m in unit {
                    for rule in apartOf[m] { for x in groups[g] where rule.contains(x) { total += 1000 } }
                    for x in groups[g] {
                        if balance == .mixed, segmentOf[x] == segmentOf[m] { total += 50 }
                        if search.meet[m * search.count + x] > 0 { total += 10 }
                    }
                }
                return total * 1000 + groups[g].count * 1000 / max(capacity[g], 1)
            }
            // Each candidate scored once.
            var best = candidates[0], bestScore = score(candidates[0])
            for g in candidates.dropFirst() {
                let value = score(g)
                if value < bestScore { (best, bestScore) = (g, value) }
            }
            groups[best] += unit
            if let k = open.firstIndex(of: best) {
                cursor[segment] = k + 1
                if groups[best].count >= capacity[best] {
                    open.remove(at: k)
                    cursor[segment] = k
                }
            }
        }
    }
}
