/// Where the rounds of one shape (equal groups, no pins) start: a construction in which nobody
/// meets twice (`OrthogonalStart`), with the people placed on its points so that the rounds the day
/// uses break the fewest `apart` rules and, in mixed rounds, give each group its share of every
/// segment (the people sorted by segment fill the rows: each group has one person of every row).
/// A few arrangements are tried; the best one and its best rounds are kept for the whole day.
struct DesignStart {
    /// The people in the construction's point order.
    let order: [Int]
    /// The construction's rounds the day uses, in turn.
    let rounds: [Int]
    private(set) var used = 0

    /// The plan for `people` in `groups` × `size`, for `wanted` rounds, or nil without a construction.
    static func make(_ people: [Int], groups g: Int, size s: Int, wanted: Int, search: SeatingSearch,
                     balance: SeatingSearch.Balance, rng: inout SplitMix64) -> DesignStart? {
        let available = OrthogonalStart.roundCount(groups: g, size: s)
        guard available > 0, people.count == g * s else { return nil }
        let designs = (0..<available).compactMap { OrthogonalStart.points(groups: g, size: s, round: $0) }
        guard designs.count == available else { return nil }
        let want = max(1, min(wanted, available))
        // Few tries for a large room: each costs a pass over every round of the construction.
        let tries = max(1, min(24, 400_000 / max(1, people.count * available)))
        var best: (cost: Int, order: [Int], rounds: [Int])?
        for _ in 0..<tries {
            var order = people
            for i in order.indices.reversed() where i > 0 { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            if balance == .mixed {
                // By segment, the largest first; shuffled within each.
                var size: [Int: Int] = [:]
                for p in order { size[search.segmentOf[p], default: 0] += 1 }
                order = order.enumerated().sorted { a, b in
                    let sa = search.segmentOf[a.element], sb = search.segmentOf[b.element]
                    if sa != sb { return (size[sa]!, sb) > (size[sb]!, sa) }
                    return a.offset < b.offset
                }.map(\.element)
            }
            let costs = designs.map { cost($0, order: order, search: search, balance: balance) }
            let chosen = costs.indices.sorted { (costs[$0], $0) < (costs[$1], $1) }.prefix(want)
            let total = chosen.reduce(0) { $0 + costs[$1] }
            if best == nil || total < best!.cost { best = (total, order, chosen.sorted()) }
            if total == 0 { break }
        }
        guard var best else { return nil }
        // Then people change places (within a segment, in mixed rounds) while that costs no more.
        let steps = min(3000, 3_000_000 / max(1, people.count * available))
        var step = 0
        while best.cost > 0, step < steps {
            step += 1
            let a = Int(rng.next() % UInt64(people.count)), b = Int(rng.next() % UInt64(people.count))
            guard a != b, balance != .mixed || search.segmentOf[best.order[a]] == search.segmentOf[best.order[b]] else { continue }
            var order = best.order
            order.swapAt(a, b)
            let costs = designs.map { cost($0, order: order, search: search, balance: balance) }
            let chosen = costs.indices.sorted { (costs[$0], $0) < (costs[$1], $1) }.prefix(want)
            let total = chosen.reduce(0) { $0 + costs[$1] }
            if total <= best.cost { best = (total, order, chosen.sorted()) }
        }
        return DesignStart(order: best.order, rounds: best.rounds)
    }

    /// The next round's groups, or nil when the chosen rounds are used up.
    mutating func next(groups g: Int, size s: Int) -> [[Int]]? {
        guard used < rounds.count, let points = OrthogonalStart.points(groups: g, size: s, round: rounds[used]) else { return nil }
        used += 1
        return points.map { $0.map { order[$0] } }
    }

    /// What a construction round costs with this order: the search's weights for rules broken,
    /// segments off their share, and pairs meeting again after the rounds before.
    private static func cost(_ points: [[Int]], order: [Int], search: SeatingSearch, balance: SeatingSearch.Balance) -> Int {
        var groupOf = [Int: Int]()
        for (g, group) in points.enumerated() { for p in group { groupOf[order[p]] = g } }
        var total = 0
        for rule in search.apart {
            let groups = rule.compactMap { groupOf[$0] }
            for i in groups.indices { for j in groups.indices where j > i && groups[i] == groups[j] { total += SeatingSearch.ruleWeight } }
        }
        for group in points {
            let members = group.map { order[$0] }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where search.meet[a * search.count + b] > 0 { total += SeatingSearch.repeatWeight }
            }
            if balance == .mixed {
                total += SeatingSearch.segmentWeight * search.mixedPenalty(members, groups: points.count)
            }
        }
        return total
    }
}
