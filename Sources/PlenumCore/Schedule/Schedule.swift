/// The planned day: when every block starts and ends, and the timed parts inside blocks
/// (cards, rotation rounds, presenter slices, tracks). Built by `Schedule.plan(_:)`.
public struct Schedule: Sendable {
    /// One scheduled block.
    public struct Entry: Sendable {
        /// Position in the plan's blocks (or in its track's blocks).
        public var index: Int
        public var block: Block
        public var start: ClockTime
        public var end: ClockTime
        /// Free minutes before this block because its anchor (`at`) is later than the block before ends.
        public var slackBefore: Int
        /// When each card is due, as minutes after the block starts.
        public var cardOffsets: [Int]
        public var rounds: [RotationRound]
        public var slices: [PresenterSlice]
        public var tracks: [TrackSchedule]

        public var minutes: Int { end.minutes - start.minutes }
        public var isAnchor: Bool { block.at != nil }
        /// When each card is due.
        public var cardTimes: [ClockTime] { cardOffsets.map { start + $0 } }
    }

    /// One track of a `tracks` block, scheduled from the block's start.
    public struct TrackSchedule: Sendable {
        public var track: Track
        public var entries: [Entry]
        public var end: ClockTime
    }

    public var start: ClockTime
    public var end: ClockTime
    public var entries: [Entry]
    /// Anchors that cannot be met (errors), a day past `end` (warnings) and the like.
    public var diagnostics: [Diagnostic]

    /// Minutes between the last block's end and the plan's `end`, where `end` is set (negative: over).
    public func minutesToSpare(_ plan: Plan) -> Int? {
        plan.end.map { $0.minutes - end.minutes }
    }
}

/// One round of a rotation: which group is at which station (nil: at its own table).
public struct RotationRound: Sendable, Equatable {
    /// Seconds after the block starts.
    public var offsetSeconds: Int
    public var seconds: Int
    /// For each group, in `GroupRef.all` order, the station it visits, or nil.
    public var visits: [(group: GroupRef, station: String?)]

    public static func == (a: RotationRound, b: RotationRound) -> Bool {
        a.offsetSeconds == b.offsetSeconds && a.seconds == b.seconds
            && a.visits.map(\.group) == b.visits.map(\.group) && a.visits.map(\.station) == b.visits.map(\.station)
    }
}

/// One presenter's turn in a plenum block with `present`.
public struct PresenterSlice: Sendable, Equatable {
    /// The table or group presenting ("Bord 3").
    public var presenter: String
    public var offsetSeconds: Int
    public var seconds: Int
}
