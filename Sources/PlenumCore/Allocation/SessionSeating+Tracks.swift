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
