import Foundation

/// A block inside one track of a tracks block ("p2.t1.b3": the third block of track 1 of the plan's
/// second block). Its identity is the one its groups are formed under, its post-its are filed
/// under and its cards are dealt under.
public struct TrackPart: Sendable, Hashable {
    public var parent: BlockID
    /// The track, from 0.
    public var track: Int
    /// The block in the track, from 0.
    public var index: Int

    public init(parent: BlockID, track: Int, index: Int) {
        self.parent = parent
        self.track = track
        self.index = index
    }

    public var id: BlockID { "\(parent).t\(track + 1).b\(index + 1)" }

    /// The part an identity names, or nil for a plain block's identity.
    public init?(id: BlockID) {
        let pieces = id.split(separator: ".")
        guard pieces.count == 3, pieces[1].first == "t", pieces[2].first == "b",
              let t = Int(pieces[1].dropFirst()), let b = Int(pieces[2].dropFirst()), t >= 1, b >= 1 else { return nil }
        self.init(parent: String(pieces[0]), track: t - 1, index: b - 1)
    }
}

extension SessionState {
    /// The block a part names, if its tracks block and track have it.
    public func block(of part: TrackPart) -> Block? {
        guard let parent = item(part.parent)?.block, parent.tracks.indices.contains(part.track) else { return nil }
        let blocks = parent.tracks[part.track].blocks
        return blocks.indices.contains(part.index) ? blocks[part.index] : nil
    }

    /// The block with this identity: a block of the agenda or a block inside a track.
    public func anyBlock(_ id: BlockID) -> Block? {
        if let block = item(id)?.block { return block }
        return TrackPart(id: id).flatMap(block(of:))
    }

    /// The track of a tracks block that works at `table`, if any.
    public func track(of table: String, in parent: BlockID) -> Int? {
        item(parent)?.block.tracks.firstIndex { $0.tables.contains(table) }
    }

    /// The part running now in the track that works at `table` (nil outside a tracks block, or when
    /// the table's track has finished).
    public func runningPart(at table: String) -> TrackPart? {
        guard let current = currentID, item(current)?.block.kind == .tracks, let run = runs[current],
              let t = track(of: table, in: current), let block = item(current)?.block else { return nil }
        let index = run.trackAdvances[t]?.count ?? 0
        guard index < block.tracks[t].blocks.count else { return nil }
        return TrackPart(parent: current, track: t, index: index)
    }

    /// The part running now in every track of the current tracks block (nil: that track is finished).
    public func runningParts() -> [TrackPart?] {
        guard let current = currentID, let block = item(current)?.block, block.kind == .tracks,
              let run = runs[current] else { return [] }
        return block.tracks.indices.map { t in
            let index = run.trackAdvances[t]?.count ?? 0
            return index < block.tracks[t].blocks.count ? TrackPart(parent: current, track: t, index: index) : nil
        }
    }

    /// When a part started and (once its track moved on) ended; nil before it started.
    public func window(of part: TrackPart) -> (start: Date, end: Date?)? {
        guard let run = runs[part.parent] else { return nil }
        let advances = run.trackAdvances[part.track] ?? []
        guard part.index <= advances.count else { return nil }
        let start = part.index == 0 ? run.firstStart : advances[part.index - 1]
        return (start, part.index < advances.count ? advances[part.index] : nil)
    }

    /// Running seconds of a part up to `now` (its tracks block's pauses do not count).
    public func elapsed(of part: TrackPart, at now: Date) -> TimeInterval {
        guard let run = runs[part.parent], let window = window(of: part) else { return 0 }
        return run.activeSeconds(from: window.start, to: min(window.end ?? now, now))
    }

    /// Seconds left of a part as planned (negative when it runs over).
    public func remaining(of part: TrackPart, at now: Date) -> TimeInterval {
        TimeInterval((block(of: part)?.minutes ?? 0) * 60) - elapsed(of: part, at: now)
    }

    /// The cards of a part dealt so far: by time, and by hand (`cardDealt` under the part's identity).
    public func cardsShown(of part: TrackPart, at now: Date) -> [CardShown] {
        guard let block = block(of: part), let run = runs[part.parent], let window = window(of: part) else { return [] }
        let deals = (run.partDeals[part.id] ?? []).map { run.activeSeconds(from: window.start, to: $0.at) }.sorted()
        return Self.cardsShown(block, elapsed: elapsed(of: part, at: now), deals: deals)
    }

    /// The block a post-it saved now at `table` belongs to: the part its track is running, else the
    /// block the whole room is in (`noteBlockID`).
    public func noteBlockID(at table: String) -> BlockID? {
        runningPart(at: table)?.id ?? noteBlockID
    }

    /// A rotation round of a part as it runs: the round (if one is on now), the next one, and its
    /// seconds left (or until the next starts).
    public struct PartRound: Sendable, Equatable {
        public var number: Int
        public var count: Int
        public var round: RotationRound?
        public var next: RotationRound?
        public var secondsLeft: TimeInterval
        /// Running seconds until the next round starts (rounds of a shared station have gaps between them).
        public var secondsToNext: TimeInterval?
    }

