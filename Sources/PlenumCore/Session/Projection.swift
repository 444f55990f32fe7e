import Foundation

/// Where the day stands: for every block of the live agenda its planned and its actual or
/// projected start and end, whether anchors hold, and how far ahead or behind the day is.
public struct Projection: Sendable {
    /// One block's times.
    public struct Item: Sendable {
        public var id: BlockID
        public var status: BlockStatus
        /// From the plan as written (nil for a block inserted live).
        public var plannedStart: ClockTime?
        public var plannedEnd: ClockTime?
        /// Actual for done and current blocks, projected for pending ones; nil for skipped.
        public var start: Date?
        public var end: Date?
        /// Minutes an anchored block will start after its `at` (0 or more; nil without an anchor).
        public var anchorLateMinutes: Int?
    }

    public var items: [Item]
    /// When the day is projected to end.
    public var dayEnd: Date
    /// When the plan's blocks end (the schedule's end).
    public var plannedEnd: ClockTime
    /// Minutes behind the plan (negative: ahead), judged where it counts: the projected end of the
    /// day against the planned end, so the status agrees with the end it shows (after a catch-up
    /// too). A late block whose time an anchor's slack absorbs does not make the day late.
    public var behindMinutes: Int
    /// Minutes the day will end after the plan's `end` (negative: before), if the plan has one.
    public var endLateMinutes: Int?

    public func item(_ id: BlockID) -> Item? { items.first { $0.id == id } }

    /// Projects the day from `state` at `now`.
    public static func project(_ state: SessionState, clock: SessionClock, now: Date) -> Projection {
        let planned = Schedule.plan(state.plan)
        var items: [Item] = []
        var cursor: Date
        if let c = state.currentID {
            cursor = now.addingTimeInterval(max(0, state.remaining(c, at: now)))
        } else if state.hasEnded {
            cursor = state.dayEndedAt ?? now
        } else {
            let start = state.agenda.first.map { clock.date(plannedStartOf($0, planned) ?? planned.start) } ?? now
            cursor = max(now, start)
        }
        for item in state.agenda {
            let status = state.status(of: item.id)
            let plannedStart = plannedStartOf(item, planned)
            let plannedEnd = item.planIndex.flatMap { i in i < planned.entries.count ? planned.entries[i].end : nil }
            var entry = Item(id: item.id, status: status, plannedStart: plannedStart, plannedEnd: plannedEnd)
            switch status {
            case .done:
                entry.start = state.runs[item.id]?.firstStart
                entry.end = state.runs[item.id]?.lastEnd
            case .current:
                entry.start = state.runs[item.id]?.firstStart
                entry.end = cursor
            case .skipped:
                break
            case .pending:
                var start = cursor
                if let at = item.block.at {
                    let anchor = clock.date(at)
                    entry.anchorLateMinutes = max(0, wholeMinutes(start.timeIntervalSince(anchor), .up))
                    start = max(start, anchor)
                }
                entry.start = start
                entry.end = start.addingTimeInterval(TimeInterval(state.effectiveMinutes(item.id)) * 60)
                cursor = entry.end ?? cursor
            }
            items.append(entry)
        }
        let dayEnd = items.compactMap(\.end).max() ?? cursor
        let behind = wholeMinutes(dayEnd.timeIntervalSince(clock.date(planned.end)))
        let endLate = state.plan.end.map { wholeMinutes(dayEnd.timeIntervalSince(clock.date($0))) }
        return Projection(items: items, dayEnd: dayEnd, plannedEnd: planned.end, behindMinutes: behind, endLateMinutes: endLate)
    }

    /// Seconds as whole minutes, held within ±a year instead of trapping on a value no day reaches.
    static func wholeMinutes(_ seconds: TimeInterval, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int {
        let minutes = (seconds / 60).rounded(rule)
        guard minutes.isFinite else { return 0 }
        return Int(Swift.min(Swift.max(minutes, -525_600), 525_600))
    }

    private static func plannedStartOf(_ item: AgendaItem, _ planned: Schedule) -> ClockTime? {
        item.planIndex.flatMap { i in i < planned.entries.count ? planned.entries[i].start : nil }
    }
}
