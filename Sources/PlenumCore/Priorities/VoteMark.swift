/// Who votes in a block: one table, or one dialog group at it (a notetaker with `--group`).
public struct Voter: Sendable, Hashable {
    public var table: String
    public var group: Int?

    public init(table: String, group: Int?) {
        self.table = table
        self.group = group
    }
}

/// One voter's mark on a post-it in a block's vote: a dot more or less (`change` +1 / -1), or a
/// place in its top list (`change` 1…N; 0 takes the post-it off the list).
public struct VoteMark: Sendable, Equatable {
    /// The block whose vote it is.
    public var block: BlockID
    /// The post-it voted on.
    public var id: String
    public var voter: Voter
    public var change: Int

    public init(block: BlockID, id: String, voter: Voter, change: Int) {
        self.block = block
        self.id = id
        self.voter = voter
        self.change = change
    }
}
