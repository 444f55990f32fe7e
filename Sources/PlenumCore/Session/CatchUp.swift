import Foundation

/// The catch-up proposal: shorten the remaining flexible blocks, in proportion to their length and
/// never below `min_minutes`, so that the next anchors and the day's `end` are met.
public struct CatchUp: Sendable, Equatable {
    /// One block made shorter.
    public struct Change: Sendable, Equatable {
        public var id: BlockID
        public var title: String
        public var from: Int
        public var to: Int
        /// The block runs now: it changes by an extension, not by an edit of its planned minutes.
        public var running = false
    }

    /// A time the day must meet: an anchored block's `at`, or the plan's `end`.
    public struct Deadline: Sendable, Equatable {
        /// The anchored block's title, or nil for the end of the day.
        public var title: String?
        public var at: ClockTime
        /// Minutes it would be missed by without the proposal.
        public var lateMinutes: Int
        /// Minutes it is still missed by with the proposal (0: met).
        public var missingMinutes: Int
    }

    public var changes: [Change]
    public var deadlines: [Deadline]

    /// Whether any anchor or the end is going to be missed at all.
    public var isNeeded: Bool { deadlines.contains { $0.lateMinutes > 0 } }
    /// Whether the proposal meets every deadline.
    public var meetsAll: Bool { deadlines.allSatisfy { $0.missingMinutes == 0 } }

    /// The facts that apply the proposal.
    public var facts: [Fact] {
        changes.map { change in
            change.running ? .extended(block: change.id, minutes: change.to - change.from)
                           : .blockEdited(block: change.id, title: nil, minutes: change.to, at: nil)
        }
    }

    public static func propose(_ state: SessionState, clock: SessionClock, now: Date) -> CatchUp {
        let pending = state.agenda.filter { state.status(of: $0.id) == .pending }
        var minutes = Dictionary(uniqueKeysWithValues: pending.map { ($0.id, state.effectiveMinutes($0.id)) })
        let start: Date
        if let c = state.currentID {
            start = now.addingTimeInterval(max(0, state.remaining(c, at: now)))
        } else {
            start = max(now, pending.first?.block.at.map(clock.date) ?? now)
        }
        // Segments of pending blocks, each closed by a deadline.
        var segments: [(blocks: [AgendaItem], deadline: AgendaItem?)] = []
        var open: [AgendaItem] = []
        for item in pending {
            if item.block.at != nil {
                segments.append((open, item))
                open = []
            }
            open.append(item)
        }
        if state.plan.end != nil { segments.append((open, nil)) }

        var deadlines: [Deadline] = []
        for segment in segments {
            let target = segment.deadline?.block.at ?? state.plan.end ?? ClockTime(minutes: 0)
            let late = lateness(of: segment, target: target, start: start, pending: pending, minutes: minutes, clock: clock)
            guard late > 0 else {
                deadlines.append(Deadline(title: segment.deadline?.block.title, at: target, lateMinutes: 0, missingMinutes: 0))
                continue
            }
            let cuts = proportionalCuts(late, blocks: segment.blocks.map { ($0.id, minutes[$0.id] ?? 0, $0.block.minMinutes) })
            for (id, cut) in cuts { minutes[id, default: 0] -= cut }
            let missing = lateness(of: segment, target: target, start: start, pending: pending, minutes: minutes, clock: clock)
            deadlines.append(Deadline(title: segment.deadline?.block.title, at: target, lateMinutes: late,
                                      missingMinutes: max(0, missing)))
        }
        let changes = pending.compactMap { item -> Change? in
            let from = state.effectiveMinutes(item.id)
            guard let to = minutes[item.id], to != from else { return nil }
            return Change(id: item.id, title: item.block.title, from: from, to: to)
        }
        return CatchUp(changes: changes, deadlines: deadlines)
    }

    /// Minutes by which the blocks before the segment's deadline end after it.
    static func lateness(of segment: (blocks: [AgendaItem], deadline: AgendaItem?), target: ClockTime,
                                 start: Date, pending: [AgendaItem], minutes: [BlockID: Int], clock: SessionClock) -> Int {
        var cursor = start
        for item in pending {
            if item.id == segment.deadline?.id { break }
            if let at = item.block.at { cursor = max(cursor, clock.date(at)) }
            cursor = cursor.addingTimeInterval(TimeInterval((minutes[item.id] ?? 0) * 60))
            if segment.deadline == nil, item.id == segment.blocks.last?.id { break }
        }
        return Int((cursor.timeIntervalSince(clock.date(target)) / 60).rounded(.up))
    }

    /// Shares `need` minutes of cuts over blocks in proportion to their length, each at most down to
    /// its minimum; whole minutes, the remainder to the largest fractions.
    static func proportionalCuts(_ need: Int, blocks: [(id: BlockID, minutes: Int, minimum: Int)]) -> [BlockID: Int] {
        var cuts: [BlockID: Int] = [:]
        var open = blocks.filter { $0.minutes > $0.minimum }
        var left = need
        while left > 0, !open.isEmpty {
            let total = Double(open.reduce(0) { $0 + $1.minutes })
            let shares = open.map { Double(left) * Double($0.minutes) / total }
            let capped = open.indices.filter { i in shares[i] >= Double(open[i].minutes - open[i].minimum - (cuts[open[i].id] ?? 0)) }
            if !capped.isEmpty {
                for i in capped {
                    let room = open[i].minutes - open[i].minimum - (cuts[open[i].id] ?? 0)
                    cuts[open[i].id, default: 0] += room
                    left -= room
                }
                open = open.enumerated().filter { !capped.contains($0.offset) }.map(\.element)
                continue
            }
            var whole = shares.map { Int($0) }
            var rest = left - whole.reduce(0, +)
            let byFraction = open.indices.sorted { shares[$0] - Double(whole[$0]) > shares[$1] - Double(whole[$1]) }
            for i in byFraction where rest > 0 {
                whole[i] += 1
                rest -= 1
            }
            for i in open.indices { cuts[open[i].id, default: 0] += whole[i] }
            left = 0
        }
        return cuts.filter { $0.value > 0 }
    }
}
