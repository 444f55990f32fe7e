/// The bounds of `PlanLimits`, each refused with a sentence at its place in the file.
extension PlanReader {
    /// Minutes at `key` (`minutes`, `min_minutes`, `card_minutes`): from 1 to a whole day.
    mutating func minutes(_ table: TOMLNode, _ key: String, in context: String, required: Bool = false) -> Int? {
        integer(table, key, in: context, maximum: PlanLimits.dayMinutes, why: "a whole day", required: required)
    }

    /// `groups` of a table (default 1).
    mutating func groupsAtTable(_ table: TOMLNode, in context: String) -> Int {
        integer(table, "groups", in: context, maximum: PlanLimits.groupsPerTable, why: "groups at one table") ?? 1
    }

    /// `seats` of a table, if given.
    mutating func seatsAtTable(_ table: TOMLNode, in context: String) -> Int? {
        integer(table, "seats", in: context, maximum: PlanLimits.seatsPerTable, why: "seats at one table")
    }

    /// Whether a list of `count` entries (blocks, people …) is within `most`; an error at `node` if not.
    mutating func withinCount(_ count: Int, most: Int, of what: String, in context: String, node: TOMLNode) -> Bool {
        guard count > most else { return true }
        error("\(context) has \(count) \(what); at most \(most) are allowed", node)
        return false
    }

    /// The room as a whole: groups and seats over all tables.
    mutating func checkRoomSize(_ node: TOMLNode?) {
        let groups = tables.reduce(0) { $0 + $1.groups }
        if groups > PlanLimits.groups {
            error("the tables have \(groups) groups in all; at most \(PlanLimits.groups) are allowed", node)
        }
        let seats = tables.reduce(0) { $0 + ($1.seats ?? 0) }
        if seats > PlanLimits.people {
            error("the tables have \(seats) seats in all; at most \(PlanLimits.people) are allowed", node)
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
            error("the plan seats \(seated) people in \(rounds) groups blocks up to here (\(rounds * seated) placements); "
                  + "at most \(PlanLimits.placements) are allowed, so seat fewer people or plan fewer groups blocks", at: block.position)
            return
        }
    }

    /// The whole day fits in one day: from its first start to its last end at most 24 hours.
    static func dayLengthProblem(_ schedule: Schedule) -> Diagnostic? {
        let length = schedule.end.minutes - schedule.start.minutes
        guard length > PlanLimits.dayMinutes else { return nil }
        let late = schedule.entries.first { $0.end.minutes - schedule.start.minutes > PlanLimits.dayMinutes }
        return Diagnostic(.error,
            "the day lasts \(length / 60) h \(length % 60) min from \(schedule.start); a plan is one day of at most 24 hours",
            at: late?.block.position)
    }
}
