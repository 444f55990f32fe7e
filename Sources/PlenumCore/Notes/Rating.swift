import Foundation

/// One rating a notetaker typed: a table's (or one participant's) answer to one of a block's
/// `rate` questions, on the block's scale.
public struct Rating: Sendable, Equatable {
    public var id: String
    public var block: BlockID
    public var table: String
    /// The question, as its place in the block's `rate` (from 0).
    public var question: Int
    /// From 1 to the block's `scale`.
    public var value: Int
    public var author: String

    public init(id: String, block: BlockID, table: String, question: Int, value: Int, author: String) {
        self.id = id
        self.block = block
        self.table = table
        self.question = question
        self.value = value
        self.author = author
    }
}

/// How one question was rated: how many gave each value (1 … scale), and the mean.
public struct RatingTally: Sendable, Equatable {
    public var question: String
    public var scale: Int
    /// `counts[v - 1]` ratings gave the value `v`.
    public var counts: [Int]

    public var total: Int { counts.reduce(0, +) }
    /// The mean rating; nil before the first.
    public var mean: Double? {
        guard total > 0 else { return nil }
        let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Double(sum) / Double(total)
    }
}

/// Every rating of the day that is not withdrawn, in the order they were typed.
public struct RatingBoard: Sendable {
    private(set) var ratings: [Rating] = []
    private var index: [String: Int] = [:]
    private var withdrawn: Set<String> = []

    /// Adds a rating (a second with the same identity, from a retried save, is the same rating).
    mutating func add(_ rating: Rating) {
        guard index[rating.id] == nil else { return }
        index[rating.id] = ratings.count
        ratings.append(rating)
    }

    mutating func withdraw(_ id: String) {
        if index[id] != nil { withdrawn.insert(id) }
    }

    /// The ratings that count, in a block (and at a table).
    public func ratings(in block: BlockID, table: String? = nil) -> [Rating] {
        ratings.filter { $0.block == block && (table == nil || $0.table == table) && !withdrawn.contains($0.id) }
    }

    public func rating(_ id: String) -> Rating? { index[id].map { ratings[$0] } }

    public func isWithdrawn(_ id: String) -> Bool { withdrawn.contains(id) }

    /// Whether any rating counts in the session.
    public var isEmpty: Bool { ratings.allSatisfy { withdrawn.contains($0.id) } }
}
