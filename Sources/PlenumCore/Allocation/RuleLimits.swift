/// Why a rule cannot hold in one round, from the round's shape alone: the seating then keeps it as
/// far as the round allows (the fewest pairs together, the fewest pieces), and `plenum check` warns.
public enum BendReason: Sendable, Equatable {
    /// More people must be apart than the round has groups.
    case groups(Int)
    /// In a segment round, more people of one segment (its key) must be apart than it has groups.
    case segmentGroups(segment: String, groups: Int)
    /// The people who must be apart are pinned to one table with fewer groups than them.
    case table(String, groups: Int)
    /// More people must be together than the round's largest group holds.
    case groupSize(Int)
}

/// A rule as the seating sees it: its place among the plan's rules and its people as numbers.
struct IndexedRule: Sendable {
    let plan: Int
    let kind: Rule.Kind
    let members: [Int]
}

/// The rules a round cannot hold, by the round's groups: how many, at which tables, how large, and
/// in a segment round which segment each group is for.
enum RuleLimits {
    static func reasons(_ rules: [IndexedRule], here: Set<Int>, tables: [String], sizes: [Int],
                        groupSegments: [Int]?, segmentHere: [Int]?, segmentKeys: [String],
                        pinOf: [String?]) -> [Int: BendReason] {
        var result: [Int: BendReason] = [:]
        for rule in rules {
            let members = rule.members.filter { here.contains($0) }
            guard members.count > 1 else { continue }
            switch rule.kind {
            case .together:
                let largest = sizes.max() ?? 0
                if members.count > largest { result[rule.plan] = .groupSize(largest) }
            case .apart:
                if members.count > tables.count {
                    result[rule.plan] = .groups(tables.count)
                } else if let groupSegments, let segmentHere {
                    var wanted: [Int: Int] = [:]
                    for p in members { wanted[segmentHere[p], default: 0] += 1 }
                    for (segment, count) in wanted.sorted(by: { $0.key < $1.key }) {
                        let groups = groupSegments.filter { $0 == segment }.count
                        if count > groups {
                            let key = segment >= 0 && segment < segmentKeys.count ? segmentKeys[segment] : ""
                            result[rule.plan] = .segmentGroups(segment: key, groups: groups)
                            break
                        }
                    }
                } else {
                    var pinned: [String: Int] = [:]
                    for p in members { if let pin = pinOf[p] { pinned[pin, default: 0] += 1 } }
                    for (table, count) in pinned.sorted(by: { $0.key < $1.key }) {
                        let groups = tables.filter { $0 == table }.count
                        if count > groups {
                            result[rule.plan] = .table(table, groups: groups)
                            break
                        }
                    }
                }
            }
        }
        return result
    }
}
