/// One item of the agenda: a plenum, group work, a break, a rotation or parallel tracks.
public struct Block: Sendable, Equatable {
    /// What happens in the block.
    public enum Kind: String, Sendable, CaseIterable {
        case plenum, groups, `break`, rotation, tracks
    }

    /// How the groups of a `groups` block are formed.
    public enum Formation: String, Sendable, CaseIterable {
        case mixed, segment, random, table, keep, new
    }

    /// Who presents in turn in a plenum block.
    public enum Presenters: String, Sendable, CaseIterable {
        case tables, groups
    }

    public var title: String
    public var kind: Kind
    /// Planned length; for `tracks`, the length of the longest track.
    public var minutes: Int
    /// A fixed start: an anchor the schedule must meet.
    public var at: ClockTime?
    /// How short the block may become when the day runs late.
    public var minMinutes: Int
    public var notes: String?
    /// Post-it kinds collected (empty: the plan's `kinds`).
    public var capture: [String]
    public var cards: [String]
    /// Interval between cards.
    public var cardMinutes: Int?
    public var formation: Formation?
    public var groupSize: Int?
    public var present: Presenters?
    public var stations: [String]
    /// For a rotation: the people who staff a station (station name → names), taken out of the
    /// block's groups. Stations without hosts are not in it.
    public var stationHosts: [String: [String]]
    public var tracks: [Track]
    /// Where the block stands in its plan file (for messages).
    public var position: SourcePosition?
    /// Where its `at` stands in the plan file.
    public var atPosition: SourcePosition?
    /// The earlier process day whose quick wins or themes are its cards, or its material (notes).
    public var cardsFrom: CarriedSource?
    public var materialFrom: CarriedSource?
    /// The tables prioritise in this block (`vote`): dots to spread or a top N.
    public var vote: Vote?
    /// The file beside the plan that is the block's basis (`material`), and what it holds once read.
    public var materialFile: String?
    public var material: Material?
    /// Questions the tables rate (`rate`), each on the scale 1…`scale`.
    public var rate: [String] = []
    public var scale: Int = Block.defaultScale

    /// The scale of `rate` when the plan gives none: 1–5.
    public static let defaultScale = 5

    public init(title: String, kind: Kind, minutes: Int, at: ClockTime? = nil, minMinutes: Int? = nil,
                notes: String? = nil, capture: [String] = [], cards: [String] = [], cardMinutes: Int? = nil,
                formation: Formation? = nil, groupSize: Int? = nil, present: Presenters? = nil,
                stations: [String] = [], stationHosts: [String: [String]] = [:], tracks: [Track] = [],
                position: SourcePosition? = nil, atPosition: SourcePosition? = nil,
                cardsFrom: CarriedSource? = nil, materialFrom: CarriedSource? = nil) {
        self.title = title
        self.kind = kind
        self.minutes = minutes
        self.at = at
        self.minMinutes = minMinutes ?? Block.defaultMinMinutes(kind: kind, minutes: minutes)
        self.notes = notes
        self.capture = capture
        self.cards = cards
        self.cardMinutes = cardMinutes ?? (cards.isEmpty ? nil : max(1, minutes / cards.count))
        self.formation = formation
        self.groupSize = groupSize
        self.present = present
        self.stations = stations
        self.stationHosts = stationHosts
        self.tracks = tracks
        self.position = position
        self.atPosition = atPosition
        self.cardsFrom = cardsFrom
        self.materialFrom = materialFrom
    }

    /// `min_minutes` when the plan gives none: all of a break, half of anything else.
    public static func defaultMinMinutes(kind: Kind, minutes: Int) -> Int {
        kind == .break ? minutes : max(1, minutes / 2)
    }

    /// Everyone who staffs one of the block's stations (and so is in none of its groups), in station order.
    public var allStationHosts: [String] {
        var seen = Set<String>()
        return stations.flatMap { stationHosts[$0] ?? [] }.filter { seen.insert($0).inserted }
    }
}

/// One of the parallel sub-agendas of a `tracks` block.
public struct Track: Sendable, Equatable {
    public var title: String
    public var room: String?
    /// The tables working in this track.
    public var tables: [String]
    public var blocks: [Block]

    public init(title: String, room: String? = nil, tables: [String] = [], blocks: [Block]) {
        self.title = title
        self.room = room
        self.tables = tables
        self.blocks = blocks
    }

    /// The track's length: its blocks in order.
    public var minutes: Int { blocks.reduce(0) { $0 + $1.minutes } }
}
