import Foundation

/// What a notetaker saves: a post-it's content and where it belongs, before the journal stamps it.
public struct PostItDraft: Sendable, Equatable {
    /// A unique identity, made by the terminal that wrote it (it never changes).
    public var id: String
    public var block: BlockID
    public var table: String
    /// The dialog group at the table (1-based); nil when the table works as one.
    public var group: Int?
    public var kind: String
    public var text: String
    public var author: String
    /// The station the group was visiting when it was written (a rotation inside a track), if any.
    public var station: String?

    public init(id: String, block: BlockID, table: String, group: Int?, kind: String, text: String, author: String,
                station: String? = nil) {
        self.station = station
        self.id = id
        self.block = block
        self.table = table
        self.group = group
        self.kind = kind
        self.text = text
        self.author = author
    }
}

/// A post-it as the journal says it is now: its latest text, kind and block, and whether it was removed.
public struct PostIt: Sendable, Equatable {
    public var id: String
    public var block: BlockID
    public var table: String
    public var group: Int?
    public var kind: String
    public var text: String
    public var author: String
    /// The station its group was visiting, if any.
    public var station: String?
    public var createdAt: Date
    /// The journal position of the fact that added it: the order post-its were saved in.
    public var seq: Int64
    public var edited = false
    public var deleted = false
    /// Dots the facilitator gave it on the wall.
    public var votes = 0
    /// The theme (cluster) it is under, if any.
    public var theme: String?
    public var quickWin = false
    /// Marked by the notetaker as one the table reports in the plenum.
    public var forPlenum = false

    public init(_ draft: PostItDraft, createdAt: Date, seq: Int64) {
        id = draft.id
        block = draft.block
        table = draft.table
        group = draft.group
        kind = draft.kind
        text = draft.text
        author = draft.author
        station = draft.station
        self.createdAt = createdAt
        self.seq = seq
    }

    /// The longest post-it, in characters (graphemes).
    public static let maxLength = 500
}
