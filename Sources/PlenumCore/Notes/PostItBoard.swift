import Foundation

/// Every post-it of a session, with the indexes the screens ask by: by identity, by block, and by
/// block and table. A fact changes only the post-it it names and the index entries that follow
/// from it, so saving one post-it costs the same at 100 or 100,000.
public struct PostItBoard: Sendable {
    /// Every post-it ever saved (removed ones too), in the order they were saved.
    public private(set) var all: [PostIt] = []
    private var position: [String: Int] = [:]
    /// Positions in `all`, in saved order (removed post-its too).
    private var byBlock: [BlockID: [Int]] = [:]
    private var byPlace: [Place: [Int]] = [:]
    /// Post-its not removed, per block and table.
    private var liveCounts: [Place: Int] = [:]
    /// The tables that have post-its in a block, in the order they first had one.
    private var tablesByBlock: [BlockID: [String]] = [:]

    private struct Place: Hashable, Sendable {
        var block: BlockID
        var table: String
    }

    public init() {}

    /// The post-it with this identity.
    public func postIt(_ id: String) -> PostIt? { position[id].map { all[$0] } }

    /// Whether `block` has ever had a post-it (removed ones count).
    public func hasPostIts(in block: BlockID) -> Bool { !(byBlock[block]?.isEmpty ?? true) }

    /// The post-its of `block` (one table's, or all), in the order they were saved.
    public func list(in block: BlockID, table: String? = nil, includingDeleted: Bool = false) -> PostItList {
        let positions = table.map { byPlace[Place(block: block, table: $0)] ?? [] } ?? byBlock[block] ?? []
        return PostItList(board: all, positions: includingDeleted ? positions : positions.filter { !all[$0].deleted })
    }

    /// The post-its (not removed) of several blocks (one table's, or all), block by block in the
    /// order given, each block's in the order they were saved.
    public func list(in blocks: [BlockID], table: String? = nil) -> PostItList {
        let positions = blocks.flatMap { block in
            table.map { byPlace[Place(block: block, table: $0)] ?? [] } ?? byBlock[block] ?? []
        }
        return PostItList(board: all, positions: positions.filter { !all[$0].deleted })
    }

    /// The post-its of every block for which `holds` is true (one table's, or all), in the order
    /// they were saved (a tracks block and the blocks inside its tracks).
    public func list(where holds: (BlockID) -> Bool, table: String? = nil, includingDeleted: Bool = false) -> PostItList {
        var positions: [Int] = []
        for (block, list) in byBlock where holds(block) { positions += list }
        positions.sort()
        return PostItList(board: all, positions: positions.filter {
            (table == nil || all[$0].table == table) && (includingDeleted || !all[$0].deleted)
        })
    }

    /// The blocks that have had post-its for which `holds` is true.
    public func blocks(where holds: (BlockID) -> Bool) -> [BlockID] { byBlock.keys.filter(holds) }

    /// How many post-its (not removed) `table` has in `block`.
    public func count(in block: BlockID, table: String) -> Int { liveCounts[Place(block: block, table: table)] ?? 0 }

    /// The tables with post-its (removed ones too) in `block`, in the order they first had one.
    public func tables(in block: BlockID) -> [String] { tablesByBlock[block] ?? [] }

    /// Makes room for `count` post-its in all, so a session that is opened does not grow (and copy)
    /// its lists and indexes again and again.
    mutating func reserveCapacity(_ count: Int) {
        all.reserveCapacity(count)
        position.reserveCapacity(count)
    }

    /// Adds the post-it `draft` saves; false (and nothing changes) when one with its identity exists.
    /// Made where it is kept, so opening a session copies no post-it.
    mutating func add(_ draft: PostItDraft, createdAt: Date, seq: Int64) -> Bool {
        let i = all.count
        // One lookup: a new identity's slot is made and filled, a known one's left as it is.
        func claim(_ slot: inout Int) -> Bool {
            guard slot < 0 else { return false }
            slot = i
            return true
        }
        guard claim(&position[draft.id, default: -1]) else { return false }
        all.append(PostIt(draft, createdAt: createdAt, seq: seq))
        index(i)
        return true
    }

    /// Changes the post-it with this identity in place; false when there is none.
    @discardableResult
    mutating func modify(_ id: String, _ change: (inout PostIt) -> Void) -> Bool {
        guard let i = position[id] else { return false }
        let (block, deleted) = (all[i].block, all[i].deleted)
        change(&all[i])
        if all[i].block != block || all[i].deleted != deleted {
            unindex(i, block: block, deleted: deleted)
            index(i)
        }
        return true
    }

    /// Every post-it under `from` moves to `to` (a theme renamed or merged).
    mutating func renameTheme(_ from: String, to: String) {
        for i in all.indices where all[i].theme == from { all[i].theme = to }
    }

    private mutating func index(_ i: Int) {
        let place = Place(block: all[i].block, table: all[i].table)
        Self.insert(i, into: &byBlock[place.block, default: []])
        // The block's tables are looked at only when the first post-it comes to a place (a hash
        // and a scan less for every other post-it, when a session is opened).
        func insertNotingFirst(_ list: inout [Int]) -> Bool {
            let first = list.isEmpty
            Self.insert(i, into: &list)
            return first
        }
        let firstAtPlace = insertNotingFirst(&byPlace[place, default: []])
        if !all[i].deleted { liveCounts[place, default: 0] += 1 }
        if firstAtPlace, !tablesByBlock[place.block, default: []].contains(place.table) {
            tablesByBlock[place.block, default: []].append(place.table)
        }
    }

    private mutating func unindex(_ i: Int, block: BlockID, deleted: Bool) {
        let place = Place(block: block, table: all[i].table)
        byBlock[block]?.removeAll { $0 == i }
        byPlace[place]?.removeAll { $0 == i }
        if !deleted { liveCounts[place, default: 0] -= 1 }
    }

    /// Keeps `list` in saved order: a new post-it goes at the end at once; a moved one where it belongs.
    private static func insert(_ i: Int, into list: inout [Int]) {
        if let last = list.last, last > i {
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < i { low = mid + 1 } else { high = mid }
            }
            list.insert(i, at: low)
        } else {
            list.append(i)
        }
    }
}

/// Some post-its of a board, in saved order, read where they are (nothing is copied until a
/// post-it is read): what a screen lists, however long the list.
public struct PostItList: RandomAccessCollection, Sendable {
    let board: [PostIt]
    let positions: [Int]

    /// No post-its.
    public init() {
        self.init(board: [], positions: [])
    }

    init(board: [PostIt], positions: [Int]) {
        self.board = board
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(i: Int) -> PostIt { board[positions[i]] }

    /// The post-its of this list for which `include` holds.
    public func filtered(_ include: (PostIt) -> Bool) -> PostItList {
        PostItList(board: board, positions: positions.filter { include(board[$0]) })
    }

    /// Only those of one table.
    public func at(table: String) -> PostItList {
        PostItList(board: board, positions: positions.filter { board[$0].table == table })
    }

    /// Their dots together.
    public var votes: Int { positions.reduce(0) { $0 + board[$1].votes } }

    /// How many of them are of `block`, read where they stand: `filter` or `contains` over the list
    /// would copy each post-it (its every text retained), and a screen asks each frame of thousands.
    public func count(in block: BlockID?) -> Int {
        positions.reduce(0) { $0 + (board[$1].block == block ? 1 : 0) }
    }
}
