/// A block's vote counted: the post-its (or, where they are themed, the themes) ranked by their
/// points, each with where the points came from — by table and by segment — and who contributes.
/// Dots count one point each; in a top N, first place counts N points and the last one.
public struct VoteTally: Sendable {
    /// Points from one table, or from one segment (`name` nil: tables of mixed segments, or —
    /// `unknown` — tables whose people are not known, as no groups were seated there).
    public struct Share: Sendable, Equatable {
        public var name: String?
        public var points: Int
        public var unknown = false
    }

    /// One ranked item: a theme with its post-its, or one post-it.
    public struct Item: Sendable {
        /// The theme's name, or nil for a post-it without a theme.
        public var theme: String?
        /// Its post-its (one for a post-it without a theme), most points first.
        public var postIts: [PostIt]
        public var points: Int
        /// How many voters put it first (a top N; 0 for dots).
        public var firstPlaces: Int
        public var byTable: [Share]
        public var bySegment: [Share]
        /// The actors its post-its are tagged with, in the plan's order.
        public var actors: [String]

        /// What it is called: the theme, or the post-it's text.
        public var title: String { theme ?? postIts.first?.text ?? "" }
    }

    public var block: BlockID
    public var vote: Vote
    public var closed: Bool
    /// The voters who voted, in the order they first did.
    public var voters: [Voter]
    /// Most points first (then most first places, then the order saved).
    public var items: [Item]

    /// The points of every post-it and where they came from, folded into themes.
    public init(_ state: SessionState, block: BlockID) {
        self.block = block
        vote = state.vote(of: block) ?? Vote(.dots(0))
        closed = state.isVoteClosed(block)
        voters = state.priorities.voters[block] ?? []
        var points: [String: [Voter: Int]] = [:]
        var firsts: [String: Int] = [:]
        for voter in voters {
            if vote.isRanking {
                let list = state.priorities.ranking(in: block, by: voter)
                for (k, id) in list.enumerated() { points[id, default: [:]][voter, default: 0] += vote.allowance - k }
                if let first = list.first { firsts[first, default: 0] += 1 }
            } else {
                for (id, n) in state.priorities.dots[block]?[voter] ?? [:] where n > 0 { points[id, default: [:]][voter, default: 0] += n }
            }
        }
        let segments = Dictionary(uniqueKeysWithValues: voters.map { ($0, state.segment(of: $0, in: block)) })
        var items: [(order: Int64, item: Item)] = []
        var themed: [String: Int] = [:]
        let postIts = points.keys.compactMap(state.postIt).filter { !$0.deleted }.sorted { $0.seq < $1.seq }
        for postIt in postIts {
            let from = points[postIt.id] ?? [:]
            var item = Item(theme: postIt.theme, postIts: [postIt], points: from.values.reduce(0, +),
                            firstPlaces: firsts[postIt.id] ?? 0, byTable: [], bySegment: [], actors: [])
            item.byTable = Self.shares(from, voters: voters) { Share(name: $0.table, points: 0) }
            item.bySegment = Self.shares(from, voters: voters) { voter in
                switch segments[voter] ?? .unknown {
                case .one(let name): Share(name: name, points: 0)
                case .mixed: Share(name: nil, points: 0)
                case .unknown: Share(name: nil, points: 0, unknown: true)
                }
            }
            if let theme = postIt.theme, let k = themed[theme] {
                items[k].item.merge(item)
            } else {
                if let theme = postIt.theme { themed[theme] = items.count }
                items.append((postIt.seq, item))
            }
        }
        func total(_ p: PostIt) -> Int { points[p.id]?.values.reduce(0, +) ?? 0 }
        let finished: [(order: Int64, item: Item)] = items.map { entry in
            var item = entry.item
            item.postIts.sort { total($0) > total($1) }
            var tagged = Set<String>()
            for p in item.postIts { tagged.formUnion(state.priorities.actors(of: p.id)) }
            item.actors = state.plan.actors.filter(tagged.contains)
            return (entry.order, item)
        }
        self.items = finished.sorted { a, b in
            if a.item.points != b.item.points { return a.item.points > b.item.points }
            if a.item.firstPlaces != b.item.firstPlaces { return a.item.firstPlaces > b.item.firstPlaces }
            return a.order < b.order
        }.map(\.item)
    }

    /// Points per share (`share(voter)`, its points left 0), in the order the voters first voted.
    private static func shares(_ from: [Voter: Int], voters: [Voter], share: (Voter) -> Share) -> [Share] {
        var shares: [Share] = []
        for voter in voters {
            guard let n = from[voter], n > 0 else { continue }
            var key = share(voter)
            if let k = shares.firstIndex(where: { $0.isSame(as: key) }) { shares[k].points += n } else { key.points = n; shares.append(key) }
        }
        return shares
    }

    /// Points in all.
    public var totalPoints: Int { items.reduce(0) { $0 + $1.points } }
}

extension VoteTally.Item {
    /// Another post-it of the same theme joins this item.
    mutating func merge(_ other: VoteTally.Item) {
        postIts += other.postIts
        points += other.points
        firstPlaces += other.firstPlaces
        for share in other.byTable { Self.add(share, to: &byTable) }
        for share in other.bySegment { Self.add(share, to: &bySegment) }
    }

    private static func add(_ share: VoteTally.Share, to list: inout [VoteTally.Share]) {
        if let k = list.firstIndex(where: { $0.isSame(as: share) }) { list[k].points += share.points } else { list.append(share) }
    }
}

extension VoteTally.Share {
    /// Whether the two count for the same table or segment (their points aside).
    func isSame(as other: VoteTally.Share) -> Bool { name == other.name && unknown == other.unknown }
}

/// Whom a voter speaks for: one segment, people of several segments, or people not known (no
/// groups were seated at its table, or the plan has no segments).
public enum VoterSegment: Sendable, Equatable {
    case one(String)
    case mixed
    case unknown
}

extension SessionState {
    /// The segment of the people a voter speaks for in `block`: from the groups seated last at or
    /// before it (its table, or its group at the table), the one segment they all belong to; nil
    /// when they are of several segments or the plan has none.
    public func segmentName(of voter: Voter, in block: BlockID) -> String? {
        if case .one(let name) = segment(of: voter, in: block) { return name }
        return nil
    }

    /// Whom a voter speaks for in `block`, from the groups seated last at or before it: their one
    /// segment, several, or not known (no groups seated there, none of them with a segment).
    public func segment(of voter: Voter, in block: BlockID) -> VoterSegment {
        guard !plan.segments.isEmpty else { return .unknown }
        for id in blocksThrough(block).reversed() {
            guard let formed = formations[id] else { continue }
            let here = formed.groups.filter { $0.table == voter.table && (voter.group == nil || $0.group == voter.group) }
            guard !here.isEmpty else { continue }
            let keys = Set(here.flatMap(\.members).compactMap(segmentKey(of:)))
            guard let key = keys.first else { return .unknown }
            return keys.count == 1 ? .one(plan.segment(key)?.name ?? key) : .mixed
        }
        return .unknown
    }

    /// The segment key of a person of the plan or a walk-in.
    func segmentKey(of name: String) -> String? {
        plan.people.first { $0.name == name }?.segment ?? walkIns.first { $0.name == name }?.segment
    }
}
