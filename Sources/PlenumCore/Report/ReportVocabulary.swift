/// The words of plan reports (`plenum check`, exports).
public protocol ReportVocabulary: SeatingVocabulary {
    /// The language these words are in.
    var language: Language { get }
    func kind(_ kind: Block.Kind) -> String
    func formation(_ f: Block.Formation) -> String
    var time: String { get }
    var kindHeader: String { get }
    var titleHeader: String { get }
    var detailsHeader: String { get }
    func cards(_ n: Int, every: Int) -> String
    func fixed(_ t: ClockTime) -> String
    func slack(_ m: Int) -> String
    func presenters(_ n: Int, seconds: Int) -> String
    func rounds(_ n: Int, seconds: Int) -> String
    func round(_ n: Int) -> String
    var atTable: String { get }
    func card(_ n: Int) -> String
    func track(_ title: String) -> String
    func room(_ r: String) -> String
    var capture: String { get }
    /// In minutes, as a programme says it: "7 min", "7½ min", or "ca. 8 min" / "about 8 min".
    func duration(_ seconds: Int) -> String
    func tables(_ count: Int, groups: Int) -> String
    func participants(_ n: Int, segments: Int) -> String
    func hosts(_ n: Int) -> String
    func dayEnds(_ t: ClockTime) -> String
    func spare(_ m: Int, end: ClockTime) -> String
    var warningWord: String { get }
    /// A session that runs a plan on another day than its date.
    var rehearsal: String { get }
    /// "Prøvekørsel af dagen fredag 5. december 2026" (without a date: "Prøvekørsel").
    func rehearsalOf(_ day: PlanDate?) -> String
    /// "onsdag 31. oktober 2012" / "Wednesday 31 October 2012".
    func longDate(_ d: PlanDate) -> String
    // Groups on paper (`plenum groups`) and the places of post-its
    /// "gruppe" / "group", as in "Bord 2 · gruppe 1".
    var groupWord: String { get }
    /// The name of an unnamed table: "Bord" / "Table", followed by its number.
    var tableWord: String { get }
    /// The post-it kinds a plan offers when it names none.
    var defaultKinds: [String] { get }
    var sameGroupsAtStations: String { get }
    var withoutStationHosts: String { get }
    var skippedNoGroups: String { get }
    func groupLabel(_ n: Int) -> String
    var stations: String { get }
    func stationHosts(_ station: String, _ hosts: [String]) -> String
    var atTheTable: String { get }
    var withoutATable: String { get }
    var noGroupsBlocks: String { get }
    func pairsMeetingAgain(_ n: Int) -> String
    /// "Vært" / "Værter": the role of people at a table who are not in its groups.
    func role(_ role: Person.Role, count: Int) -> String
}

extension ReportVocabulary {
    public var minutesHeader: String { "Min" }
}
