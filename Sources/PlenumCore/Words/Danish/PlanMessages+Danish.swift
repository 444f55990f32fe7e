/// The sentences about a plan file in Danish.
struct DanishPlanMessages: PlanMessages {
    func tooBig(megabytes: Double) -> String { "filen fylder \(megabytes) MB; en plan er en lille tekstfil (højst 2 MB)" }
    var empty: String {
        "filen er tom; en plan skal mindst have en `title`, en `start` og [[blocks]] (`plenum new` skriver en at begynde fra)"
    }
    var nulByte: String { "filen indeholder en NUL-byte; en plan skal være ren tekst" }
    var notUTF8: String { "filen er ikke UTF-8-tekst; gem den som UTF-8 (i de fleste editorer: Gem som → Kodning → UTF-8)" }
    func notTOML(_ parserSays: String) -> String { "dette er ikke gyldig TOML: " + parserSays }
    var unclosedText: String {
        "en tekst i anførselstegn skal slutte på samme linje (brug \"\"\" til tekst over flere linjer) og må ikke have styretegn"
    }
    var foundEndOfLine: String { "fandt linjens slutning" }
    var foundEndOfFile: String { "fandt filens slutning" }
    var thePlan: String { "planen" }
    func misplacedKey(_ key: String, in context: String) -> String {
        "`\(key)` læses som en del af \(context), fordi den står efter den overskrift; flyt den op over den første [overskrift] i filen"
    }
    func unknownKey(_ key: String, in context: String, didYouMean: String?) -> String {
        "ukendt nøgle `\(key)` i \(context)" + (didYouMean.map { "; mente du `\($0)`?" } ?? "")
    }
    var noTitle: String { "planen har ingen `title`; tilføj øverst en linje som title = \"Borgermøde om skolen\"" }
    func endBeforeStart(end: ClockTime, start: ClockTime) -> String { "`end` (\(end)) skal ligge efter `start` (\(start))" }
    var noStart: String { "planen har ingen `start`; tilføj f.eks. start = \"09:00\", eller giv den første blok et `at`" }
    func languageNotText(_ type: String) -> String { "`language` skal være \"da\" eller \"en\", ikke \(type)" }
    func languageUnknown(_ value: String) -> String { "`language` skal være \"da\" eller \"en\", ikke \"\(value)\"" }
    func dateUnreadable(_ value: String) -> String { "`date` skal være en dag skrevet som 2012-10-31, ikke \"\(value)\"" }
    func dateNotText(_ type: String) -> String { "`date` skal være en dag skrevet som 2012-10-31, ikke \(type)" }
    func tooFewSeats(participants: Int, seats: Int, tables: Int) -> String {
        "\(Plural.count(participants, "deltager", "deltagere")), men kun \(Plural.count(seats, "plads", "pladser")) "
            + "ved \(Plural.count(tables, "bord", "borde"))"
    }
    func type(of node: TOMLNode) -> String {
        switch node.value {
        case .string: "tekst"
        case .integer: "et helt tal"
        case .float: "et decimaltal"
        case .boolean: "true/false"
        case .date: "en dato"
        case .time: "et klokkeslæt"
        case .dateTime: "en dato og et klokkeslæt"
        case .array: "en liste"
        case .table: "en tabel"
        }
    }
    func blockCannotBeSeated(_ why: String) -> String { "denne blok kan ikke sættes: \(why); alle andre blokke kan" }
    func ruleCannotHoldEverywhere(_ rule: Int, names: String, why: String, apart: Bool) -> String {
        let kept = apart ? "adskilt så vidt muligt (færrest par sammen)" : "sammen så vidt muligt (i færrest grupper)"
        return "regel \(rule) (\(names)) kan ikke holde i alle blokke: \(why); der holder fordelingen dem \(kept), og alle andre steder fuldt ud"
    }
}
