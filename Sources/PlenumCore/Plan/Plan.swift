/// What the facilitator intends for one day: the contents of a plan file (see plan-format.md).
public struct Plan: Sendable, Equatable {
    public var title: String
    /// The day; nil means "the day it is run".
    public var date: PlanDate?
    /// When the first block starts; nil when the first block has `at`.
    public var start: ClockTime?
    /// The hard end of the day, if any.
    public var end: ClockTime?
    public var language: Language
    public var venue: String?
    public var notes: String?
    public var segments: [Segment]
    public var tables: [Table]
    public var people: [Person]
    public var rules: [Rule]
    /// Post-it kinds offered when a block names none.
    public var kinds: [String]
    public var blocks: [Block]
    /// The seating's seed (`seed`), so the groups printed from the plan are the day's; nil: one
    /// derived from the plan's text (`seatingSeed`).
    public var seed: UInt64?

    public init(title: String, date: PlanDate? = nil, start: ClockTime? = nil, end: ClockTime? = nil,
                language: Language = .en, venue: String? = nil, notes: String? = nil,
                segments: [Segment] = [], tables: [Table] = [], people: [Person] = [],
                rules: [Rule] = [], kinds: [String]? = nil, blocks: [Block], seed: UInt64? = nil) {
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.language = language
        self.venue = venue
        self.notes = notes
        self.segments = segments
        self.tables = tables
        self.people = people
        self.rules = rules
        self.kinds = kinds ?? Plan.defaultKinds(language)
        self.blocks = blocks
        self.seed = seed
    }

    /// The seed every seating of this plan starts from: `seed`, or a stable hash (FNV-1a) of the
    /// plan's text, so `plenum groups PLAN` and a session made from the same text agree exactly.
    public func seatingSeed(source: String) -> UInt64 {
        if let seed { return seed }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in source.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The post-it kinds a plan offers when it names none.
    public static func defaultKinds(_ language: Language) -> [String] {
        language.report.defaultKinds
    }

    /// The participants (people who are placed in groups).
    public var participants: [Person] { people.filter { $0.role == .participant } }

    /// The segment with this key, if the plan has it.
    public func segment(_ key: String) -> Segment? { segments.first { $0.key == key } }
}

/// A group of people in the room (a committee, a stakeholder type …), by key and display name.
public struct Segment: Sendable, Equatable {
    public var key: String
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}

/// A round table, split into `groups` dialog groups.
public struct Table: Sendable, Equatable {
    public var name: String
    public var groups: Int
    public var seats: Int?

    public init(name: String, groups: Int = 1, seats: Int? = nil) {
        self.name = name
        self.groups = groups
        self.seats = seats
    }
}

/// Someone expected on the day.
public struct Person: Sendable, Equatable {
    /// What a person does on the day; hosts (facilitators, notetakers) are not placed in groups.
    public enum Role: String, Sendable, CaseIterable {
        case participant, facilitator, notetaker
    }

    public var name: String
    public var segment: String?
    public var role: Role
    /// A table the person is pinned to.
    public var table: String?

    public init(name: String, segment: String? = nil, role: Role = .participant, table: String? = nil) {
        self.name = name
        self.segment = segment
        self.role = role
        self.table = table
    }

    public var isHost: Bool { role != .participant }
}

/// A constraint on group formation.
public struct Rule: Sendable, Equatable {
    /// Never in the same group, or always in the same group.
    public enum Kind: String, Sendable {
        case apart, together
    }

    public var kind: Kind
    public var names: [String]

    public init(kind: Kind, names: [String]) {
        self.kind = kind
        self.names = names
    }
}
