import PlenumCore

/// The standard seating instances that measure the allocation engine (benchmarks/README.md): the
/// social golfer problem and a big mixed bootcamp with `apart` rules. Shared by the benchmarks and
/// the tests so both measure the same thing; a target of its own, so the program does not carry it.
public enum StandardInstances {
    /// One instance: who, where, which rounds and which rules.
    public struct Instance: Sendable {
        public var attendees: [Attendee]
        public var tables: [Table]
        public var rounds: [SeatingRound]
        public var rules: [Rule]
        public var segments: [String]
    }

    /// Social golfers: `people` people in groups of `size` over `rounds` rounds (8 tables of one
    /// group of 4 for 32 people), no segments.
    public static func socialGolfers(people: Int = 32, size: Int = 4, rounds: Int = 10) -> Instance {
        let tables = (1...(people / size)).map { Table(name: "Table \($0)", groups: 1) }
        let attendees = (1...people).map { Attendee(name: "Golfer \($0)") }
        let seatingRounds = (1...rounds).map { SeatingRound(id: "r\($0)", title: "Round \($0)", formation: .new, tables: tables) }
        return Instance(attendees: attendees, tables: tables, rounds: seatingRounds, rules: [], segments: [])
    }

    /// A bootcamp: `people` people in 4 segments, groups of 6 (10 tables of 2 groups for 120),
    /// `rounds` mixed rounds and `apartRules` pairs that must never share a group.
    public static func bootcamp(people: Int = 120, rounds: Int = 5, apartRules: Int = 20) -> Instance {
        let segments = ["POL", "BOR", "ERH", "MED"]
        let tables = (1...(people / 12)).map { Table(name: "Bord \($0)", groups: 2) }
        let attendees = (0..<people).map { Attendee(name: "Deltager \($0 + 1)", segment: segments[$0 % 4]) }
        let seatingRounds = (1...rounds).map {
            SeatingRound(id: "r\($0)", title: "Runde \($0)", formation: .mixed, tables: tables, groupSize: 6)
        }
        // Apart pairs spread over the room: person i and person i + 7 (a different segment).
        let rules = (0..<apartRules).map { k in
            Rule(kind: .apart, names: [attendees[(k * 6) % people].name, attendees[(k * 6 + 7) % people].name])
        }
        return Instance(attendees: attendees, tables: tables, rounds: seatingRounds, rules: rules, segments: segments)
    }

    /// Seats an instance.
    public static func seat(_ instance: Instance, seed: UInt64 = 1,
                            effort: Allocation.Effort = .standard) -> Result<[RoundSeating], SeatingProblem> {
        Allocation.seat(instance.rounds, attendees: instance.attendees, rules: instance.rules,
                        segments: instance.segments, tables: instance.tables.map(\.name), seed: seed, effort: effort)
    }

    /// Each pair's meetings beyond the first, over all rounds.
    public static func repeatedPairs(_ seatings: [RoundSeating]) -> Int {
        Allocation.repeatedPairs(seatings)
    }
}
