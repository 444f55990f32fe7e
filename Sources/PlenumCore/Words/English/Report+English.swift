/// The words of plan reports (`plenum check`, exports): in English.
extension EnglishReport: ReportVocabulary {
    func kind(_ kind: Block.Kind) -> String {
        switch kind {
        case .plenum: return "plenum"
        case .groups: return "groups"
        case .break: return "break"
        case .rotation: return "rotation"
        case .tracks: return "tracks"
        }
    }
    func formation(_ f: Block.Formation) -> String {
        switch f {
        case .mixed: return "mixed"
        case .segment: return "by segment"
        case .random: return "random"
        case .table: return "whole table"
        case .keep: return "same groups"
        case .new: return "new faces"
        }
    }
    var time: String { "Time" }
    var kindHeader: String { "Kind" }
    var titleHeader: String { "Title" }
    var detailsHeader: String { "Details" }
    func cards(_ n: Int, every: Int) -> String {
        if n == 1 { return "1 card" }
        return "\(n) cards every \(every) min"
    }
    func fixed(_ t: ClockTime) -> String { "fixed at \(t)" }
    func slack(_ m: Int) -> String { "\(m) min slack before" }
    func presenters(_ n: Int, seconds: Int) -> String {
        "\(Plural.count(n, "presentation", "presentations")) of \(duration(seconds))"
    }
    func rounds(_ n: Int, seconds: Int) -> String {
        "\(Plural.count(n, "round", "rounds")) of \(duration(seconds))"
    }
    func round(_ n: Int) -> String { "round \(n)" }
    var atTable: String { "at their table" }
    func card(_ n: Int) -> String { "card \(n)" }
    func track(_ title: String) -> String { "track \(title)" }
    func room(_ r: String) -> String { "room: \(r)" }
    var capture: String { "capture" }
    func duration(_ seconds: Int) -> String {
        let m = seconds / 60, s = seconds % 60
        if s == 0 { return "\(m) min" }
        if s == 30 { return "\(m)½ min" }
        let rounded = max(1, (seconds + 30) / 60)
        return "about \(rounded) min"
    }
    func tables(_ count: Int, groups: Int) -> String {
        Plural.count(count, "table", "tables") + (groups > 1 ? " of \(groups) groups" : "")
    }
    func participants(_ n: Int, segments: Int) -> String {
        let who = Plural.count(n, "participant", "participants")
        guard segments > 0 else { return who }
        return who + " in " + (Plural.count(segments, "segment", "segments"))
    }
    func hosts(_ n: Int) -> String { Plural.count(n, "host", "hosts") }
    func dayEnds(_ t: ClockTime) -> String { "The day ends at \(t)" }
    func spare(_ m: Int, end: ClockTime) -> String {
        if m == 0 { return "no slack before the end (\(end))" }
        if m > 0 { return "\(m) min before the end (\(end))" }
        return "\(-m) min after the end (\(end))"
    }
    var warningWord: String { "warning" }
    var rehearsal: String { "rehearsal" }
    func rehearsalOf(_ day: PlanDate?) -> String {
        guard let day else { return "Rehearsal" }
        return "Rehearsal of the day on \(longDate(day))"
    }
    func longDate(_ d: PlanDate) -> String {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        guard d.isValid else { return d.description }
        return "\(days[d.weekday]) \(d.day) \(months[d.month - 1]) \(d.year)"
    }
    var groupWord: String { "group" }
    var tableWord: String { "Table" }
    var defaultKinds: [String] { ["point", "idea", "question"] }
    var sameGroupsAtStations: String { "the same groups at the stations" }
    var withoutStationHosts: String { ", without the stations' hosts" }
    var skippedNoGroups: String { "Skipped: no groups." }
    func groupLabel(_ n: Int) -> String { "Group \(n)" }
    var stations: String { "Stations" }
    func stationHosts(_ station: String, _ hosts: [String]) -> String { station + ", hosts: " + hosts.joined(separator: ", ") }
    var atTheTable: String { "at the table" }
    var withoutATable: String { "Without a table · " }
    var noGroupsBlocks: String { "The plan has no groups blocks." }
    func pairsMeetingAgain(_ n: Int) -> String { "Pairs meeting again: \(n)" }
    func role(_ role: Person.Role, count: Int) -> String {
        switch role {
        case .facilitator: Plural.word(count, "Facilitator", "Facilitators")
        case .notetaker: Plural.word(count, "Notetaker", "Notetakers")
        case .participant: Plural.word(count, "Host", "Hosts")
        }
    }
}
