import Foundation

/// One block of the live agenda, as edited during the session.
public struct AgendaItem: Sendable, Equatable {
    public var id: BlockID
    public var block: Block
    /// Position in the plan's blocks; nil for a block inserted live.
    public var planIndex: Int?
}

/// Where a block stands in the day.
public enum BlockStatus: Sendable, Equatable {
    case pending, current, done, skipped
}

/// The session as the journal says it is: a pure fold of facts over the plan.
///
/// Time in the fold never goes back: a fact stamped earlier than the one folded before it (a clock
/// set back, another terminal's clock behind) counts as happening at that one's time. So a block
/// never ends before it started, and what was dealt stays dealt.
public struct SessionState: Sendable {
    /// The plan as run (for a rehearsal, with its times moved to the rehearsal's day).
    public let plan: Plan
    /// Set when the session is a rehearsal of the plan's day rather than the day itself.
    public let rehearsal: Rehearsal?
    public internal(set) var agenda: [AgendaItem]
    public internal(set) var runs: [BlockID: BlockRun] = [:]
    public internal(set) var currentID: BlockID?
    public internal(set) var isPaused = false
    public internal(set) var dayStartedAt: Date?
    public internal(set) var dayEndedAt: Date?
    /// The last journal sequence number folded in.
    public private(set) var lastSeq: Int64 = 0
    /// Facts folded in so far.
    public private(set) var factCount = 0
    /// When the last fact folded in happened (never earlier than any fact before it).
    public private(set) var lastFactAt: Date?
    /// Every post-it, indexed by identity, block and table.
    public internal(set) var board = PostItBoard()
    /// Every rating of the evaluation (`rate`), folded in `SessionState+Ratings`.
    public internal(set) var ratingBoard = RatingBoard()
    /// Every post-it ever saved (removed ones too), in the order they were saved.
    public var postIts: [PostIt] { board.all }
    /// Attendance as marked at check-in (people never marked are expected).
    public internal(set) var attendance: [String: Fact.Attendance] = [:]
    /// People not in the plan who came, in the order they were added.
    public internal(set) var walkIns: [Attendee] = []
    /// The groups of every round whose block has started: round identity → seating, fixed.
    public internal(set) var formations: [String: RoundSeating] = [:]
    /// Every theme in use, in the order it was first named.
    public internal(set) var themes: [String] = []
    /// The tables' votes, the actors of post-its and the quick wins' order (`foldPriorities`).
    public internal(set) var priorities = Priorities()
    /// What the stage shows.
    public internal(set) var stageContent: Fact.StageContent = .timer
    /// The block whose tally the facilitator sent to the stage (nil: the stage follows `tallyBlock`).
    public internal(set) var stagedTally: BlockID?
    /// Counts the facts that change who is seated where (attendance, walk-ins, formations, the
    /// agenda's blocks), so a screen knows when to seat the day again.
    public internal(set) var seatingRevision = 0
    /// Every entry folded in, in order: an `undone` fact folds them again without what it names.
    public private(set) var journal: [JournalEntry] = []
    /// The sequence numbers of facts the facilitator undid (`u`); the fold leaves them out.
    public private(set) var undoneSeqs: Set<Int64> = []
    /// The journal's last `undone` fact (screens say what it took back).
    public private(set) var lastUndo: JournalEntry?
    /// Set when the state folds once and keeps no journal (`init(plan:rehearsal:foldingOnceWith:)`).
    private var once: FoldOnce?

    /// The state before the first fact; a `rehearsal` runs `plan` with its times moved.
    public init(plan: Plan, rehearsal: Rehearsal? = nil) {
        self.init(asRun: rehearsal.map { plan.shifted(byMinutes: $0.shiftMinutes) } ?? plan, rehearsal: rehearsal)
    }

