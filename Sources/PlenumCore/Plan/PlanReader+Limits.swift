/// The bounds of `PlanLimits`, each refused with a sentence at its place in the file.
extension PlanReader {
    /// Minutes at `key` (`minutes`, `min_minutes`, `card_minutes`): from 1 to a whole day.
    mutating func minutes(_ table: TOMLNode, _ key: String, in context: String, required: Bool = false) -> Int? {
        integer(table, key, in: context, maximum: PlanLimits.dayMinutes, why: .wholeDay, required: required)
    }

    /// `groups` of a table (default 1).
    mutating func groupsAtTable(_ table: TOMLNode, in context: String) -> Int {
        integer(table, "groups", in: context, maximum: PlanLimits.groupsPerTable, why: .groupsAtOneTable) ?? 1
    }

    /// `seats` of a table, if given.
    mutating func seatsAtTable(_ table: TOMLNode, in context: String) -> Int? {
        integer(table, "seats", in: context, maximum: PlanLimits.seatsPerTable, why: .seatsAtOneTable)
    }

    /// Whether a list of `count` entries (blocks, people …) is within `most`; an error at `node` if not.
    mutating func withinCount(_ count: Int, most: Int, of what: PlanCounted, in context: String, node: TOMLNode) -> Bool {
        guard count > most else { return true }
        error(says.tooMany(what, count: count, most: most, in: context), node)
        return false
    }

    /// The room as a whole: groups and seats over all tables.
    mutating func checkRoomSize(_ node: TOMLNode?) {
        let groups = tables.reduce(0) { $0 + $1.groups }
        if groups > PlanLimits.groups {
            error(says.roomGroups(groups, most: PlanLimits.groups), node)
        }
        let seats = tables.reduce(0) { $0 + ($1.seats ?? 0) }
        if seats > PlanLimits.people {
            error(says.roomSeats(seats, most: PlanLimits.people), node)
        }
    }

    /// The seating work of the day: the people to seat (the participants, or every seat when the
    /// plan names nobody) times the groups blocks, within `PlanLimits.placements`.
    mutating func checkPlacements(_ blocks: [Block]) {
        let participants = people.filter { !$0.isHost }.count
        let seated = participants > 0 ? participants : tables.reduce(0) { $0 + ($1.seats ?? 0) }
        guard seated > 0 else { return }
        var rounds = 0
        for block in blocks {
            rounds += block.kind == .groups ? 1 : block.tracks.flatMap(\.blocks).filter { $0.kind == .groups }.count
            guard rounds * seated > PlanLimits.placements else { continue }
            error(says.tooManyPlacements(seated: seated, rounds: rounds, most: PlanLimits.placements), at: block.position)
            return
        }
    }

    /// The whole day fits in one day: from its first start to its last end at most 24 hours.
    static func dayLengthProblem(_ schedule: Schedule, language: Language) -> Diagnostic? {
        let length = schedule.end.minutes - schedule.start.minutes
        guard length > PlanLimits.dayMinutes else { return nil }
        let late = schedule.entries.first { $0.end.minutes - schedule.start.minutes > PlanLimits.dayMinutes }
        return Diagnostic(.error, language.planMessages.dayTooLong(minutes: length, from: schedule.start),
                          at: late?.block.position)
    }
}
