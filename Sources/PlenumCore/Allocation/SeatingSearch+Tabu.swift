/// Tabu search over the whole day, after the annealing: each step makes the best swap of someone in
/// conflict (a repeat or a broken rule) with anyone in another group of that round, even an uphill
/// one, and forbids undoing it for a while. It keeps the best day it has seen.
extension SeatingSearch {
    /// The whole day's cost: repeats, segments and rules over the movable and fixed rounds.
    var totalCost: Int {
        var total = repeatedPairs * Self.repeatWeight
        for r in rounds.indices {
            total += Self.ruleWeight * brokenRules(in: r)
            for group in rounds[r].groups {
                total += Self.segmentWeight * segmentPenalty(group, round: r)
            }
        }
        return total
    }

    mutating func tabu(rounds which: [Int], iterations: Int) {
        let movable = which.filter { rounds[$0].movable && rounds[$0].groups.count > 1 }
        guard !movable.isEmpty, iterations > 0 else { return }
        var cost = totalCost
        var best = cost
        var bestGroups = rounds.map(\.groups)
        // tabuUntil[r][p * groups + g]: person p may not go back into group g of round r before this step.
        var tabuUntil = rounds.map { Array(repeating: 0, count: count * max($0.groups.count, 1)) }
        var sinceBest = 0
        for step in 1...iterations {
            if cost == 0 { break }
            var chosen: (r: Int, a: Int, ga: Int, ka: Int, b: Int, gb: Int, kb: Int, delta: Int)?
            var ties = 0
            for r in movable {
                let groups = rounds[r].groups
                let stride = groups.count
                for (ga, group) in groups.enumerated() {
                    for (ka, a) in group.enumerated() where isConflicted(a, r: r) {
                        for gb in groups.indices where gb != ga {
                            guard pinOf[a].map({ $0 == rounds[r].tables[gb] }) ?? true else { continue }
                            for (kb, b) in groups[gb].enumerated() {
                                guard pinOf[b].map({ $0 == rounds[r].tables[ga] }) ?? true else { continue }
                                if !maySwap(a, b, round: r) { continue }
                                let delta = swapDelta(r, a: a, ga: ga, b: b, gb: gb)
                                let forbidden = tabuUntil[r][a * stride + gb] > step || tabuUntil[r][b * stride + ga] > step
                                if forbidden, cost + delta >= best { continue }
                                if chosen == nil || delta < chosen!.delta {
                                    chosen = (r, a, ga, ka, b, gb, kb, delta)
                                    ties = 1
                                } else if delta == chosen!.delta {
                                    ties += 1
                                    if rng.next() % UInt64(ties) == 0 { chosen = (r, a, ga, ka, b, gb, kb, delta) }
                                }
                            }
                        }
                    }
                }
            }
            guard let move = chosen else { break }
            let stride = rounds[move.r].groups.count
            tabuUntil[move.r][move.a * stride + move.ga] = step + 5 + Int(rng.next() % 10)
            tabuUntil[move.r][move.b * stride + move.gb] = step + 5 + Int(rng.next() % 10)
            swapPeople(move.r, a: move.a, ga: move.ga, ka: move.ka, b: move.b, gb: move.gb, kb: move.kb)
            cost += move.delta
            if cost < best {
                best = cost
                bestGroups = rounds.map(\.groups)
                sinceBest = 0
            } else {
                sinceBest += 1
                if sinceBest > 400 {
                    // Stuck: start again from the best day with a few random swaps.
                    restore(bestGroups)
                    cost = best
                    for _ in 0..<4 {
                        let r = movable[Int(rng.next() % UInt64(movable.count))]
                        let groups = rounds[r].groups
                        let ga = Int(rng.next() % UInt64(groups.count))
                        let gb = (ga + 1 + Int(rng.next() % UInt64(groups.count - 1))) % groups.count
                        guard !groups[ga].isEmpty, !groups[gb].isEmpty else { continue }
                        let ka = Int(rng.next() % UInt64(groups[ga].count)), kb = Int(rng.next() % UInt64(groups[gb].count))
                        let a = groups[ga][ka], b = groups[gb][kb]
                        guard pinOf[a].map({ $0 == rounds[r].tables[gb] }) ?? true,
                              pinOf[b].map({ $0 == rounds[r].tables[ga] }) ?? true,
                              maySwap(a, b, round: r) else { continue }
                        cost += swapDelta(r, a: a, ga: ga, b: b, gb: gb)
                        swapPeople(r, a: a, ga: ga, ka: ka, b: b, gb: gb, kb: kb)
                    }
                    sinceBest = 0
                }
            }
        }
        if cost > best { restore(bestGroups) }
    }

    /// Puts every round back to `groups` and recounts the meetings and segments.
    mutating func restore(_ groups: [[[Int]]]) {
        let saved = rounds
        rounds = []
        groupOf = []
        segmentCounts = []
        meet = Array(repeating: 0, count: count * count)
        for (r, round) in saved.enumerated() {
            var copy = round
            copy.groups = groups[r]
            add(copy)
        }
    }
}
