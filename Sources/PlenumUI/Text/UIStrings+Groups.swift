import PlenumCore

/// The texts of the groups, check-in and "find your table" screens, in Danish and English.
extension UIStrings {
    // Groups (console g)
    public var groupsPaneHint: String { da ? "Grupper (g) · find dit bord (f)" : "Groups (g) · find your table (f)" }
    public var groupsTitle: String { da ? "Grupper" : "Groups" }
    public func cannotSeat(_ why: String) -> String {
        da ? "Grupperne kan ikke lægges om: \(why). Den sidste gode fordeling vises."
           : "The groups cannot be seated again: \(why). The last good seating is shown."
    }
    public var seatingInProgress: String { da ? "Grupperne lægges …" : "Seating the groups …" }
    public var noGroupsBlocks: String { da ? "Dagen har ingen gruppeblokke." : "The day has no groups blocks." }
    public var rotationGroups: String { da ? "samme grupper ved stationerne" : "the same groups at the stations" }
    public func peopleCount(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "person" : "personer")" : "\(n) \(n == 1 ? "person" : "people")" }
    public func groupsCount(_ n: Int) -> String { da ? Plural.count(n, "gruppe", "grupper") : Plural.count(n, "group", "groups") }
    public var formedWord: String { da ? "dannet (ligger fast)" : "formed (fixed)" }
    public var plannedWord: String { da ? "planlagt (følger indtjekningen)" : "planned (follows check-in)" }
    public func metBefore(_ n: Int) -> String {
        da ? "\(n) par har siddet sammen før" : "\(n) pair\(n == 1 ? " has" : "s have") sat together before"
    }
    public func groupLabel(_ n: Int) -> String { da ? "Gruppe \(n)" : "Group \(n)" }
    public func groupsHint(width: Int) -> String {
        Self.fit(da ? ["← → runde", "↑ ↓ rul", "k indtjekning", "f scenen: find dit bord"]
                    : ["← → round", "↑ ↓ scroll", "k check-in", "f stage: find your table"],
                 always: [da ? "Esc tilbage" : "Esc back"], width: width)
    }
    public func reseated(_ rounds: Int, seconds: Double) -> String {
        let time = seconds < 0.05 ? "< 0.1 s" : String(format: "%.1f s", seconds)
        return da ? "Grupperne er lagt om: \(rounds) kommende \(rounds == 1 ? "runde" : "runder") (\(time.replacingOccurrences(of: ".", with: ",")))."
                  : "The groups are seated again: \(rounds) round\(rounds == 1 ? "" : "s") to come (\(time))."
    }
    public func stageShows(_ content: Fact.StageContent) -> String {
        switch content {
        case .timer: return da ? "Scenen viser blokken og uret." : "The stage shows the block and its timer."
        case .findTable: return da ? "Scenen viser »find dit bord«; f igen skifter tilbage." : "The stage shows “find your table”; f again switches back."
        case .tally, .quickWins: return stageShowsPriorities(content)
        }
    }

    // Check-in (console k)
    public var checkInTitle: String { da ? "Indtjekning" : "Check-in" }
    public func attendanceWord(_ status: Fact.Attendance) -> String {
        switch status {
        case .came: return da ? "kom" : "came"
        case .absent: return da ? "afbud" : "absent"
        case .left: return da ? "gik hjem" : "went home"
        case .expected: return da ? "ikke tjekket ind" : "not checked in"
        }
    }
    public func walkInsCount(_ n: Int) -> String { da ? "walk-ins \(n)" : "walk-ins \(n)" }
    public func inGroups(_ n: Int) -> String { da ? "i grupperne: \(n)" : "in the groups: \(n)" }
    public var searchLabel: String { da ? "Søg:" : "Search:" }
    public var planNamesNobody: String {
        da ? "Planen nævner ingen; grupperne har nummererede pladser. n tilføjer en walk-in."
           : "The plan names nobody; the groups have numbered seats. n adds a walk-in."
    }
    public var nobodyFound: String { da ? "Ingen med det navn." : "Nobody by that name." }
    public func roleWord(_ role: Person.Role) -> String {
        switch role {
        case .participant: return da ? "deltager" : "participant"
        case .facilitator: return "facilitator"
        case .notetaker: return da ? "referent" : "notetaker"
        }
    }
    public var walkInWord: String { "walk-in" }
    public var nameField: String { da ? "Navn" : "Name" }
    public var segmentField: String { "Segment" }
    public var walkInTitle: String { da ? "Ny deltager (walk-in)" : "New participant (walk-in)" }
    public var walkInHint: String { da ? "Tab næste felt · Enter tilføj · Esc fortryd" : "Tab next field · Enter add · Esc cancel" }
    public func segmentNeeded(_ keys: [String]) -> String {
        da ? "Skriv et segment: \(listed(keys, or: true))." : "Type a segment: \(listed(keys, or: true))."
    }
    public var noSegments: String { da ? "Planen har ingen segmenter; lad feltet stå tomt." : "The plan has no segments; leave the field empty." }
    public func unknownSegment(_ typed: String, _ keys: [String]) -> String {
        da ? "Ukendt segment »\(typed)«; brug \(listed(keys, or: true))." : "Unknown segment “\(typed)”; use \(listed(keys, or: true))."
    }
    public func checkInHint(width: Int) -> String {
        Self.fit(da ? ["Enter kom", "- afbud", "l gik hjem", "u fortryd", "n walk-in", "/ søg", "A resten afbud",
                       "⌫ ikke tjekket ind", "g grupper"]
                    : ["Enter came", "- absent", "l went home", "u undo", "n walk-in", "/ search", "A rest absent",
                       "⌫ not checked in", "g groups"],
                 always: [da ? "Esc tilbage" : "Esc back"], width: width)
    }
    public func restAbsentQuestion(_ n: Int) -> String {
        n == 1 ? (da ? "Markér den ene deltager, der ikke er tjekket ind, som afbud?" : "Mark the one participant not checked in as absent?")
               : (da ? "Markér de \(n) deltagere, der ikke er tjekket ind, som afbud?" : "Mark the \(n) participants not checked in as absent?")
    }
    public var restAbsentHint: String { da ? "Enter markerer · Esc fortryder" : "Enter marks them · Esc cancels" }
    /// The attendance counts' short words.
    public func attendanceCount(_ status: Fact.Attendance) -> String {
        status == .expected ? (da ? "venter" : "waiting") : attendanceWord(status)
    }

    // Stage: find your table
    public var findTableTitle: String { da ? "Find dit bord" : "Find your table" }
    public func groupShort(_ n: Int) -> String { da ? "gr. \(n)" : "gr. \(n)" }
    public var noNamesYet: String { da ? "Planen har ingen navne; se bordnumrene." : "The plan names nobody; see the table numbers." }
    public func pageOf(_ n: Int, _ count: Int) -> String { da ? "side \(n) af \(count)" : "page \(n) of \(count)" }

    /// "A, B eller C" / "A, B or C".
    func listed(_ items: [String], or: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let word = or ? (da ? " eller " : " or ") : (da ? " og " : " and ")
        return items.dropLast().joined(separator: ", ") + word + (items.last ?? "")
    }
}
