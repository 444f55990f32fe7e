import Foundation

/// How one block actually ran: the stretches of time it was running (pauses and going back make
/// gaps), its extension, and the cards dealt by hand. Time is always derived from these dates and
/// `now`, never counted, so a crash or a second terminal sees the same clock.
public struct BlockRun: Sendable, Equatable {
    /// A stretch of running time; `end` is nil while it runs.
    public struct Interval: Sendable, Equatable {
        public var start: Date
        public var end: Date?
    }

    /// A card dealt by hand.
    public struct Deal: Sendable, Equatable {
        public var card: Int
        public var at: Date
    }

    public var intervals: [Interval]
    public var extendedMinutes = 0
    public var manualDeals: [Deal] = []
    /// For a tracks block: when each track moved on, per track index.
    public var trackAdvances: [Int: [Date]] = [:]
    /// For a block where tables or groups present: each time a presenter took the floor (`>`/`<`).
    /// The first presenter starts with the block.
    public var presenterStarts: [PresenterStart] = []

    /// A presenter taking the floor.
    public struct PresenterStart: Sendable, Equatable {
        public var presenter: Int
        public var at: Date
    }
    /// For a tracks block: the cards dealt by hand in its parts, by the part's identity.
    public var partDeals: [BlockID: [Deal]] = [:]

    init(start: Date) {
        intervals = [Interval(start: start, end: nil)]
    }

    /// When the block first started.
    public var firstStart: Date { intervals.first?.start ?? .distantPast }

    /// When it last stopped running (nil while running).
    public var lastEnd: Date? { intervals.last?.end }

    public var isRunning: Bool { intervals.last.map { $0.end == nil } ?? false }

    /// Running seconds up to `now`.
    public func elapsed(at now: Date) -> TimeInterval {
        activeSeconds(from: .distantPast, to: now)
    }

    /// Running seconds between two moments.
    public func activeSeconds(from: Date, to: Date) -> TimeInterval {
        intervals.reduce(0) { total, interval in
            let start = max(interval.start, from)
            let end = min(interval.end ?? to, to)
            return total + max(0, end.timeIntervalSince(start))
        }
    }

    mutating func stop(at date: Date) {
        guard let last = intervals.indices.last, intervals[last].end == nil else { return }
        intervals[last].end = max(date, intervals[last].start)
    }

    mutating func resume(at date: Date) {
        guard !isRunning else { return }
        intervals.append(Interval(start: date, end: nil))
    }
}
