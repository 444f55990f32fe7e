import Foundation

/// Local search over the rounds of a day: swaps two people between groups of one round to lower
/// the cost — rules broken (heaviest), segments missing from mixed groups, then pairs meeting again.
/// Deterministic: a seeded generator and fixed step budgets, never the clock.
struct SeatingSearch {
    /// One round as the search sees it.
    struct Round {
        var groups: [[Int]]
        /// The table of each group.
        var tables: [String]
        /// Whether the search may change this round (false: already run, `keep`, `table`).
        var movable: Bool
        /// Whether groups should hold every segment (mixed) or one segment each (segment).
        var balance: Balance
        /// Whether a later round merges these groups by table (`table`): then people who must be
        /// apart must not even share a table.
        var apartByTable = false
        /// Whether the whole-day search leaves this round alone (a later `keep` or `table` copies it).
        var settled = false
        /// In a segment round: each person's segment there (a `together` set takes one segment).
        var segmentHere: [Int]?
    }

    /// What a round asks of the segments in its groups.
    enum Balance { case none, mixed, single }

    static let ruleWeight = 1000
    static let segmentWeight = 40
    static let repeatWeight = 10

    let count: Int
    let segmentOf: [Int]
    let segmentCount: Int
    /// People in each segment, for the fair share of a segment in a group.
    let segmentSizes: [Int]
    let pinOf: [String?]
    let apart: [[Int]]
    let together: [[Int]]
    /// The rules each person is in, as indexes into `apart` and `together`.
    let apartOf: [[Int]]
    let togetherOf: [[Int]]
    var rounds: [Round] = []
    /// The group of each person in each round (-1: not in it): `groupOf[r][p]`.
    var groupOf: [[Int]] = []
    /// People of each segment in each group: `segmentCounts[r][g * segmentCount + s]`.
    var segmentCounts: [[Int]] = []
    /// How often each pair meets over all rounds so far: `meet[a * count + b]`.
    var meet: [Int32]
    var rng: SplitMix64
    /// Mixed into every deal's generator, so the day's seed changes every round's first deal.
    let rngSeedMix: UInt64

    init(count: Int, segmentOf: [Int], segmentCount: Int, pinOf: [String?], apart: [[Int]], together: [[Int]], seed: UInt64) {
        self.count = count
        self.segmentOf = segmentOf
        self.segmentCount = segmentCount
        var sizes = Array(repeating: 0, count: max(segmentCount, 1))
        for s in segmentOf where s >= 0 { sizes[s] += 1 }
        segmentSizes = sizes
        self.pinOf = pinOf
        self.apart = apart
        self.together = together
        var apartOf = Array(repeating: [Int](), count: count)
        for (k, rule) in apart.enumerated() { for p in rule { apartOf[p].append(k) } }
        var togetherOf = Array(repeating: [Int](), count: count)
        for (k, rule) in together.enumerated() { for p in rule { togetherOf[p].append(k) } }
        self.apartOf = apartOf
        self.togetherOf = togetherOf
        meet = Array(repeating: 0, count: count * count)
        rng = SplitMix64(seed: seed)
        rngSeedMix = seed &* 0x2545_F491_4F6C_DD1D
    }

    // MARK: - Adding rounds

    /// Adds a round and counts its meetings.
    mutating func add(_ round: Round) {
        rounds.append(round)
        var places = Array(repeating: -1, count: count)
        var counts = Array(repeating: 0, count: round.groups.count * max(segmentCount, 1))
        for (g, group) in round.groups.enumerated() {
            // A round the search cannot change (run, `keep`, `table`) repeats pairs on purpose:
            // only its new pairs count as meetings.
            if round.movable { count(group, by: 1) } else { countNew(group) }
            for p in group {
                places[p] = g
                if segmentOf[p] >= 0 { counts[g * max(segmentCount, 1) + segmentOf[p]] += 1 }
            }
        }
        groupOf.append(places)
        segmentCounts.append(counts)
    }

    private mutating func countNew(_ group: [Int]) {
        for i in group.indices {
            for j in group.indices where j > i && meet[group[i] * count + group[j]] == 0 {
                meet[group[i] * count + group[j]] = 1
                meet[group[j] * count + group[i]] = 1
            }
        }
    }

