/// The sentences `plenum check` says about a plan file as a whole and its top-level keys, in one
/// language (the plan's own `language`, else the one it is loaded with): the file's size and
/// encoding, TOML syntax, unknown keys, `title`, `start`, `end`, `language`, `date`, seats.
/// The place (`FILE:LINE:COLUMN`) and the word `error`/`warning` stay as they are in every language,
/// so editors and scripts read them alike.
protocol PlanMessages: ValueMessages, BlockMessages, PeopleMessages, ProcessMessages, SeatingProblemMessages,
                      MaterialMessages {
    func tooBig(megabytes: Double) -> String
    var empty: String { get }
    var nulByte: String { get }
    var notUTF8: String { get }
    /// "this is not valid TOML: …" followed by the parser's own words.
    func notTOML(_ parserSays: String) -> String
    var unclosedText: String { get }
    var foundEndOfLine: String { get }
    var foundEndOfFile: String { get }
    /// A limit of plenum's own TOML reading: nesting, dotted keys, a one-digit hour …
    func syntaxStop(_ stop: TOMLLibraryGuard.Stop) -> String
    /// "the plan", as the context of a top-level key.
    var thePlan: String { get }
    func misplacedKey(_ key: String, in context: String) -> String
    func unknownKey(_ key: String, in context: String, didYouMean: String?) -> String
    var noTitle: String { get }
    func endBeforeStart(end: ClockTime, start: ClockTime) -> String
    var noStart: String { get }
    func languageNotText(_ type: String) -> String
    func languageUnknown(_ value: String) -> String
    func dateUnreadable(_ value: String) -> String
    func dateNotText(_ type: String) -> String
    func tooFewSeats(participants: Int, seats: Int, tables: Int) -> String
    /// What a TOML value is: "text", "a whole number", "a list" …
    func type(of node: TOMLNode) -> String
    /// The seating's warnings (the plan still runs).
    func blockCannotBeSeated(_ why: String) -> String
    func ruleCannotHoldEverywhere(_ rule: Int, names: String, why: String, apart: Bool) -> String
}

extension Language {
    /// The sentences about a plan file in this language.
    var planMessages: any PlanMessages {
        switch self {
        case .da: DanishPlanMessages()
        case .en: EnglishPlanMessages()
        }
    }

    /// The language a plan's text declares (`language = "da"` on a line of its own, before any
    /// header), for sentences about a file that does not parse; nil when it declares none.
    static func declared(in text: Substring) -> Language? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") { return nil }
            guard trimmed.hasPrefix("language") else { continue }
            let value = trimmed.dropFirst("language".count).drop { $0 == " " || $0 == "\t" || $0 == "=" }
            for language in Language.allCases where value.hasPrefix("\"\(language.rawValue)\"") { return language }
        }
        return nil
    }
}
