/// What the tables prioritised and who contributes, as the journal says it is now: every voter's
/// dots and top list per vote block, the votes closed, the actors each post-it is tagged with, and
/// the facilitator's order of the quick wins. Folded by `SessionState.foldPriorities`.
public struct Priorities: Sendable {
    /// Dots: vote block → voter → post-it → dots.
    public internal(set) var dots: [BlockID: [Voter: [String: Int]]] = [:]
    /// Top lists: vote block → voter → post-its, first place first.
    public internal(set) var ranks: [BlockID: [Voter: [String]]] = [:]
    /// The voters of each vote block, in the order they first voted.
    public internal(set) var voters: [BlockID: [Voter]] = [:]
    /// The vote blocks the facilitator closed.
    public internal(set) var closed: Set<BlockID> = []
    /// Post-it → the actors it is tagged with, in the plan's order.
    public internal(set) var actors: [String: [String]] = [:]
    /// The facilitator's order of the quick wins (identities; some may no longer be quick wins).
    public internal(set) var quickWinOrder: [String] = []
    /// Post-it → the dots it got from the tables in every vote.
    public internal(set) var dotsByPostIt: [String: Int] = [:]

    public init() {}

    /// The dots `voter` has put on post-its in `block`'s vote.
    public func dotsUsed(in block: BlockID, by voter: Voter) -> Int {
        dots[block]?[voter]?.values.reduce(0, +) ?? 0
    }

    /// The dots `voter` put on post-it `id` in `block`'s vote.
    public func dots(in block: BlockID, by voter: Voter, on id: String) -> Int {
        dots[block]?[voter]?[id] ?? 0
    }

    /// `voter`'s top list in `block`'s vote, first place first.
    public func ranking(in block: BlockID, by voter: Voter) -> [String] {
        ranks[block]?[voter] ?? []
    }

    /// The place (1…) `voter` gave post-it `id` in `block`'s vote.
    public func rank(in block: BlockID, by voter: Voter, of id: String) -> Int? {
        ranking(in: block, by: voter).firstIndex(of: id).map { $0 + 1 }
    }

    /// The actors post-it `id` is tagged with.
    public func actors(of id: String) -> [String] { actors[id] ?? [] }

    mutating func noteVoter(_ voter: Voter, in block: BlockID) {
        if !(voters[block]?.contains(voter) ?? false) { voters[block, default: []].append(voter) }
    }
}
