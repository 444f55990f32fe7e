/// When the groups inside parallel tracks are fixed: each track's block gets its groups when that
/// block starts (the tracks block's start for each track's first block, the console's `1`–`9` for
/// the next), for who is there then.
extension SessionSeating {
    /// Of the facts that would fix `block`'s rounds, those of the rounds that start with `fact`
    /// (a `blockStarted` or `trackAdvanced` about to be written to `state`).
    public static func formingNow(_ formations: [Fact], when fact: Fact, state: SessionState) -> [Fact] {
        let starting: (TrackPart) -> Bool
        switch fact {
        case .blockStarted:
            starting = { $0.index == 0 }
        case .trackAdvanced(let id, let track):
            let next = (state.runs[id]?.trackAdvances[track]?.count ?? 0) + 1
            starting = { $0.parent == id && $0.track == track && $0.index == next }
        default:
            return []
        }
        return formations.filter { formed in
            guard case .groupsFormed(let round, _) = formed else { return false }
            guard let part = TrackPart(id: round) else { if case .blockStarted = fact { return true } else { return false } }
            return starting(part)
        }
    }
}

extension DaySeating {
    /// The rounds people sit in now or are about to move to: `entryNow`, but in a tracks block
    /// every track's (or only `track`'s) round: the one its running block has, else its next.
    public func entriesNow(_ state: SessionState, track: Int? = nil) -> [Entry] {
        guard let first = entryNow(state), let item = state.agenda[safe: first.index], item.block.kind == .tracks else {
            return entryNow(state).map { [$0] } ?? []
        }
        let running = state.runs[item.id]?.trackAdvances ?? [:]
        return item.block.tracks.indices.filter { track == nil || $0 == track }.compactMap { t in
            let from = running[t]?.count ?? 0
            return entries.first { entry in
                guard entry.index == first.index, let part = TrackPart(id: entry.round.id) else { return false }
                return part.track == t && part.index >= from
            }
        }
    }

    /// Everyone in these rounds with their table and group, alphabetically (æ, ø, å last).
    public static func places(_ entries: [Entry]) -> [(name: String, table: String, group: Int, groupsAtTable: Int)] {
        entries.flatMap { places($0) }.sorted { CollationKey.danish($0.name) < CollationKey.danish($1.name) }
    }
}
