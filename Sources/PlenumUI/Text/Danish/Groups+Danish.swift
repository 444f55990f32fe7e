import PlenumCore

/// The texts of the groups, check-in and "find your table" screens: in Danish.
extension DanishUI: GroupsWords {
    var groupsPaneHint: String { "Grupper (g) · find dit bord (f)" }
    var groupsTitle: String { "Grupper" }
    func cannotSeat(_ why: String) -> String {
        "Grupperne kan ikke lægges om: \(why). Den sidste gode fordeling vises."
    }
    var seatingInProgress: String { "Grupperne lægges …" }
    var noGroupsBlocks: String { "Dagen har ingen gruppeblokke." }
    var rotationGroups: String { "samme grupper ved stationerne" }
    func peopleCount(_ n: Int) -> String { Plural.count(n, "person", "personer") }
    func groupsCount(_ n: Int) -> String { Plural.count(n, "gruppe", "grupper") }
    var formedWord: String { "dannet (ligger fast)" }
    var plannedWord: String { "planlagt (følger indtjekningen)" }
    func metBefore(_ n: Int) -> String {
        "\(n) par har siddet sammen før"
    }
    func groupLabel(_ n: Int) -> String { "Gruppe \(n)" }
    var groupsHints: GroupsHints {
        GroupsHints(round: "← → runde", scroll: "↑ ↓ rul", checkIn: "k indtjekning", stage: "f scenen: find dit bord",
                    back: "Esc tilbage")
    }
    func reseated(_ rounds: Int, seconds: Double) -> String {
        let time = seconds < 0.05 ? "< 0.1 s" : String(format: "%.1f s", seconds)
        return "Grupperne er lagt om: \(rounds) kommende \(rounds == 1 ? "runde" : "runder") (\(time.replacingOccurrences(of: ".", with: ",")))."
    }
    func stageShows(_ content: Fact.StageContent) -> String {
        switch content {
        case .timer: return "Scenen viser blokken og uret."
        case .findTable: return "Scenen viser »find dit bord«; f igen skifter tilbage."
        case .tally, .quickWins: return stageShowsPriorities(content)
        }
    }
    var checkInTitle: String { "Indtjekning" }
    func attendanceWord(_ status: Fact.Attendance) -> String {
        switch status {
        case .came: return "kom"
        case .absent: return "afbud"
        case .left: return "gik hjem"
        case .expected: return "ikke tjekket ind"
        }
    }
    func walkInsCount(_ n: Int) -> String { "walk-ins \(n)" }
    func inGroups(_ n: Int) -> String { "i grupperne: \(n)" }
    var searchLabel: String { "Søg:" }
    var planNamesNobody: String {
        "Planen nævner ingen; grupperne har nummererede pladser. n tilføjer en walk-in."
    }
    var nobodyFound: String { "Ingen med det navn." }
    func roleWord(_ role: Person.Role) -> String {
        switch role {
        case .participant: return "deltager"
        case .facilitator: return "facilitator"
        case .notetaker: return "referent"
        }
    }
    var nameField: String { "Navn" }
    var walkInTitle: String { "Ny deltager (walk-in)" }
    var walkInHints: WalkInHints { WalkInHints(nextField: "Tab næste felt", add: "Enter tilføj", cancel: "Esc fortryd") }
    func segmentNeeded(_ keys: [String]) -> String {
        "Skriv et segment: \(listed(keys, or: true))."
    }
    var noSegments: String { "Planen har ingen segmenter; lad feltet stå tomt." }
    func unknownSegment(_ typed: String, _ keys: [String]) -> String {
        "Ukendt segment »\(typed)«; brug \(listed(keys, or: true))."
    }
    var checkInHints: CheckInHints {
        CheckInHints(came: "Enter kom", absent: "- afbud", wentHome: "l gik hjem", undo: "u fortryd", walkIn: "n walk-in",
                     search: "/ søg", restAbsent: "A resten afbud", notCheckedIn: "⌫ ikke tjekket ind", groups: "g grupper",
                     back: "Esc tilbage")
    }
    func restAbsentQuestion(_ n: Int) -> String {
        n == 1 ? "Markér den ene deltager, der ikke er tjekket ind, som afbud?"
               : "Markér de \(n) deltagere, der ikke er tjekket ind, som afbud?"
    }
    var restAbsentHint: String { "Enter markerer · Esc fortryder" }
    func attendanceCount(_ status: Fact.Attendance) -> String {
        status == .expected ? "venter" : attendanceWord(status)
    }
    var findTableTitle: String { "Find dit bord" }
    func groupShort(_ n: Int) -> String { "gr. \(n)" }
    var noNamesYet: String { "Planen har ingen navne; se bordnumrene." }
    func pageOf(_ n: Int, _ count: Int) -> String { "side \(n) af \(count)" }
    func listed(_ items: [String], or: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let word = or ? " eller " : " og "
        return items.dropLast().joined(separator: ", ") + word + (items.last ?? "")
    }
}
