/// Someone to be placed in groups: a participant of the plan or a walk-in.
public struct Attendee: Sendable, Equatable {
    public var name: String
    public var segment: String?
    /// The table the person always sits at, if pinned.
    public var table: String?

    public init(name: String, segment: String? = nil, table: String? = nil) {
        self.name = name
        self.segment = segment
        self.table = table
    }
}

/// One round of group formation: a groups block (or a groups block inside a track).
public struct SeatingRound: Sendable, Equatable {
    /// The block's identity in the session ("p3", or "p5.t1.b2" for a block in a track).
    public var id: String
    public var title: String
    public var formation: Block.Formation
    /// The tables this round uses (a track uses its own).
    public var tables: [Table]
    /// People per group; nil: the tables' groups decide.
    public var groupSize: Int?
    /// Who takes part (a track's people, without a rotation's station hosts); nil: everyone.
    public var people: [String]?

    public init(id: String, title: String, formation: Block.Formation, tables: [Table], groupSize: Int? = nil,
                people: [String]? = nil) {
        self.people = people
        self.id = id
        self.title = title
        self.formation = formation
        self.tables = tables
        self.groupSize = groupSize
    }
}

/// One group of a round: where it sits and who is in it.
public struct SeatedGroup: Sendable, Equatable {
    public var table: String
    /// Numbered from 1 at each table.
    public var group: Int
    public var members: [String]

    public init(table: String, group: Int, members: [String]) {
        self.table = table
        self.group = group
        self.members = members
    }
}

/// Who sits where in one round.
public struct RoundSeating: Sendable, Equatable {
    public var round: String
    public var groups: [SeatedGroup]

    public init(round: String, groups: [SeatedGroup]) {
        self.round = round
        self.groups = groups
    }

    /// The group a person is in, if any.
    public func group(of name: String) -> SeatedGroup? {
        groups.first { $0.members.contains(name) }
    }
}

/// Why a seating cannot be made: a sentence that names the people, the table or the block, said
/// in `language` (the plan's, once the day is seated).
public struct SeatingProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What stands in the way.
    public enum Reason: Sendable, Equatable {
        /// These people are both in a together rule and an apart rule.
        case contradiction([String])
        /// A segment (nil: the people without one) has only `person` in a block formed by segment.
        case lonelySegment(segment: String?, person: String, block: String)
        case tooManySegments(block: String, segments: Int, groups: Int)
        /// More people are pinned to a table than its groups seat.
        case overPinned(pins: Int, table: String, names: [String], capacity: Int, block: String)
    }

    public var reason: Reason
    public var language: Language

    public init(_ reason: Reason, language: Language = .en) {
        self.reason = reason
        self.language = language
    }

    /// The sentence, in `language`.
    public var message: String { language.planMessages.seatingProblem(reason) }

    public var description: String { message }

    /// The same problem said in `language`.
    func said(in language: Language) -> SeatingProblem { SeatingProblem(reason, language: language) }
}

/// A rule a round could not hold in full, kept as far as the round allows: for `apart`, the pairs
/// of the rule that share a group; for `together`, the groups it is split over beyond one.
public struct BentRule: Sendable, Equatable {
    public var rule: Rule
    public var broken: Int
    /// Why the round cannot hold it (nil: the round could, but the search did not find how).
    public var reason: BendReason?

    public init(rule: Rule, broken: Int, reason: BendReason? = nil) {
        self.rule = rule
        self.broken = broken
        self.reason = reason
    }
}

/// One round seated on its own terms: its seating and the rules it had to bend, or why it cannot
/// be seated at all (then its groups are empty and every other round keeps its seating).
public struct RoundOutcome: Sendable, Equatable {
    public var seating: RoundSeating
    public var bent: [BentRule]
    public var problem: SeatingProblem?

    public init(seating: RoundSeating, bent: [BentRule] = [], problem: SeatingProblem? = nil) {
        self.seating = seating
        self.bent = bent
        self.problem = problem
    }
}
