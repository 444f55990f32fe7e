import Foundation

/// The rule that a block's groups are fixed as it starts: every `blockStarted` (and, inside
/// parallel tracks, every `trackAdvanced`) an intent writes is written together with the
/// `groupsFormed` facts of the rounds that start with it, seated for who is here at that moment.
/// Rounds formed before keep their groups; a block skipped before is seated again when it starts.
public enum StartingGroups {
    /// `facts` (what one intent asks, about to be written to `state` at `now` by `actor`) with the
    /// groups of the rounds they start fixed. `seating` gives the day's seating for a state (a
    /// seating worker's, or one made on the spot): asked for the day as it stands once the block
    /// has started, so a check-in a moment ago counts and the blocks it jumps over do not.
    public static func fixing(_ facts: [Fact], in state: SessionState, now: Date, actor: String,
                              seating: (SessionState) -> SeatingCache) -> [Fact] {
        var all = facts
        for fact in facts {
            let id: BlockID
            switch fact {
            case .blockStarted(let block), .trackAdvanced(let block, _): id = block
            default: continue
            }
            var started = state
            if case .blockStarted = fact {
                started.apply(JournalEntry(seq: started.lastSeq + 1, at: now, actor: actor, fact: fact))
            }
            let formed = seating(started).formationFacts(starting: id, state: started)
            all += SessionSeating.formingNow(formed, when: fact, state: started)
        }
        return all
    }

    /// A seating made on the spot for each state asked (kept between calls in `cache`): for a
    /// writer without a seating worker (piped input, tests, benchmarks).
    public static func onTheSpot(_ cache: SeatingCache) -> (SessionState) -> SeatingCache {
        var cache = cache
        return { state in
            cache.update(state)
            return cache
        }
    }
}