    /// The state before the first fact of a plan as run (its times already moved for a rehearsal).
    private init(asRun plan: Plan, rehearsal: Rehearsal?) {
        self.plan = plan
        self.rehearsal = rehearsal
        agenda = plan.blocks.enumerated().map { i, block in
            AgendaItem(id: SessionState.planBlockID(i), block: block, planIndex: i)
        }
    }

    /// The state before the first fact, for folding a journal once without keeping it (an
    /// export: 100,000 facts need not stand in memory twice, as facts and as what they made).
    /// `undos` are the journal's `undone` facts, read beforehand: what they take back is left
    /// out as it comes, so the state is the one a kept journal's refold would make. Such a state
    /// cannot undo (`journal` stays empty); if an `undone` fact comes that `undos` did not hold
    /// (written meanwhile), `missedUndo` says the fold must be done again keeping the journal.
    public init(plan: Plan, rehearsal: Rehearsal? = nil, foldingOnceWith undos: [JournalEntry]) {
        self.init(plan: plan, rehearsal: rehearsal)
        var once = FoldOnce()
        for undo in undos {
            guard case .undone(let seqs) = undo.fact else { continue }
            once.known.insert(undo.seq)
            for seq in seqs where seq < undo.seq { once.undoneBy[seq] = max(undo.seq, once.undoneBy[seq] ?? undo.seq) }
        }
        self.once = once
    }

    /// True when a state folded once met an `undone` fact it was not told of beforehand.
    public var missedUndo: Bool { once?.missedUndo ?? false }

    /// The identity of the plan's block at `index`.
    public static func planBlockID(_ index: Int) -> BlockID { "p\(index + 1)" }

    /// This state with `entries` folded in (entries already folded are skipped).
    public func applying(_ entries: [JournalEntry]) -> SessionState {
        var state = self
        state.apply(entries)
        return state
    }

    /// Makes room for `facts` more facts before a journal is folded (at most that many post-its).
    public mutating func reserveCapacity(facts: Int) {
        board.reserveCapacity(board.all.count + max(0, facts))
        if once == nil { journal.reserveCapacity(journal.count + max(0, facts)) }
    }

    /// Folds `entries` in where the state stands (entries already folded are skipped): a fact
    /// costs what it changes, not what the session holds, as long as nothing else holds a copy of
    /// this state meanwhile; unlike `applying`, the journal kept so far is not copied.
    public mutating func apply(_ entries: [JournalEntry]) {
        for entry in entries { apply(entry) }
    }

    /// Folds one fact in. Facts that no longer make sense (a dropped block, a duplicate deal from a
    /// second console) are ignored, so any journal folds without error.
    public mutating func apply(_ entry: JournalEntry) {
        guard entry.seq > lastSeq else { return }
        lastSeq = entry.seq
        factCount += 1
        if once != nil { return applyOnce(entry) }
        journal.append(entry)
        if case .undone(let seqs) = entry.fact {
            lastUndo = entry
            lastFactAt = max(entry.at, lastFactAt ?? entry.at)
            let named = Set(seqs)
            let taken = journal.filter { named.contains($0.seq) && $0.seq < entry.seq && $0.fact.isUndoable }.map(\.seq)
            guard !taken.isEmpty else { return }
            undoneSeqs.formUnion(taken)
            refold()
            return
        }
        fold(entry)
    }

    /// Folds one fact into a state folded once: a fact an `undone` later takes back is left out
    /// now; at the `undone`, the time is where a refold would leave it (the latest of all facts).
    private mutating func applyOnce(_ entry: JournalEntry) {
        guard var once else { return }
        defer { self.once = once }
        once.latest = max(entry.at, once.latest ?? entry.at)
        if case .undone(let seqs) = entry.fact {
            guard once.known.contains(entry.seq) else { once.missedUndo = true; return }
            lastUndo = entry
            lastFactAt = max(entry.at, lastFactAt ?? entry.at)
            if seqs.contains(where: { $0 < entry.seq && undoneSeqs.contains($0) }) {
                lastFactAt = max(lastFactAt ?? entry.at, once.latest ?? entry.at)
            }
            return
        }
        if let undo = once.undoneBy[entry.seq], undo > entry.seq, entry.fact.isUndoable {
            undoneSeqs.insert(entry.seq)
            return
        }
        fold(entry)
    }

