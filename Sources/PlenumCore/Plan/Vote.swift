/// A block's call to the tables to prioritise (`vote = { dots = 3 }` or `vote = { rank = 5 }`):
/// every table's (or group's) notetaker spreads the dots, or puts a top N in order.
public struct Vote: Sendable, Equatable {
    /// How a table prioritises.
    public enum Kind: Sendable, Equatable {
        /// This many dots to spread over the post-its (several on one is allowed).
        case dots(Int)
        /// A top N in order: 1 is the most important.
        case rank(Int)
    }

    /// Which post-its a table may vote on.
    public enum Scope: String, Sendable, Equatable, CaseIterable {
        /// Its own table's post-its (of this block and the blocks before it).
        case own
        /// Every table's post-its (of this block and the blocks before it).
        case all
    }

    public var kind: Kind
    public var scope: Scope

    public init(_ kind: Kind, scope: Scope = .own) {
        self.kind = kind
        self.scope = scope
    }

    /// The dots, or the places of the top N, each voter has.
    public var allowance: Int {
        switch kind {
        case .dots(let n), .rank(let n): return n
        }
    }

    /// Whether the tables put their post-its in order rather than spread dots.
    public var isRanking: Bool {
        if case .rank = kind { return true }
        return false
    }

    /// "dots" or "rank", as the plan and the JSON write it.
    public var kindName: String { isRanking ? "rank" : "dots" }
}
