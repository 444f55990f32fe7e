/// The words of plan reports (`plenum check`, exports) in Danish and English.
public struct ReportWords: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private var da: Bool { language == .da }

    public func kind(_ kind: Block.Kind) -> String {
        switch kind {
        case .plenum: return "plenum"
        case .groups: return da ? "grupper" : "groups"
        case .break: return da ? "pause" : "break"
        case .rotation: return "rotation"
        case .tracks: return da ? "spor" : "tracks"
        }
    }

    public func formation(_ f: Block.Formation) -> String {
        switch f {
        case .mixed: return da ? "blandede" : "mixed"
        case .segment: return da ? "pr. segment" : "by segment"
        case .random: return da ? "tilfældige" : "random"
        case .table: return da ? "bordet samlet" : "whole table"
        case .keep: return da ? "samme grupper" : "same groups"
        case .new: return da ? "nye ansigter" : "new faces"
        }
    }

    public var time: String { da ? "Tid" : "Time" }
    public var minutesHeader: String { "Min" }
    public var kindHeader: String { da ? "Type" : "Kind" }
    public var titleHeader: String { da ? "Titel" : "Title" }
    public var detailsHeader: String { da ? "Detaljer" : "Details" }

    public func cards(_ n: Int, every: Int) -> String {
        if n == 1 { return da ? "1 kort" : "1 card" }
        return da ? "\(n) kort hver \(every). min" : "\(n) cards every \(every) min"
    }
    public func fixed(_ t: ClockTime) -> String { da ? "fast kl. \(t)" : "fixed at \(t)" }
    public func slack(_ m: Int) -> String { da ? "\(m) min luft før" : "\(m) min slack before" }
    public func presenters(_ n: Int, seconds: Int) -> String {
        da ? "\(Plural.count(n, "fremlæggelse", "fremlæggelser")) à \(duration(seconds))"
           : "\(Plural.count(n, "presentation", "presentations")) of \(duration(seconds))"
    }
    public func rounds(_ n: Int, seconds: Int) -> String {
        da ? "\(Plural.count(n, "runde", "runder")) à \(duration(seconds))" : "\(Plural.count(n, "round", "rounds")) of \(duration(seconds))"
    }
    public func round(_ n: Int) -> String { da ? "runde \(n)" : "round \(n)" }
    public var atTable: String { da ? "ved bordet" : "at their table" }
    public func card(_ n: Int) -> String { da ? "kort \(n)" : "card \(n)" }
    public func track(_ title: String) -> String { da ? "spor \(title)" : "track \(title)" }
    public func room(_ r: String) -> String { da ? "lokale: \(r)" : "room: \(r)" }
    public var capture: String { da ? "noter" : "capture" }
    /// How a vote is cast: "3 prikker pr. bord" / "3 dots a table" / "top 5".
    public func voteHow(_ vote: Vote) -> String {
        let n = vote.allowance
        return vote.isRanking ? "top \(n)" : (da ? "\(n) \(n == 1 ? "prik" : "prikker") pr. bord" : "\(n) \(n == 1 ? "dot" : "dots") a table")
    }
    /// "afstemning: 3 prikker pr. bord" / "vote: top 5, every table's post-its".
    public func vote(_ vote: Vote) -> String {
        let scope = vote.scope == .all ? (da ? ", alle bordes post-its" : ", every table's post-its") : ""
        return (da ? "afstemning: " : "vote: ") + voteHow(vote) + scope
    }

    /// In minutes, as a programme says it: "7 min", "7½ min", or "ca. 8 min" / "about 8 min".
    public func duration(_ seconds: Int) -> String {
        let m = seconds / 60, s = seconds % 60
        if s == 0 { return "\(m) min" }
        if s == 30 { return "\(m)½ min" }
        let rounded = max(1, (seconds + 30) / 60)
        return da ? "ca. \(rounded) min" : "about \(rounded) min"
    }

    public func tables(_ count: Int, groups: Int) -> String {
        if da { return "\(count) \(count == 1 ? "bord" : "borde")" + (groups > 1 ? " à \(groups) grupper" : "") }
        return "\(count) \(count == 1 ? "table" : "tables")" + (groups > 1 ? " of \(groups) groups" : "")
    }
    public func participants(_ n: Int, segments: Int) -> String {
        let who = da ? Plural.count(n, "deltager", "deltagere") : Plural.count(n, "participant", "participants")
        guard segments > 0 else { return who }
        return who + (da ? " i " : " in ") + (da ? Plural.count(segments, "segment", "segmenter") : Plural.count(segments, "segment", "segments"))
    }
    public func hosts(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "vært" : "værter")" : "\(n) \(n == 1 ? "host" : "hosts")" }
    public func dayEnds(_ t: ClockTime) -> String { da ? "Dagen slutter \(t)" : "The day ends at \(t)" }
    public func spare(_ m: Int, end: ClockTime) -> String {
        if m == 0 { return da ? "ingen luft før slut (\(end))" : "no slack before the end (\(end))" }
        if m > 0 { return da ? "\(m) min før slut (\(end))" : "\(m) min before the end (\(end))" }
        return da ? "\(-m) min efter slut (\(end))" : "\(-m) min after the end (\(end))"
    }
    public var warningWord: String { da ? "advarsel" : "warning" }
    /// A session that runs a plan on another day than its date.
    public var rehearsal: String { da ? "prøvekørsel" : "rehearsal" }
    /// "Prøvekørsel af dagen fredag 5. december 2026" (without a date: "Prøvekørsel").
    public func rehearsalOf(_ day: PlanDate?) -> String {
        guard let day else { return da ? "Prøvekørsel" : "Rehearsal" }
        return da ? "Prøvekørsel af dagen \(longDate(day))" : "Rehearsal of the day on \(longDate(day))"
    }

    /// "onsdag 31. oktober 2012" / "Wednesday 31 October 2012".
    public func longDate(_ d: PlanDate) -> String {
        let daDays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
        let enDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let daMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                        "september", "oktober", "november", "december"]
        let enMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"]
        guard d.isValid else { return d.description }
        if da { return "\(daDays[d.weekday]) \(d.day). \(daMonths[d.month - 1]) \(d.year)" }
        return "\(enDays[d.weekday]) \(d.day) \(enMonths[d.month - 1]) \(d.year)"
    }
}
