/// The sentences about segments, tables, people, rules and carried material, in English.
extension EnglishPlanMessages {
    func table(_ number: Int) -> String { "table \(number)" }
    func person(_ number: Int) -> String { "person \(number)" }
    func namedPerson(_ name: String) -> String { "person \"\(name)\"" }
    func rule(_ number: Int) -> String { "rule \(number)" }
    var segmentsNotTable: String { "`segments` must be a table of key = \"name\" lines under [segments]" }
    func segmentNeedsName(_ key: String) -> String { "segment `\(key)` must have a name in quotes, e.g. \(key) = \"Borgere\"" }
    func twoTablesCalled(_ name: String) -> String { "two tables are both called \"\(name)\"; give each table its own name" }
    var tablesWrongType: String {
        "`tables` must be a table ([tables] with count, groups, seats) or a list ([[tables]] for each)"
    }
    func seatsBelowGroups(groups: Int, seats: Int) -> String {
        "a table with \(groups) groups needs at least \(groups) seats, not \(seats)"
    }
    func twoPeopleCalled(_ name: String, firstLine: Int?) -> String {
        "two people are both called \"\(name)\"" + (firstLine.map { " (first at line \($0))" } ?? "")
            + "; names must be unique, e.g. add an initial"
    }
    func segmentKeyNotText(_ who: String, type: String) -> String {
        "`segment` of \(who) must be a segment key in quotes, not \(type)"
    }
    func inSegmentWithoutSegments(_ who: String, key: String) -> String {
        "\(who) is in segment \"\(key)\", but the plan has no [segments]"
    }
    func unknownSegment(_ key: String, for who: String, suggestion: String, keys: [String]) -> String {
        "unknown segment \"\(key)\" for \(who)" + suggestion + " (segments: \(keys.joined(separator: ", ")))"
    }
    func tableNameNotText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` of \(context) must be a table name in quotes, not \(type)"
    }
    func namesTableWithoutTables(_ context: String, table: String) -> String {
        "\(context) names table \"\(table)\", but the plan has no [tables]"
    }
    func unknownTable(_ name: String, for context: String, suggestion: String?, tables: String) -> String {
        "unknown table \"\(name)\" for \(context); " + (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "the tables are \(tables)"
    }
    func unknownPerson(_ context: String, name: String, noPeople: Bool) -> String {
        "\(context) names \"\(name)\", but " + (noPeople ? "the plan has no [[people]]" : "no person has that name")
    }
    func ruleNeedsOneKind(_ context: String) -> String { "\(context) must have either `apart` or `together` (one of them)" }
    func ruleNeedsTwoNames(_ kind: String, of context: String) -> String {
        "`\(kind)` of \(context) needs at least two different names"
    }
    func togetherNamesHosts(_ hosts: String, count: Int) -> String {
        "a together rule names \(hosts), who \(count == 1 ? "is a host" : "are hosts") and never in a group"
    }
    func togetherTooBig(_ count: Int, block: String, size: Int) -> String {
        "a together rule keeps \(count) people in one group, but groups in \"\(block)\" hold \(size)"
    }
    func rulesContradict(_ first: String, _ second: String) -> String {
        "\"\(first)\" and \"\(second)\" are in a together rule and an apart rule; both cannot hold"
    }
    func carriedNotTable(_ key: String, of context: String) -> String {
        "`\(key)` of \(context) must be a table: \(key) = { day = \"bootcamp-1\", what = \"quick_wins\" }"
    }
    func carriedNoDay(_ context: String) -> String { "\(context) has no `day`; name an earlier day of the process by its id" }
    func carriedNoWhat(_ context: String) -> String { "\(context) has no `what`; use \"quick_wins\" or \"themes\"" }
}
