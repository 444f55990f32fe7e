import Foundation

/// A block's identity in a session: "p3" for the plan's third block, "i…" for a block inserted live.
/// Indexes shift when blocks are inserted or dropped; identities do not.
public typealias BlockID = String

/// Something that happened during a session, in the past tense. The journal is a list of these;
/// every screen is a function of the plan and the journal.
public enum Fact: Sendable, Equatable {
    /// The facilitator started the day.
    case dayStarted
    /// This block became the current one (ending the one before); a block that ran before continues.
    case blockStarted(block: BlockID)
    case paused
    case resumed
    /// The block was made longer (positive) or shorter (negative).
    case extended(block: BlockID, minutes: Int)
    /// The facilitator dealt this card (0-based) by hand.
    case cardDealt(block: BlockID, card: Int)
    /// A block's title, minutes or anchor changed (nil: unchanged).
    case blockEdited(block: BlockID, title: String?, minutes: Int?, at: AnchorChange?)
    /// A new block was put into the agenda after `after` (nil: at the start).
    case blockInserted(block: BlockID, after: BlockID?, title: String, kind: Block.Kind, minutes: Int)
    /// A block that had not run was taken out of the agenda.
    case blockDropped(block: BlockID)
    /// In a tracks block, this track moved on to its next block.
    case trackAdvanced(block: BlockID, track: Int)
    /// The facilitator ended the day.
    case dayEnded
    /// A notetaker saved a post-it for a table (and dialog group) in a block.
    case postItAdded(PostItDraft)
    /// A post-it's text or kind was changed.
    case postItEdited(id: String, text: String, kind: String)
    /// A post-it was removed (softly: it stays in the journal and can come back).
    case postItDeleted(id: String)
    /// A removed post-it came back (undo).
    case postItRestored(id: String)
    /// A post-it was moved to another block.
    case postItMoved(id: String, block: BlockID)
    /// At check-in: whether a person of the plan (or a walk-in) came, sent word, or went home.
    case attendanceMarked(name: String, status: Attendance)
    /// Someone not in the plan came: a name and (if the plan has segments) a segment key.
    case walkInAdded(name: String, segment: String?)
    /// The groups a round was seated in when its block started; kept as they were from then on.
    /// `block` is the round's identity ("p3", or "p5.t1.b2" for a groups block inside a track).
    case groupsFormed(block: String, groups: [SeatedGroup])
    /// The facilitator switched what the stage shows; for the tally, the block whose vote it shows
    /// (nil: the running block's, else the last one voted in — as facts written before it was named).
    case stageShown(StageContent, block: BlockID? = nil)
    /// A dot (vote) added to a post-it (+1) or taken off (-1).
    case voted(id: String, delta: Int)
    /// A post-it put under a theme (a cluster on the wall), or taken out of its theme (nil).
    case themed(id: String, theme: String?)
    /// A theme renamed; renaming to an existing theme merges the two.
    case themeRenamed(from: String, to: String)
    /// A post-it marked as a quick win, or no longer.
    case quickWinMarked(id: String, on: Bool)
    /// In a block where tables or groups present in turn, this presenter (0-based, in the block's
    /// order) took the floor, ending the turn of the one before.
    case presenterStarted(block: BlockID, presenter: Int)
    /// A post-it marked (or no longer) as one the table reports in the plenum.
    case plenumMarked(id: String, on: Bool)
    /// A table's notetaker put a dot on a post-it (`change` +1) or took one off (-1) in a block's vote.
    case dotted(VoteMark)
    /// A table's notetaker gave a post-it a place in its top list (`change` 1…N), or took it off (0).
    case ranked(VoteMark)
    /// The facilitator closed a block's vote (or opened it again): closed, notetakers cannot vote.
    case voteClosed(block: BlockID, closed: Bool)
    /// A post-it tagged with one of the plan's actors (who contributes), or no longer.
    case actorTagged(id: String, actor: String, on: Bool)
    /// The facilitator's order of the day's quick wins (post-it identities, first first).
    case quickWinsOrdered(ids: [String])
    /// A notetaker typed a rating for one of a block's `rate` questions (one fact a rating).
    case rated(Rating)
    /// A notetaker took a rating back (Backspace): it no longer counts.
    case ratingWithdrawn(id: String)
    /// The facilitator took back one change (the facts with these sequence numbers, written
    /// together): the fold leaves them out from then on. Nothing is deleted from the journal.
    case undone(seqs: [Int64])

    /// A person's attendance, as marked at check-in.
    public enum Attendance: String, Sendable, Equatable, CaseIterable {
        /// Not marked: expected, and seated.
        case expected
        /// Checked in.
        case came
        /// Sent word or did not come: not seated.
        case absent
        /// Went home during the day: not seated in the blocks still to come.
        case left
    }

    /// What the stage shows.
    public enum StageContent: String, Sendable, Equatable {
        /// The current block and its timer.
        case timer
        /// "Find your table": everyone's table and group, alphabetically.
        case findTable
        /// The tally of the tables' vote: the block's the facilitator sent, else the running block's,
        /// else the last one voted in.
        case tally
        /// The day's quick wins, in the facilitator's order.
        case quickWins
    }

    /// A change to a block's fixed start.
    public enum AnchorChange: Sendable, Equatable {
        case set(ClockTime)
        case clear
    }

    /// The fact's name in the journal and in exports ("blockStarted" …), from its payload.
    public var type: String {
        visitPayload(FactCoding.KindOf())
    }
}

extension Fact {
    /// Whether the facilitator's `u` can take this fact back (its payload type says:
    /// `FactPayload.isUndoable`): the day's course, check-in, the stage and the quick wins' order
    /// (the facilitator's, as the agenda is); notetakers' post-its and the wall's marks are not.
    public var isUndoable: Bool {
        visitPayload(FactCoding.UndoableOf())
    }
}

/// One fact as it stands in the journal: its sequence number, when, and who.
public struct JournalEntry: Sendable, Equatable {
    public var seq: Int64
    public var at: Date
    public var actor: String
    public var fact: Fact

    public init(seq: Int64, at: Date, actor: String, fact: Fact) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.fact = fact
    }
}