    private mutating func count(_ group: [Int], by delta: Int32) {
        for i in group.indices {
            for j in group.indices where j > i {
                meet[group[i] * count + group[j]] += delta
                meet[group[j] * count + group[i]] += delta
            }
        }
    }

    // MARK: - Cost

    /// The cost of round `r` alone: rules, segments and its pairs that met in any other round.
    func cost(round r: Int) -> Int {
        let round = rounds[r]
        var total = 0
        for group in round.groups {
            total += Self.segmentWeight * segmentPenalty(group, round: r)
            for i in group.indices {
                for j in group.indices where j > i && meet[group[i] * count + group[j]] > 1 {
                    total += Self.repeatWeight
                }
            }
        }
        return total + Self.ruleWeight * brokenRules(in: r)
    }

    /// Pairs meeting more than once, over all rounds (each extra meeting counts).
    var repeatedPairs: Int {
        var total = 0
        for a in 0..<count {
            for b in (a + 1)..<max(a + 1, count) where meet[a * count + b] > 1 {
                total += Int(meet[a * count + b]) - 1
            }
        }
        return total
    }

    /// Rules broken in round `r`: each pair of an `apart` rule sharing a group, each extra group a
    /// `together` rule is split over.
    func brokenRules(in r: Int) -> Int {
        var broken = 0
        for rule in apart { broken += apartBroken(rule, r: r, a: -1, b: -1) }
        for rule in together { broken += togetherBroken(rule, r: r, a: -1, b: -1) }
        return broken
    }

    /// The group of `p` in round `r`, as if `a` and `b` had changed places (-1, -1: as it is).
    @inline(__always)
    private func place(_ p: Int, r: Int, a: Int, b: Int) -> Int {
        if p == a { return groupOf[r][b] }
        if p == b { return groupOf[r][a] }
        return groupOf[r][p]
    }

    func apartBroken(_ rule: [Int], r: Int, a: Int, b: Int) -> Int {
        var broken = 0
        let byTable = rounds[r].apartByTable
        for i in rule.indices {
            let gi = place(rule[i], r: r, a: a, b: b)
            guard gi >= 0 else { continue }
            for j in rule.indices where j > i {
                let gj = place(rule[j], r: r, a: a, b: b)
                guard gj >= 0 else { continue }
                if gj == gi || (byTable && rounds[r].tables[gj] == rounds[r].tables[gi]) { broken += 1 }
            }
        }
        return broken
    }

    /// Whether `p` is in conflict in round `r`: meets someone again, or breaks a rule.
    func isConflicted(_ p: Int, r: Int) -> Bool {
        let g = groupOf[r][p]
        guard g >= 0 else { return false }
        for q in rounds[r].groups[g] where q != p && meet[p * count + q] > 1 { return true }
        for k in apartOf[p] where apartBroken(apart[k], r: r, a: -1, b: -1) > 0 { return true }
        for k in togetherOf[p] where togetherBroken(together[k], r: r, a: -1, b: -1) > 0 { return true }
        return false
    }

    func togetherBroken(_ rule: [Int], r: Int, a: Int, b: Int) -> Int {
        // The groups the rule is spread over, beyond the first: members in a group no earlier member is in.
        var groups = 0
        for (i, p) in rule.enumerated() {
            let g = place(p, r: r, a: a, b: b)
            guard g >= 0 else { continue }
            var seen = false
            for q in rule[..<i] where place(q, r: r, a: a, b: b) == g { seen = true; break }
            if !seen { groups += 1 }
        }
        return max(0, groups - 1)
    }

    /// The segment `p` counts in for round `r` (a segment round may seat a `together` set as one).
    @inline(__always)
    func segment(_ p: Int, round r: Int) -> Int {
        rounds[r].segmentHere?[p] ?? segmentOf[p]
    }

    /// Whether `a` and `b` may change places in round `r`: in a segment round, only within a segment.
    @inline(__always)
    func maySwap(_ a: Int, _ b: Int, round r: Int) -> Bool {
        rounds[r].balance != .single || segment(a, round: r) == segment(b, round: r)
    }

    /// Segment counts outside the fair share (mixed), or people outside the group's segment (single).
    func segmentPenalty(_ group: [Int], round r: Int) -> Int {
        let balance = rounds[r].balance, groups = rounds[r].groups.count
        guard balance != .none, segmentCount > 0 else { return 0 }
        if balance == .single {
            var counts: [Int: Int] = [:]
            for p in group { counts[segment(p, round: r), default: 0] += 1 }
            return group.count - (counts.values.max() ?? 0)
        }
        return mixedPenalty(group, groups: groups)
    }

