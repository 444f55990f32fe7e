/// Reading who is in the room: segments, tables, people and the rules for forming groups.
extension PlanReader {
    mutating func readSegments(_ node: TOMLNode?) -> [Segment] {
        guard let node else { return [] }
        guard case .table(let entries) = node.value else {
            error("`segments` must be a table of key = \"name\" lines under [segments]", node)
            return []
        }
        guard withinCount(entries.count, most: PlanLimits.segments, of: "segments", in: "[segments]", node: node) else {
            return []
        }
        var result: [Segment] = []
        for entry in entries {
            guard case .string(let name) = entry.node.value, !name.trimmingWhitespace.isEmpty else {
                error("segment `\(entry.key)` must have a name in quotes, e.g. \(entry.key) = \"Borgere\"", entry.node)
                continue
            }
            guard fitsLength(entry.key, key: "segment", context: "[segments]", node: entry.node),
                  fitsLength(name.trimmingWhitespace, key: entry.key, context: "[segments]", node: entry.node) else { continue }
            result.append(Segment(key: entry.key, name: name.trimmingWhitespace))
        }
        return result
    }

    mutating func readTables(_ node: TOMLNode?) -> [Table] {
        guard let node else { return [] }
        let word = language.report.tableWord
        let defaultName = { (n: Int) in "\(word) \(n)" }
        switch node.value {
        case .table:
            checkKeys(node, allowed: PlanKeys.uniformTables, context: "[tables]")
            guard let count = integer(node, "count", in: "[tables]", maximum: PlanLimits.tables,
                                      why: "tables in one room", required: true) else { return [] }
            let groups = groupsAtTable(node, in: "[tables]")
            let seats = seatsAtTable(node, in: "[tables]")
            checkSeatsCoverGroups(seats: seats, groups: groups, node: node["seats"])
            let result = (1...max(count, 1)).map { Table(name: defaultName($0), groups: groups, seats: seats) }
            tables = result
            checkRoomSize(node)
            return result
        case .array:
            var result: [Table] = []
            let elements = tables(node, key: "tables") ?? []
            guard withinCount(elements.count, most: PlanLimits.tables, of: "tables", in: "the plan", node: node) else {
                return []
            }
            for (i, element) in elements.enumerated() {
                let context = "table \(i + 1)"
                checkKeys(element, allowed: PlanKeys.namedTable, context: context)
                let name = text(element, "name", in: context) ?? defaultName(i + 1)
                if result.contains(where: { $0.name == name }) {
                    error("two tables are both called \"\(name)\"; give each table its own name", element["name"] ?? element)
                    continue
                }
                let groups = groupsAtTable(element, in: context)
                let seats = seatsAtTable(element, in: context)
                checkSeatsCoverGroups(seats: seats, groups: groups, node: element["seats"])
                result.append(Table(name: name, groups: groups, seats: seats))
            }
            tables = result
            checkRoomSize(node)
            return result
        default:
            error("`tables` must be a table ([tables] with count, groups, seats) or a list ([[tables]] for each)", node)
            return []
        }
    }

    private mutating func checkSeatsCoverGroups(seats: Int?, groups: Int, node: TOMLNode?) {
        if let seats, seats < groups {
            error("a table with \(groups) groups needs at least \(groups) seats, not \(seats)", node)
        }
    }

    mutating func readPeople(_ node: TOMLNode?) -> [Person] {
        var result: [Person] = []
        var seen: [String: SourcePosition?] = [:]
        let elements = tables(node, key: "people") ?? []
        if let node, !withinCount(elements.count, most: PlanLimits.people, of: "people", in: "the plan", node: node) {
            return []
        }
        for (i, element) in elements.enumerated() {
            let context = "person \(i + 1)"
            checkKeys(element, allowed: PlanKeys.person, context: context)
            let name = text(element, "name", in: context, required: true)
            var duplicate = false
            if let name, let first = seen[name] {
                let where_ = first.map { " (first at line \($0.line))" } ?? ""
                error("two people are both called \"\(name)\"\(where_); names must be unique, e.g. add an initial",
                      element["name"])
                duplicate = true
            } else if let name {
                seen[name] = element["name"]?.position
            }
            let who = name.map { "person \"\($0)\"" } ?? context
            var segment: String?
            if let s = element["segment"] {
                if case .string(let key) = s.value {
                    segment = key.trimmingWhitespace
                    checkSegment(key.trimmingWhitespace, node: s, who: who)
                } else {
                    error("`segment` of \(who) must be a segment key in quotes, not \(s.typeDescription)", s)
                }
            }
            let role = choice(element, "role", in: who, as: Person.Role.self) ?? .participant
            let table = tableName(element, "table", in: who)
            if let name, !duplicate {
                result.append(Person(name: name, segment: segment, role: role, table: table))
            }
        }
        return result
    }