    /// Folds the whole journal again from the plan, leaving out what was undone: the state is
    /// what it would be had those facts never been written.
    private mutating func refold() {
        var fresh = SessionState(asRun: plan, rehearsal: rehearsal)
        for entry in journal where !undoneSeqs.contains(entry.seq) {
            if case .undone = entry.fact { continue }
            fresh.fold(entry)
        }
        fresh.journal = journal
        fresh.undoneSeqs = undoneSeqs
        fresh.lastUndo = lastUndo
        fresh.lastSeq = lastSeq
        fresh.factCount = factCount
        fresh.lastFactAt = [fresh.lastFactAt, lastFactAt].compactMap { $0 }.max()
        // Strictly more than before, so every screen that seats the day sees a change.
        fresh.seatingRevision = seatingRevision + fresh.seatingRevision + 1
        self = fresh
    }

    /// One fact's effect on the state (the journal's bookkeeping is `apply`'s): handed to the fold
    /// it belongs to — the agenda and clock, the board, or attendance (one file each). A new kind
    /// of fact joins one of these folds or adds its own here.
    private mutating func fold(_ entry: JournalEntry) {
        let at = max(entry.at, lastFactAt ?? entry.at)
        lastFactAt = at
        _ = foldAgenda(entry.fact, at: at) || foldBoard(entry, at: at) || foldAttendance(entry.fact)
            || foldPriorities(entry.fact) || foldRating(entry.fact)
    }

    // MARK: - Looking up

    /// Whether `name` is someone of the plan or a walk-in.
    public func isPerson(_ name: String) -> Bool {
        plan.people.contains { $0.name == name } || walkIns.contains { $0.name == name }
    }

    /// The post-it with this identity.
    public func postIt(_ id: String) -> PostIt? { board.postIt(id) }

    public func index(of id: BlockID) -> Int? { agenda.firstIndex { $0.id == id } }

    public func item(_ id: BlockID) -> AgendaItem? { agenda.first { $0.id == id } }

    public var current: AgendaItem? { currentID.flatMap(item) }

    public var currentIndex: Int? { currentID.flatMap(index) }

    public var hasStarted: Bool { dayStartedAt != nil }

    public var hasEnded: Bool { dayEndedAt != nil }

    public func status(of id: BlockID) -> BlockStatus {
        if id == currentID { return .current }
        if runs[id] != nil { return .done }
        guard let i = index(of: id) else { return .skipped }
        if hasEnded { return .skipped }
        if let c = currentIndex, i < c { return .skipped }
        return .pending
    }

    /// The blocks skipped so far: passed over without running (or left when the day ended).
    public var skippedBlocks: Set<BlockID> {
        Set(agenda.filter { status(of: $0.id) == .skipped }.map(\.id))
    }

    /// The first block after the current one (or the first block, before the day starts).
    public var nextItem: AgendaItem? {
        guard let c = currentIndex else {
            return hasEnded ? nil : agenda.first { runs[$0.id] == nil }
        }
        return agenda[(c + 1)...].first
    }
}

/// What a state folded once knows of the journal's `undone` facts (see `SessionState.init(plan:rehearsal:foldingOnceWith:)`).
struct FoldOnce: Sendable {
    /// Each fact an `undone` names → the last `undone` that names it.
    var undoneBy: [Int64: Int64] = [:]
    /// The `undone` facts read beforehand.
    var known: Set<Int64> = []
    /// The latest time of any fact so far, left out or not (a refold keeps it).
    var latest: Date?
    /// An `undone` fact came that was not read beforehand.
    var missedUndo = false
}
