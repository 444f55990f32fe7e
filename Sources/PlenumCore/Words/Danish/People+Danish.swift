/// The sentences about segments, tables, people, rules and carried material, in Danish.
extension DanishPlanMessages {
    func table(_ number: Int) -> String { "bord \(number)" }
    func person(_ number: Int) -> String { "person \(number)" }
    func namedPerson(_ name: String) -> String { "personen \"\(name)\"" }
    func rule(_ number: Int) -> String { "regel \(number)" }
    var segmentsNotTable: String { "`segments` skal være en tabel med linjer som key = \"navn\" under [segments]" }
    func segmentNeedsName(_ key: String) -> String {
        "segmentet `\(key)` skal have et navn i anførselstegn, f.eks. \(key) = \"Borgere\""
    }
    func twoTablesCalled(_ name: String) -> String { "to borde hedder begge \"\(name)\"; giv hvert bord sit eget navn" }
    var tablesWrongType: String {
        "`tables` skal være en tabel ([tables] med count, groups, seats) eller en liste ([[tables]] for hvert bord)"
    }
    func seatsBelowGroups(groups: Int, seats: Int) -> String {
        "et bord med \(groups) grupper skal have mindst \(groups) pladser, ikke \(seats)"
    }
    func twoPeopleCalled(_ name: String, firstLine: Int?) -> String {
        "to personer hedder begge \"\(name)\"" + (firstLine.map { " (første gang i linje \($0))" } ?? "")
            + "; hvert navn må kun stå én gang, så tilføj f.eks. et forbogstav"
    }
    func segmentKeyNotText(_ who: String, type: String) -> String {
        "`segment` for \(who) skal være en segmentnøgle i anførselstegn, ikke \(type)"
    }
    func inSegmentWithoutSegments(_ who: String, key: String) -> String {
        "\(who) er i segmentet \"\(key)\", men planen har ingen [segments]"
    }
    func unknownSegment(_ key: String, for who: String, suggestion: String, keys: [String]) -> String {
        "ukendt segment \"\(key)\" for \(who)" + suggestion + " (segmenterne er \(keys.joined(separator: ", ")))"
    }
    func tableNameNotText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` i \(context) skal være et bordnavn i anførselstegn, ikke \(type)"
    }
    func namesTableWithoutTables(_ context: String, table: String) -> String {
        "\(context) nævner bordet \"\(table)\", men planen har ingen [tables]"
    }
    func unknownTable(_ name: String, for context: String, suggestion: String?, tables: String) -> String {
        "ukendt bord \"\(name)\" i \(context); " + (suggestion.map { "mente du \"\($0)\"? " } ?? "") + "bordene hedder \(tables)"
    }
    func unknownPerson(_ context: String, name: String, noPeople: Bool) -> String {
        "\(context) nævner \"\(name)\", men " + (noPeople ? "planen har ingen [[people]]" : "ingen person hedder sådan")
    }
    func ruleNeedsOneKind(_ context: String) -> String { "\(context) skal have enten `apart` eller `together` (kun den ene)" }
    func ruleNeedsTwoNames(_ kind: String, of context: String) -> String {
        "`\(kind)` i \(context) skal nævne mindst to forskellige navne"
    }
    func togetherNamesHosts(_ hosts: String, count: Int) -> String {
        "en together-regel nævner \(hosts), som \(count == 1 ? "er vært" : "er værter") og aldrig sidder i en gruppe"
    }
    func togetherTooBig(_ count: Int, block: String, size: Int) -> String {
        "en together-regel holder \(count) personer i én gruppe, men grupperne i \"\(block)\" har kun plads til \(size)"
    }
    func rulesContradict(_ first: String, _ second: String) -> String {
        "\"\(first)\" og \"\(second)\" står både i en together-regel og en apart-regel; begge kan ikke holde"
    }
    func carriedNotTable(_ key: String, of context: String) -> String {
        "`\(key)` i \(context) skal være en tabel: \(key) = { day = \"bootcamp-1\", what = \"quick_wins\" }"
    }
    func carriedNoDay(_ context: String) -> String { "\(context) har ingen `day`; nævn en tidligere dag i forløbet ved dens id" }
    func carriedNoWhat(_ context: String) -> String { "\(context) har ingen `what`; brug \"quick_wins\" eller \"themes\"" }
}