    /// Segment counts of a mixed group outside the fair share of `groups` groups.
    func mixedPenalty(_ group: [Int], groups: Int) -> Int {
        guard segmentCount > 0 else { return 0 }
        var counts = Array(repeating: 0, count: segmentCount)
        for p in group where segmentOf[p] >= 0 { counts[segmentOf[p]] += 1 }
        var penalty = 0
        for s in 0..<segmentCount {
            let low = segmentSizes[s] / max(groups, 1)
            let high = (segmentSizes[s] + max(groups, 1) - 1) / max(groups, 1)
            if counts[s] < low { penalty += low - counts[s] }
            if counts[s] > high { penalty += counts[s] - high }
        }
        return penalty
    }

    // MARK: - Searching

    /// Improves the movable rounds in `which` by swaps, for `steps` tries, cooling as it goes.
    mutating func improve(rounds which: [Int], steps: Int) {
        let movable = which.filter { rounds[$0].movable && rounds[$0].groups.count > 1 }
        guard !movable.isEmpty, steps > 0 else { return }
        // Costs per round are local estimates (a repeat counts in both rounds of the pair); a round
        // at zero has nothing left to gain.
        var costs = Array(repeating: 0, count: rounds.count)
        for r in movable { costs[r] = cost(round: r) }
        var temperature = 8.0
        let cooling = pow(0.02 / temperature, 1.0 / Double(steps))
        // The walk may go uphill; the best day it passes through is kept (saved when the walk first
        // leaves it uphill; nil while the walk stands on it).
        var running = 0, best = 0
        var bestGroups: [[[Int]]]?
        defer { if running > best, let bestGroups { restore(bestGroups) } }
        for step in 0..<steps {
            temperature *= cooling
            if step % 256 == 0 {
                for r in movable { costs[r] = cost(round: r) }
                if movable.allSatisfy({ costs[$0] == 0 }) { return }
            }
            let r = movable[Int(rng.next() % UInt64(movable.count))]
            if costs[r] == 0 { continue }
            let groups = rounds[r].groups
            let ga = Int(rng.next() % UInt64(groups.count))
            var gb = Int(rng.next() % UInt64(groups.count - 1))
            if gb >= ga { gb += 1 }
            guard !groups[ga].isEmpty, !groups[gb].isEmpty else { continue }
            // Most tries move someone who meets a person again or breaks a rule in group `ga`.
            var ka = Int(rng.next() % UInt64(groups[ga].count))
            if rng.next() % 4 != 0, let k = conflicted(in: groups[ga], round: r, start: ka) { ka = k }
            let kb = Int(rng.next() % UInt64(groups[gb].count))
            let a = groups[ga][ka]
            let b = groups[gb][kb]
            guard allowed(a, into: rounds[r].tables[gb]), allowed(b, into: rounds[r].tables[ga]) else { continue }
            if !maySwap(a, b, round: r) { continue }
            let delta = swapDelta(r, a: a, ga: ga, b: b, gb: gb)
            if delta <= 0 || Double(rng.next() % 1_000_000) / 1_000_000 < exp(-Double(delta) / temperature) {
                if delta > 0, running == best, bestGroups == nil { bestGroups = rounds.map(\.groups) }
                swapPeople(r, a: a, ga: ga, ka: ka, b: b, gb: gb, kb: kb)
                costs[r] += delta
                running += delta
                if running < best { best = running; bestGroups = nil }
            }
        }
    }

    /// The position in `group` (searching from `start`) of someone who met another member before
    /// or shares the group with someone they must be apart from.
    private func conflicted(in group: [Int], round r: Int, start: Int) -> Int? {
        for step in group.indices {
            let k = (start + step) % group.count
            if isConflicted(group[k], r: r) { return k }
        }
        return nil
    }

    private func allowed(_ person: Int, into table: String) -> Bool {
        pinOf[person].map { $0 == table } ?? true
    }

