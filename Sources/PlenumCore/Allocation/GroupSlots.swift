/// The groups of one round and how many people each gets: from the tables' groups (or from
/// `group_size`), sizes balanced within one, the larger groups at the tables with most pins.
struct GroupSlots: Sendable, Equatable {
    var refs: [GroupRef]
    var sizes: [Int]

    /// Slots for `count` people in `round`; `merged` gives one group per table (formation `table`).
    /// `pinsPerTable` steers the larger groups to where pinned people sit.
    static func make(_ round: SeatingRound, count: Int, merged: Bool, pinsPerTable: [String: Int] = [:]) -> GroupSlots {
        let tables = round.tables
        var order: [GroupRef] = []
        if merged {
            order = tables.map { GroupRef(table: $0.name, group: 1) }
        } else if let size = round.groupSize, size >= 1 {
            let wanted = max(1, (count + size - 1) / size)
            var perTable = Array(repeating: 0, count: max(tables.count, 1))
            for k in 0..<wanted where !tables.isEmpty {
                perTable[k % tables.count] += 1
                order.append(GroupRef(table: tables[k % tables.count].name, group: perTable[k % tables.count]))
            }
        } else {
            let most = tables.map(\.groups).max() ?? 0
            for number in 1...max(most, 1) {
                for table in tables where table.groups >= number {
                    order.append(GroupRef(table: table.name, group: number))
                }
            }
        }
        // Fewer people than twice the groups: use fewer groups (no one sits alone), tables evenly.
        if !merged, count < 2 * order.count {
            order = Array(order.prefix(max(1, count / 2)))
        }
        let tableIndex = Dictionary(tables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        order.sort { (tableIndex[$0.table] ?? 0, $0.group) < (tableIndex[$1.table] ?? 0, $1.group) }
        let groups = max(order.count, 1)
        var sizes = Array(repeating: count / groups, count: order.count)
        let extra = count - (count / groups) * groups
        // The `extra` larger groups go to the tables with most pins per group, then in order.
        var groupsAt: [String: Int] = [:]
        for ref in order { groupsAt[ref.table, default: 0] += 1 }
        let pinsPerGroup = order.map { Double(pinsPerTable[$0.table] ?? 0) / Double(max(1, groupsAt[$0.table] ?? 1)) }
        let ranked = order.indices.sorted { a, b in
            pinsPerGroup[a] != pinsPerGroup[b] ? pinsPerGroup[a] > pinsPerGroup[b] : a < b
        }
        for i in ranked.prefix(extra) { sizes[i] += 1 }
        return GroupSlots(refs: order, sizes: sizes)
    }

    /// How many people the groups at `table` hold.
    func capacity(of table: String) -> Int {
        zip(refs, sizes).filter { $0.0.table == table }.reduce(0) { $0 + $1.1 }
    }
}
