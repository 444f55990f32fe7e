import Foundation

/// The tracks of a tracks block in a report: each track's blocks as lines of their own (planned
/// and actual, cards, post-its), so every export gives the tracks as sections.
extension SessionDigest {
    /// One track of a tracks block: its title, room and tables, and its blocks.
    public struct TrackLines: Sendable {
        public var track: Track
        /// The track's blocks; `index` is the place in the track, `id` the part's identity ("p2.t1.b3").
        public var lines: [BlockLine]
    }

    /// Every block line of the day, the blocks inside tracks right after their tracks block.
    public var allLines: [BlockLine] {
        blocks.flatMap { line in [line] + line.tracks.flatMap(\.lines) }
    }

    static func trackLines(_ item: AgendaItem, state: SessionState, planned: Schedule.Entry?, projected: Projection.Item?,
                           now: Date) -> [TrackLines] {
        guard item.block.kind == .tracks else { return [] }
        let parentStatus = state.status(of: item.id)
        return item.block.tracks.enumerated().map { t, track in
            var offset = 0
            let lines = track.blocks.enumerated().map { j, block -> BlockLine in
                let part = TrackPart(parent: item.id, track: t, index: j)
                let window = state.window(of: part)
                let plannedStart = planned.flatMap { $0.tracks[safe: t]?.entries[safe: j]?.start }
                let end = window?.end ?? (window == nil ? nil : now)
                let shown = window == nil ? Array(block.cards.indices) : state.cardsShown(of: part, at: end ?? now).map(\.card)
                let status: BlockStatus
                if window?.end != nil { status = .done }
                else if window != nil { status = parentStatus == .current ? .current : .done }
                else { status = parentStatus == .pending || parentStatus == .current ? .pending : .skipped }
                defer { offset += block.minutes }
                return BlockLine(index: j, id: part.id, block: block, status: status,
                                 plannedStart: plannedStart, plannedMinutes: plannedStart == nil ? nil : block.minutes,
                                 actualStart: window?.start, actualEnd: window?.end ?? (parentStatus == .done ? state.runs[item.id]?.lastEnd : nil),
                                 actualMinutes: window.map { _ in Int((state.elapsed(of: part, at: end ?? now) / 60).rounded()) },
                                 projectedStart: projected?.start.map { $0.addingTimeInterval(TimeInterval(offset * 60)) },
                                 projectedEnd: projected?.start.map { $0.addingTimeInterval(TimeInterval((offset + block.minutes) * 60)) },
                                 cards: shown.compactMap { block.cards[safe: $0] }, postIts: state.board.list(in: part.id))
            }
            return TrackLines(track: track, lines: lines)
        }
    }
}

extension SessionDigest.BlockLine {
    /// Its post-its and, for a tracks block, those of every block inside its tracks, in the order saved.
    public var postItsWithTracks: PostItList {
        guard !tracks.isEmpty else { return postIts }
        // Lists of one session's board share it: their positions merge in saved order.
        let lists = [postIts] + tracks.flatMap { $0.lines.map(\.postIts) }
        guard let board = lists.first(where: { !$0.board.isEmpty })?.board else { return postIts }
        return PostItList(board: board, positions: lists.flatMap(\.positions).sorted())
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// The letters that number tracks in reports and `check` ("a1" is track 1's first block).
public enum TrackLetters {
    public static func letter(_ track: Int) -> String { String(UnicodeScalar(UInt8(97 + track % 26))) }
}