    /// Where a rotation inside a track stands: its planned rounds against the part's running time;
    /// a rotation at a station shared with other tracks keeps the station's own timetable (the tracks
    /// block's running time), so the station is never double-booked, whenever each track gets there.
    public func rotationRound(of part: TrackPart, at now: Date) -> PartRound? {
        guard let parent = item(part.parent)?.block, let block = block(of: part),
              let rounds = Self.partRounds(parent, tables: plan.tables)[part.track]?[part.index], !rounds.isEmpty else { return nil }
        var elapsed = Int(elapsed(of: part, at: now))
        if !Set(Schedule.sharedStations(parent)).isDisjoint(with: block.stations), let run = runs[part.parent] {
            let plannedOffset = parent.tracks[part.track].blocks.prefix(part.index).reduce(0) { $0 + $1.minutes }
            elapsed = Int(run.activeSeconds(from: run.firstStart, to: now)) - plannedOffset * 60
        }
        let on = rounds.lastIndex { $0.offsetSeconds <= elapsed && elapsed < $0.offsetSeconds + $0.seconds }
        let upcoming = rounds.firstIndex { $0.offsetSeconds > elapsed }
        let left = on.map { rounds[$0].offsetSeconds + rounds[$0].seconds - elapsed }
            ?? upcoming.map { rounds[$0].offsetSeconds - elapsed } ?? 0
        let next = (on.map { $0 + 1 } ?? upcoming).flatMap { rounds.indices.contains($0) ? rounds[$0] : nil }
        return PartRound(number: (on ?? upcoming ?? rounds.count - 1) + 1, count: rounds.count,
                         round: on.map { rounds[$0] }, next: next, secondsLeft: TimeInterval(left),
                         secondsToNext: next.map { TimeInterval($0.offsetSeconds - elapsed) })
    }

    static func partRounds(_ parent: Block, tables: [Table]) -> [Int: [Int: [RotationRound]]] {
        var ignored: [Diagnostic] = []
        return Schedule.trackRotationRounds(parent, tables: tables, diagnostics: &ignored)
    }

    /// The station a group is at now in a running rotation part, if it is visiting one.
    public func station(of group: GroupRef, in part: TrackPart, at now: Date) -> String? {
        rotationRound(of: part, at: now)?.round?.visits.first { $0.group == group }?.station
    }
}

extension SessionState {
    /// The station a notetaker's group is visiting now (in a rotation, also inside the table's track); with
    /// no group given, the first group of the table that is at a station.
    public func station(at desk: NoteDesk, now: Date) -> String? {
        let round: RotationRound
        if let part = runningPart(at: desk.table) {
            guard block(of: part)?.kind == .rotation, let on = rotationRound(of: part, at: now)?.round else { return nil }
            round = on
        } else {
            guard let id = currentID, item(id)?.block.kind == .rotation, let on = rotationRound(id, at: now)?.round else { return nil }
            round = on
        }
        return round.visits.first { $0.group.table == desk.table && (desk.group == nil || $0.group.group == desk.group) && $0.station != nil }?.station
    }
}

extension SessionState {
    /// In a tracks block, `c` deals the next card in every track whose running block has one left.
    func dealTrackCards(now: Date) -> Result<[Fact], Refusal> {
        let parts = runningParts().compactMap { $0 }.filter { !(block(of: $0)?.cards.isEmpty ?? true) }
        guard !parts.isEmpty else { return .failure(.noCards) }
        let facts: [Fact] = parts.compactMap { part in
            let shown = cardsShown(of: part, at: now).count
            return shown < (block(of: part)?.cards.count ?? 0) ? .cardDealt(block: part.id, card: shown) : nil
        }
        return facts.isEmpty ? .failure(.noCardsLeft) : .success(facts)
    }
}

extension SessionState {
    /// The next group due at a station shared by the tracks of `parent`, from any track, with the
    /// track and the running seconds until its visit starts (by the station's own timetable).
    public func nextVisit(to station: String, in parent: BlockID, at now: Date) -> (group: GroupRef, track: Int, secondsUntil: TimeInterval)? {
        guard let block = item(parent)?.block, let run = runs[parent] else { return nil }
        let elapsed = Int(run.activeSeconds(from: run.firstStart, to: now))
        var best: (group: GroupRef, track: Int, start: Int)?
        for (t, byIndex) in Self.partRounds(block, tables: plan.tables) {
            for (j, rounds) in byIndex {
                let offset = block.tracks[t].blocks.prefix(j).reduce(0) { $0 + $1.minutes } * 60
                for round in rounds where offset + round.offsetSeconds > elapsed {
                    guard let visit = round.visits.first(where: { $0.station == station }) else { continue }
                    if best == nil || offset + round.offsetSeconds < best!.start {
                        best = (visit.group, t, offset + round.offsetSeconds)
                    }
                }
            }
        }
        return best.map { ($0.group, $0.track, TimeInterval($0.start - elapsed)) }
    }
}