    private mutating func checkSegment(_ key: String, node: TOMLNode, who: String) {
        guard !segments.contains(where: { $0.key == key }) else { return }
        if segments.isEmpty {
            error("\(who) is in segment \"\(key)\", but the plan has no [segments]", node)
        } else {
            let keys = segments.map(\.key)
            error("unknown segment \"\(key)\" for \(who)" + Suggestion.didYouMean(key, in: keys, quote: "\"")
                  + " (segments: \(keys.joined(separator: ", ")))", node)
        }
    }

    /// A table name at `key` that must be one of the plan's tables.
    mutating func tableName(_ table: TOMLNode, _ key: String, in context: String) -> String? {
        guard let node = table[key] else { return nil }
        guard case .string(let raw) = node.value else {
            error("`\(key)` of \(context) must be a table name in quotes, not \(node.typeDescription)", node)
            return nil
        }
        return checkedTableName(raw.trimmingWhitespace, node: node, context: context)
    }

    /// `name` if the plan has such a table, else nil with an error listing the real ones.
    mutating func checkedTableName(_ name: String, node: TOMLNode, context: String) -> String? {
        if tables.contains(where: { $0.name == name }) { return name }
        if tables.isEmpty {
            error("\(context) names table \"\(name)\", but the plan has no [tables]", node)
        } else {
            let names = tables.map(\.name)
            let hint = Suggestion.nearest(to: name, in: names).map { "did you mean \"\($0)\"? " } ?? ""
            error("unknown table \"\(name)\" for \(context); \(hint)the tables are \(Self.list(names, conjunction: "and"))", node)
        }
        return nil
    }

    mutating func readRules(_ node: TOMLNode?, blocks: [Block]?) -> [Rule] {
        var result: [Rule] = []
        let names = people.map(\.name)
        let known = Set(names)
        let elements = tables(node, key: "rules") ?? []
        if let node, !withinCount(elements.count, most: PlanLimits.rules, of: "rules", in: "the plan", node: node) {
            return []
        }
        for (i, element) in elements.enumerated() {
            let context = "rule \(i + 1)"
            checkKeys(element, allowed: PlanKeys.rule, context: context)
            let kinds = [Rule.Kind.apart, .together].filter { element[$0.rawValue] != nil }
            guard kinds.count == 1, let kind = kinds.first else {
                error("\(context) must have either `apart` or `together` (one of them)", element)
                continue
            }
            guard let members = textList(element, kind.rawValue, in: context) else { continue }
            let node = element[kind.rawValue]
            if Set(members).count < 2 {
                error("`\(kind.rawValue)` of \(context) needs at least two different names", node)
                continue
            }
            var valid = true
            for (j, name) in members.enumerated() where !known.contains(name) {
                let place = node.flatMap { n -> TOMLNode? in
                    if case .array(let e) = n.value, j < e.count { return e[j] }
                    return n
                }
                let why = people.isEmpty ? "the plan has no [[people]]" : "no person has that name"
                error("\(context) names \"\(name)\", but \(why)" + Suggestion.didYouMean(name, in: names, quote: "\""), place)
                valid = false
            }
            guard valid else { continue }
            let rule = Rule(kind: kind, names: members)
            checkRuleFits(rule, node: node, blocks: blocks ?? [])
            result.append(rule)
        }
        checkContradictions(result, node: node)
        return result
    }

    private mutating func checkRuleFits(_ rule: Rule, node: TOMLNode?, blocks: [Block]) {
        guard rule.kind == .together else { return }
        let hosts = rule.names.filter { name in people.first { $0.name == name }?.isHost == true }
        if !hosts.isEmpty {
            error("a together rule names \(Self.list(hosts)), who \(hosts.count == 1 ? "is a host" : "are hosts") and never in a group", node)
            return
        }
        for block in blocks + blocks.flatMap({ $0.tracks.flatMap(\.blocks) }) where block.kind == .groups {
            guard let size = groupSize(for: block), rule.names.count > size else { continue }
            error("a together rule keeps \(rule.names.count) people in one group, but groups in \"\(block.title)\" hold \(size)", node)
            return
        }
    }

    /// The largest group a groups block makes, where the plan says enough to tell.
    func groupSize(for block: Block) -> Int? {
        if block.formation == .table {
            return block.groupSize ?? tables.compactMap(\.seats).max()
        }
        if let size = block.groupSize { return size }
        let participants = people.filter { !$0.isHost }.count
        let groups = tables.reduce(0) { $0 + $1.groups }
        if participants > 0, groups > 0 { return (participants + groups - 1) / groups }
        let perGroup = tables.compactMap { t in t.seats.map { ($0 + t.groups - 1) / t.groups } }
        return perGroup.max()
    }

    private mutating func checkContradictions(_ rules: [Rule], node: TOMLNode?) {
        for together in rules where together.kind == .together {
            for apart in rules where apart.kind == .apart {
                let both = Set(together.names).intersection(apart.names)
                if both.count >= 2 {
                    let pair = both.sorted().prefix(2)
                    error("\"\(pair.first ?? "")\" and \"\(pair.last ?? "")\" are in a together rule and an apart rule; both cannot hold", node)
                }
            }
        }
    }
}
