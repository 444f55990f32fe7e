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

    /// The seating of every round, in order, or the sentence that says why it cannot be made.
    public static func seat(_ rounds: [SeatingRound], attendees: [Attendee], rules: [Rule], segments: [String],
                            tables: [String], seed: UInt64, fixed: [String: RoundSeating] = [:],
                            effort: Effort = .standard) -> Result<[RoundSeating], SeatingProblem> {
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
        // Rounds whose groups a later `table` round merges (through any `keep` between).
        var mergedLater = Set<String>()
        for (k, round) in rounds.enumerated() where round.formation == .table {
            var j = k - 1
            while j >= 0 {
                mergedLater.insert(rounds[j].id)
                if rounds[j].formation != .keep { break }
                j -= 1
            }
        }
        var builder = RoundBuilder(attendees: attendees, index: index, segments: segments, allTables: tables)
        for round in rounds {
            if let seating = fixed[round.id] {
                search.add(builder.fixedRound(seating))
                builder.remember(search.rounds[search.rounds.count - 1])
                continue
            }
            switch builder.newRound(round, search: search, apart: apart, together: together) {
            case .failure(let problem): return .failure(problem)
            case .success(var built):
                built.apartByTable = mergedLater.contains(round.id)
                search.add(built)
                if built.movable {
                    search.improve(rounds: [search.rounds.count - 1], steps: effort.perRound * max(attendees.count, 1))
                }
            }
            builder.remember(search.rounds[search.rounds.count - 1])
        }
        let movable = search.rounds.indices.filter { search.rounds[$0].movable }
        if movable.count > 1 {
            search.improve(rounds: movable, steps: effort.whole * max(attendees.count, 1))
            search.tabu(rounds: movable, iterations: effort.tabu)
        }
        var result: [RoundSeating] = []
        // Each name's sort key made once, not at every comparison (Foundation's folding is slow).
        let collation = names.map(CollationKey.danish)
        for (r, round) in rounds.enumerated() {
            if let seating = fixed[round.id] {
                // A round that ran is returned as it was, with the people who have since left.
                result.append(seating)
                continue
            }
            if search.brokenRules(in: r) > 0, let rule = brokenRule(rules, search.rounds[r], names: names) {
                return .failure(SeatingProblem("the rules cannot all hold in \"\(round.title)\": \(rule)"))
            }
            let groups = search.rounds[r].groups.enumerated().map { g, members in
                SeatedGroup(table: search.rounds[r].tables[g], group: builder.groupNumbers[r][g],
                            members: members.sorted { collation[$0] < collation[$1] }.map { names[$0] })
            }
            result.append(RoundSeating(round: round.id, groups: groups))
        }
        return .success(result)
    }

    /// Each pair's meetings beyond the first, over all rounds.
    public static func repeatedPairs(_ seatings: [RoundSeating]) -> Int {
        var met: [String: Int] = [:]
        var repeats = 0
        for seating in seatings {
            for group in seating.groups {
                for i in group.members.indices {
                    for j in group.members.indices where j > i {
                        let key = group.members[i] + "\u{0}" + group.members[j]
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

    /// The first rule the seating breaks, as a sentence part.
    static func brokenRule(_ rules: [Rule], _ round: SeatingSearch.Round, names: [String]) -> String? {
        var groupOf = [String: Int]()
        for (g, group) in round.groups.enumerated() { for p in group { groupOf[names[p]] = g } }
        for rule in rules {
            let placed = rule.names.filter { groupOf[$0] != nil }
            let groups = placed.map { groupOf[$0]! }
            if rule.kind == .apart, Set(groups).count < groups.count {
                return "\(listed(placed)) cannot all be in different groups"
            }
            if rule.kind == .together, Set(groups).count > 1 {
                return "\(listed(placed)) cannot all be in one group"
            }
        }
        return nil
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
