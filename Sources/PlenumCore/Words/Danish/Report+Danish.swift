/// The words of plan reports (`plenum check`, exports): in Danish.
extension DanishReport: ReportVocabulary {
    func kind(_ kind: Block.Kind) -> String {
        switch kind {
        case .plenum: return "plenum"
        case .groups: return "grupper"
        case .break: return "pause"
        case .rotation: return "rotation"
        case .tracks: return "spor"
        }
    }
    func formation(_ f: Block.Formation) -> String {
        switch f {
        case .mixed: return "blandede"
        case .segment: return "pr. segment"
        case .random: return "tilfældige"
        case .table: return "bordet samlet"
        case .keep: return "samme grupper"
        case .new: return "nye ansigter"
        }
    }
    var time: String { "Tid" }
    var kindHeader: String { "Type" }
    var titleHeader: String { "Titel" }
    var detailsHeader: String { "Detaljer" }
    func cards(_ n: Int, every: Int) -> String {
        if n == 1 { return "1 kort" }
        return "\(n) kort hver \(every). min"
    }
    func fixed(_ t: ClockTime) -> String { "fast kl. \(t)" }
    func slack(_ m: Int) -> String { "\(m) min luft før" }
    func presenters(_ n: Int, seconds: Int) -> String {
        "\(Plural.count(n, "fremlæggelse", "fremlæggelser")) à \(duration(seconds))"
    }
    func rounds(_ n: Int, seconds: Int) -> String {
        "\(Plural.count(n, "runde", "runder")) à \(duration(seconds))"
    }
    func round(_ n: Int) -> String { "runde \(n)" }
    var atTable: String { "ved bordet" }
    func card(_ n: Int) -> String { "kort \(n)" }
    func track(_ title: String) -> String { "spor \(title)" }
    func room(_ r: String) -> String { "lokale: \(r)" }
    var capture: String { "noter" }
    func duration(_ seconds: Int) -> String {
        let m = seconds / 60, s = seconds % 60
        if s == 0 { return "\(m) min" }
        if s == 30 { return "\(m)½ min" }
        let rounded = max(1, (seconds + 30) / 60)
        return "ca. \(rounded) min"
    }
    func tables(_ count: Int, groups: Int) -> String {
        Plural.count(count, "bord", "borde") + (groups > 1 ? " à \(groups) grupper" : "")
    }
    func participants(_ n: Int, segments: Int) -> String {
        let who = Plural.count(n, "deltager", "deltagere")
        guard segments > 0 else { return who }
        return who + " i " + (Plural.count(segments, "segment", "segmenter"))
    }
    func hosts(_ n: Int) -> String { Plural.count(n, "vært", "værter") }
    func dayEnds(_ t: ClockTime) -> String { "Dagen slutter \(t)" }
    func spare(_ m: Int, end: ClockTime) -> String {
        if m == 0 { return "ingen luft før slut (\(end))" }
        if m > 0 { return "\(m) min før slut (\(end))" }
        return "\(-m) min efter slut (\(end))"
    }
    var warningWord: String { "advarsel" }
    var rehearsal: String { "prøvekørsel" }
    func rehearsalOf(_ day: PlanDate?) -> String {
        guard let day else { return "Prøvekørsel" }
        return "Prøvekørsel af dagen \(longDate(day))"
    }
    func longDate(_ d: PlanDate) -> String {
        let days = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
        let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                      "september", "oktober", "november", "december"]
        guard d.isValid else { return d.description }
        return "\(days[d.weekday]) \(d.day). \(months[d.month - 1]) \(d.year)"
    }
    var groupWord: String { "gruppe" }
    var tableWord: String { "Bord" }
    var defaultKinds: [String] { ["pointe", "idé", "spørgsmål"] }
    var sameGroupsAtStations: String { "samme grupper ved stationerne" }
    var withoutStationHosts: String { ", uden stationernes værter" }
    var skippedNoGroups: String { "Sprunget over: ingen grupper." }
    func groupLabel(_ n: Int) -> String { "Gruppe \(n)" }
    var stations: String { "Stationer" }
    func stationHosts(_ station: String, _ hosts: [String]) -> String { station + ", værter: " + hosts.joined(separator: ", ") }
    var atTheTable: String { "ved bordet" }
    var withoutATable: String { "Uden fast bord · " }
    var noGroupsBlocks: String { "Planen har ingen gruppeblokke." }
    func pairsMeetingAgain(_ n: Int) -> String { "Gentagne møder mellem to personer: \(n)" }
    func role(_ role: Person.Role, count: Int) -> String {
        switch role {
        case .facilitator: Plural.word(count, "Facilitator", "Facilitatorer")
        case .notetaker: Plural.word(count, "Referent", "Referenter")
        case .participant: Plural.word(count, "Vært", "Værter")
        }
    }
}
