import Foundation

/// Forms the groups of every round of a day: who sits in which group at which table.
///
/// Pinned people stay at their tables, `apart` and `together` rules hold, mixed groups get every
/// segment, and over the day people meet as few of the same faces again as the search can manage.
/// Rounds already run (`fixed`) stay exactly as they were and count as history.
public enum Allocation {
    /// How hard the search works: steps per person per round, and for the whole day at the end.
    public struct Effort: Sendable {
        public var perRound: Int
        public var whole: Int
        /// Steps of the tabu search that finishes the day when repeats are left.
        public var tabu: Int

        public init(perRound: Int, whole: Int, tabu: Int) {
            self.perRound = perRound
            self.whole = whole
            self.tabu = tabu
        }

        /// Enough for a real day in well under a second.
        public static let standard = Effort(perRound: 400, whole: 3000, tabu: 1000)
    }

    /// Every round seated on its own terms, in order. A rule that cannot hold in a round is kept
    /// there as far as it can be (and reported as bent); a round that cannot be seated at all says
    /// why, and every other round keeps its seating. Fails only for rules that contradict each other.
    static func seatRounds(_ rounds: [SeatingRound], attendees: [Attendee], rules: [Rule], segments: [String],
                                  tables: [String], seed: UInt64, fixed: [String: RoundSeating] = [:],
                                  effort: Effort = .standard) -> Result<[RoundOutcome], SeatingProblem> {
        let names = attendees.map(\.name)
        var index = [String: Int]()
        for (i, name) in names.enumerated() { index[name] = i }
        let segmentIndex = Dictionary(segments.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let segmentOf = attendees.map { $0.segment.flatMap { segmentIndex[$0] } ?? -1 }
        let ruleSets = rules.map { rule in rule.names.compactMap { index[$0] } }
        let apart = zip(rules, ruleSets).filter { $0.0.kind == .apart && $0.1.count > 1 }.map(\.1)
        let together = zip(rules, ruleSets).filter { $0.0.kind == .together && $0.1.count > 1 }.map(\.1)
        if let problem = contradiction(rules, present: Set(index.keys)) { return .failure(problem) }
        var search = SeatingSearch(count: attendees.count, segmentOf: segmentOf, segmentCount: segments.count,
                                   pinOf: attendees.map(\.table), apart: apart, together: together, seed: seed)
        let (followed, mergedLater) = followedRounds(rounds)
        let indexed = zip(rules.indices, ruleSets).map { IndexedRule(plan: $0, kind: rules[$0].kind, members: $1) }
        var builder = RoundBuilder(attendees: attendees, index: index, segments: segments, allTables: tables, rules: indexed)
        var problems: [Int: SeatingProblem] = [:]
        for (r, round) in rounds.enumerated() {
            if let seating = fixed[round.id] {
                search.add(builder.fixedRound(seating))
                builder.remember(search.rounds[search.rounds.count - 1])
                continue
            }
            let alike = rounds[r...].filter {
                [.mixed, .new, .random].contains($0.formation) && $0.tables == round.tables && $0.groupSize == round.groupSize
            }.count
            switch builder.newRound(round, search: search, apart: apart, together: together, wanted: alike) {
            case .failure(let problem):
                // This round alone cannot be seated; the rounds after it do not wait for it.
                problems[r] = problem
                search.add(SeatingSearch.Round(groups: [], tables: [], movable: false, balance: .none))
                builder.skip()
                continue
            case .success(var built):
                built.apartByTable = mergedLater.contains(round.id)
                // A round a later `keep` or `table` round copies stays as first seated, so the copy
                // and its meetings stay true while the search moves the other rounds.
                built.settled = followed.contains(round.id)
                search.add(built)
                if built.movable {
                    search.improve(rounds: [search.rounds.count - 1], steps: effort.perRound * max(attendees.count, 1))
                }
            }
            builder.remember(search.rounds[search.rounds.count - 1])
        }
        let movable = search.rounds.indices.filter { search.rounds[$0].movable && !search.rounds[$0].settled }
        if movable.count > 1 {
            search.improve(rounds: movable, steps: effort.whole * max(attendees.count, 1))
            search.tabu(rounds: movable, iterations: effort.tabu)
        }
        let sortKey = names.map(CollationKey.danish)
        var result: [RoundOutcome] = []
        for (r, round) in rounds.enumerated() {
            if let seating = fixed[round.id] {
                // A round that ran is returned as it was, with the people who have since left.
                result.append(RoundOutcome(seating: seating))
                continue
            }
            if let problem = problems[r] {
                result.append(RoundOutcome(seating: RoundSeating(round: round.id, groups: []), problem: problem))
                continue
            }
            let groups = search.rounds[r].groups.enumerated().map { g, members in
                SeatedGroup(table: search.rounds[r].tables[g], group: builder.groupNumbers[r][g],
                            members: members.sorted { sortKey[$0] < sortKey[$1] }.map { names[$0] })
            }
            result.append(RoundOutcome(seating: RoundSeating(round: round.id, groups: groups),
                                       bent: bentRules(rules, ruleSets: ruleSets, groupOf: search.groupOf[r],
                                                       limits: builder.limits[round.id] ?? [:])))
        }
        return .success(result)
    }

    /// The seating of every round, in order, or the sentence that says why a round cannot be made
    /// (rules a round cannot hold are bent there, as in `seatRounds`).
    public static func seat(_ rounds: [SeatingRound], attendees: [Attendee], rules: [Rule], segments: [String],
                            tables: [String], seed: UInt64, fixed: [String: RoundSeating] = [:],
                            effort: Effort = .standard) -> Result<[RoundSeating], SeatingProblem> {
        seatRounds(rounds, attendees: attendees, rules: rules, segments: segments, tables: tables, seed: seed,
                   fixed: fixed, effort: effort).flatMap { outcomes in
            if let problem = outcomes.lazy.compactMap(\.problem).first { return .failure(problem) }
            return .success(outcomes.map(\.seating))
        }
    }

    /// The rounds a later `keep` or `table` round copies (through any `keep` between), and of
    /// those the ones a `table` round merges: there people who must be apart must not even share a table.
    static func followedRounds(_ rounds: [SeatingRound]) -> (followed: Set<String>, merged: Set<String>) {
        var followed = Set<String>(), merged = Set<String>()
        for (k, round) in rounds.enumerated() where round.formation == .table || round.formation == .keep {
            var j = k - 1
            while j >= 0 {
                followed.insert(rounds[j].id)
                if round.formation == .table { merged.insert(rounds[j].id) }
                if rounds[j].formation != .keep { break }
                j -= 1
            }
        }
        return (followed, merged)
    }

    /// Each pair's meetings beyond the first, over all rounds.
    public static func repeatedPairs(_ seatings: [RoundSeating]) -> Int {
        // Names become numbers once, so pairs are counted without building strings.
        var number: [String: Int] = [:]
        var met: [Int: Int] = [:]
        var repeats = 0
        for seating in seatings {
            for group in seating.groups {
                let members = group.members.map { name in
                    if let n = number[name] { return n }
                    number[name] = number.count
                    return number.count - 1
                }
                for i in members.indices {
                    for j in members.indices where j > i {
                        let key = min(members[i], members[j]) << 32 | max(members[i], members[j])
                        if met[key, default: 0] > 0 { repeats += 1 }
                        met[key, default: 0] += 1
                    }
                }
            }
        }
        return repeats
    }

    /// Rules that contradict each other whoever comes: two people both together and apart.
    static func contradiction(_ rules: [Rule], present: Set<String>) -> SeatingProblem? {
        for t in rules where t.kind == .together {
            for a in rules where a.kind == .apart {
                let both = a.names.filter { t.names.contains($0) && present.contains($0) }
                if both.count >= 2 {
                    return SeatingProblem("\(listed(both)) must be both together and apart; drop one of the two rules")
                }
            }
        }
        return nil
    }

    /// The rules a round does not hold in full, with how far each is broken (`groupOf`: each
    /// person's group in the round, -1 when not in it; `ruleSets`: each rule's people).
    static func bentRules(_ rules: [Rule], ruleSets: [[Int]], groupOf: [Int], limits: [Int: BendReason]) -> [BentRule] {
        var result: [BentRule] = []
        for (k, rule) in rules.enumerated() {
            let groups = ruleSets[k].map { groupOf[$0] }.filter { $0 >= 0 }
            var broken = 0
            switch rule.kind {
            case .apart:
                for i in groups.indices { for j in groups.indices where j > i && groups[i] == groups[j] { broken += 1 } }
            case .together:
                broken = max(0, Set(groups).count - 1)
            }
            if broken > 0 { result.append(BentRule(rule: rule, broken: broken, reason: limits[k])) }
        }
        return result
    }

    /// "A, B and C".
    static func listed(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
}

/// Sort keys that put æ, ø and å after z (in that order), as Danish and Norwegian readers expect;
/// other accents sort with their letter (é with e), and numbers by their value (P2 before P10).
public enum CollationKey {
    public static func danish(_ text: String) -> String {
        var out = ""
        var digits = ""
        func flushDigits() {
            guard !digits.isEmpty else { return }
            out += String(repeating: "0", count: max(0, 10 - digits.count)) + digits
            digits = ""
        }
        for c in text.lowercased() {
            if c.isASCII, c.isNumber {
                digits.append(c)
                continue
            }
            flushDigits()
            switch c {
            case "æ", "ä": out += "\u{F0001}"
            case "ø", "ö": out += "\u{F0002}"
            case "å": out += "\u{F0003}"
            default: out += String(c).folding(options: .diacriticInsensitive, locale: nil)
            }
        }
        flushDigits()
        return out
    }
}
