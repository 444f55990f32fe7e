import PlenumCore

/// The texts of the groups, check-in and "find your table" screens: in English.
extension EnglishUI: GroupsWords {
    var groupsPaneHint: String { "Groups (g) · find your table (f)" }
    var groupsTitle: String { "Groups" }
    func cannotSeat(_ why: String) -> String {
        "The groups cannot be seated again: \(why). The last good seating is shown."
    }
    var seatingInProgress: String { "Seating the groups …" }
    var noGroupsBlocks: String { "The day has no groups blocks." }
    var rotationGroups: String { "the same groups at the stations" }
    func peopleCount(_ n: Int) -> String { Plural.count(n, "person", "people") }
    func groupsCount(_ n: Int) -> String { Plural.count(n, "group", "groups") }
    var formedWord: String { "formed (fixed)" }
    var plannedWord: String { "planned (follows check-in)" }
    func metBefore(_ n: Int) -> String {
        "\(n) pair\(n == 1 ? " has" : "s have") sat together before"
    }
    func groupLabel(_ n: Int) -> String { "Group \(n)" }
    var groupsHints: GroupsHints {
        GroupsHints(round: "← → round", scroll: "↑ ↓ scroll", checkIn: "k check-in", stage: "f stage: find your table",
                    back: "Esc back")
    }
    func reseated(_ rounds: Int, seconds: Double) -> String {
        let time = seconds < 0.05 ? "< 0.1 s" : String(format: "%.1f s", seconds)
        return "The groups are seated again: \(rounds) round\(rounds == 1 ? "" : "s") to come (\(time))."
    }
    func stageShows(_ content: Fact.StageContent) -> String {
        switch content {
        case .timer: return "The stage shows the block and its timer."
        case .findTable: return "The stage shows “find your table”; f again switches back."
        case .tally, .quickWins: return stageShowsPriorities(content)
        }
    }
    var checkInTitle: String { "Check-in" }
    func attendanceWord(_ status: Fact.Attendance) -> String {
        switch status {
        case .came: return "came"
        case .absent: return "absent"
        case .left: return "went home"
        case .expected: return "not checked in"
        }
    }
    func walkInsCount(_ n: Int) -> String { "walk-ins \(n)" }
    func inGroups(_ n: Int) -> String { "in the groups: \(n)" }
    var searchLabel: String { "Search:" }
    var planNamesNobody: String {
        "The plan names nobody; the groups have numbered seats. n adds a walk-in."
    }
    var nobodyFound: String { "Nobody by that name." }
    func roleWord(_ role: Person.Role) -> String {
        switch role {
        case .participant: return "participant"
        case .facilitator: return "facilitator"
        case .notetaker: return "notetaker"
        }
    }
    var nameField: String { "Name" }
    var walkInTitle: String { "New participant (walk-in)" }
    var walkInHints: WalkInHints { WalkInHints(nextField: "Tab next field", add: "Enter add", cancel: "Esc cancel") }
    func segmentNeeded(_ keys: [String]) -> String {
        "Type a segment: \(listed(keys, or: true))."
    }
    var noSegments: String { "The plan has no segments; leave the field empty." }
    func unknownSegment(_ typed: String, _ keys: [String]) -> String {
        "Unknown segment “\(typed)”; use \(listed(keys, or: true))."
    }
    var checkInHints: CheckInHints {
        CheckInHints(came: "Enter came", absent: "- absent", wentHome: "l went home", undo: "u undo", walkIn: "n walk-in",
                     search: "/ search", restAbsent: "A rest absent", notCheckedIn: "⌫ not checked in", groups: "g groups",
                     back: "Esc back")
    }
    func restAbsentQuestion(_ n: Int) -> String {
        n == 1 ? "Mark the one participant not checked in as absent?"
               : "Mark the \(n) participants not checked in as absent?"
    }
    var restAbsentHint: String { "Enter marks them · Esc cancels" }
    func attendanceCount(_ status: Fact.Attendance) -> String {
        status == .expected ? "waiting" : attendanceWord(status)
    }
    var findTableTitle: String { "Find your table" }
    func groupShort(_ n: Int) -> String { "gr. \(n)" }
    var noNamesYet: String { "The plan names nobody; see the table numbers." }
    func pageOf(_ n: Int, _ count: Int) -> String { "page \(n) of \(count)" }
    func listed(_ items: [String], or: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let word = or ? " or " : " and "
        return items.dropLast().joined(separator: ", ") + word + (items.last ?? "")
    }
}