    /// The change in cost if `a` (in group `ga`) and `b` (in `gb`) of round `r` changed places.
    func swapDelta(_ r: Int, a: Int, ga: Int, b: Int, gb: Int) -> Int {
        let round = rounds[r]
        var repeats = 0
        for x in round.groups[ga] where x != a {
            if meet[a * count + x] > 1 { repeats -= 1 }
            if meet[b * count + x] > 0 { repeats += 1 }
        }
        for y in round.groups[gb] where y != b {
            if meet[b * count + y] > 1 { repeats -= 1 }
            if meet[a * count + y] > 0 { repeats += 1 }
        }
        var delta = repeats * Self.repeatWeight
        if round.balance == .mixed, segmentOf[a] != segmentOf[b] {
            delta += Self.segmentWeight * mixedDelta(r, a: a, ga: ga, b: b, gb: gb)
        }
        if !apartOf[a].isEmpty || !apartOf[b].isEmpty || !togetherOf[a].isEmpty || !togetherOf[b].isEmpty {
            delta += Self.ruleWeight * ruleDelta(r, a: a, ga: ga, b: b, gb: gb)
        }
        return delta
    }

    /// The change in the mixed-segment penalty of groups `ga` and `gb` when `a` and `b` swap.
    private func mixedDelta(_ r: Int, a: Int, ga: Int, b: Int, gb: Int) -> Int {
        let groups = max(rounds[r].groups.count, 1)
        let stride = max(segmentCount, 1)
        func off(_ s: Int, _ n: Int) -> Int {
            let low = segmentSizes[s] / groups
            let high = (segmentSizes[s] + groups - 1) / groups
            return n < low ? low - n : (n > high ? n - high : 0)
        }
        var delta = 0
        let sa = segmentOf[a], sb = segmentOf[b]
        let counts = segmentCounts[r]
        if sa >= 0 {
            let inA = counts[ga * stride + sa], inB = counts[gb * stride + sa]
            delta += off(sa, inA - 1) - off(sa, inA) + off(sa, inB + 1) - off(sa, inB)
        }
        if sb >= 0 {
            let inB = counts[gb * stride + sb], inA = counts[ga * stride + sb]
            delta += off(sb, inB - 1) - off(sb, inB) + off(sb, inA + 1) - off(sb, inA)
        }
        return delta
    }

    /// The change in broken rules when `a` and `b` swap: each rule of either, counted once, without
    /// allocating (this runs on most tries when rules are many).
    private func ruleDelta(_ r: Int, a: Int, ga: Int, b: Int, gb: Int) -> Int {
        var delta = 0
        for k in apartOf[a] {
            delta += apartBroken(apart[k], r: r, a: a, b: b) - apartBroken(apart[k], r: r, a: -1, b: -1)
        }
        for k in apartOf[b] where !apartOf[a].contains(k) {
            delta += apartBroken(apart[k], r: r, a: a, b: b) - apartBroken(apart[k], r: r, a: -1, b: -1)
        }
        for k in togetherOf[a] {
            delta += togetherBroken(together[k], r: r, a: a, b: b) - togetherBroken(together[k], r: r, a: -1, b: -1)
        }
        for k in togetherOf[b] where !togetherOf[a].contains(k) {
            delta += togetherBroken(together[k], r: r, a: a, b: b) - togetherBroken(together[k], r: r, a: -1, b: -1)
        }
        return delta
    }

    /// Swaps `a` (at `ka` in group `ga`) and `b` (at `kb` in `gb`) in round `r`, keeping every count.
    mutating func swapPeople(_ r: Int, a: Int, ga: Int, ka: Int, b: Int, gb: Int, kb: Int) {
        for x in rounds[r].groups[ga] where x != a {
            meet[a * count + x] -= 1; meet[x * count + a] -= 1
            meet[b * count + x] += 1; meet[x * count + b] += 1
        }
        for y in rounds[r].groups[gb] where y != b {
            meet[b * count + y] -= 1; meet[y * count + b] -= 1
            meet[a * count + y] += 1; meet[y * count + a] += 1
        }
        rounds[r].groups[ga][ka] = b
        rounds[r].groups[gb][kb] = a
        groupOf[r][a] = gb
        groupOf[r][b] = ga
        let stride = max(segmentCount, 1)
        if segmentOf[a] >= 0 {
            segmentCounts[r][ga * stride + segmentOf[a]] -= 1
            segmentCounts[r][gb * stride + segmentOf[a]] += 1
        }
        if segmentOf[b] >= 0 {
            segmentCounts[r][gb * stride + segmentOf[b]] -= 1
            segmentCounts[r][ga * stride + segmentOf[b]] += 1
        }
    }
}
