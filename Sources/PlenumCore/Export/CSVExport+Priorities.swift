/// The priorities' columns of the csv: a post-it's dots and actors, its place among the quick wins,
/// and for every vote it was ranked in, its place and points by table and by segment.
extension CSVExport {
    static let priorityHeader = ["dots", "actors", "quick_win_order", "priority", "points", "points_by_table", "points_by_segment"]

    /// The cells of `priorityHeader` for each post-it, by identity (post-its in no vote and no
    /// quick win list get their dots and actors only).
    struct PriorityCells {
        private var ranked: [String: [(vote: String, place: Int, item: VoteTally.Item)]] = [:]
        private var quickWinPlace: [String: Int] = [:]
        private let state: SessionState
        private let words: any PriorityVocabulary

        init(_ digest: SessionDigest) {
            state = digest.state
            words = digest.state.plan.language.priorities
            for tally in digest.tallies {
                let title = digest.state.anyBlock(tally.block)?.title ?? ""
                for (k, item) in tally.items.enumerated() {
                    for p in item.postIts { ranked[p.id, default: []].append((title, k + 1, item)) }
                }
            }
            for (k, p) in digest.quickWins.enumerated() { quickWinPlace[p.id] = k + 1 }
        }

        func cells(_ p: PostIt) -> [String] {
            let votes = ranked[p.id] ?? []
            return [String(state.dots(of: p)), state.priorities.actors(of: p.id).joined(separator: "; "),
                    quickWinPlace[p.id].map { String($0) } ?? "",
                    votes.map { "\($0.vote) #\($0.place)" }.joined(separator: "; "),
                    votes.map { String($0.item.points) }.joined(separator: "; "),
                    votes.map { words.shares($0.item.byTable) }.joined(separator: "; "),
                    votes.map { words.segmentShares($0.item, in: state.plan) ?? "" }.joined(separator: "; ")]
        }
    }
}
