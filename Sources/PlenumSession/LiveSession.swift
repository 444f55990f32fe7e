import Foundation
import PlenumCore
import PlenumStore

/// An open session: its journal (a file, a server, or memory), the plan as run, and the state
/// folded from the journal, kept up to date with facts from other terminals. The one place where
/// an intent becomes facts, is written, and is folded in: every command, test and benchmark that
/// changes a session goes through `perform` (or `record`, for facts made elsewhere).
public final class LiveSession {
    /// The session's journal, wherever it is kept.
    public private(set) var store: any SessionJournal
    public let info: SessionInfo
    public let clock: SessionClock
    public private(set) var state: SessionState
    /// This machine's clock; `now()` adds the journal's offset to it.
    private let localClock: WallClock
    /// When this process last wrote (as stored, to the millisecond).
    private var lastWrite: Date?
    /// Whether each write gets its own millisecond (see `record`). Off only where a hand-set clock
    /// writes several changes at one instant and wants them stamped exactly then (screen tests).
    public var keepsWritesApart = true
    private var steady = SteadyNow()
    /// An append whose outcome is unknown (a dropped connection): saved again with the same id, so
    /// that the retry of the same facts is written once whether or not the first one arrived.
    private var unsure: (facts: [Fact], id: UUID)?
    /// The seating used to fix a starting block's groups when the caller brings none.
    private lazy var ownSeating = StartingGroups.onTheSpot(SeatingCache(seed: info.seed))

    /// Folds `journal` (any kind; tests use a `MemoryJournal`) with the plan it stores, read in the
    /// session's own language (older files: `defaultLanguage`), so every terminal reads it alike.
    /// `keepsJournal` false folds it once for reading (an export): its facts are not kept beside
    /// the state, so it cannot undo or perform.
    public init(journal: any SessionJournal, defaultLanguage: Language, keepsJournal: Bool = true,
                localClock: @escaping WallClock = { Date() }) throws(JournalError) {
        let info = try journal.info()
        let outcome = PlanLoader.load(text: info.planSource, defaultLanguage: info.language ?? defaultLanguage)
        guard let plan = outcome.plan else {
            let first = outcome.diagnostics.errors.first?.message
            throw JournalError.said { $0.planCannotRun(journal.locator, first) }
        }
        self.store = journal
        self.info = info
        self.localClock = localClock
        self.clock = SessionClock(day: info.day, timeZone: TimeZone(identifier: info.timeZone) ?? .current)
        self.state = keepsJournal ? SessionState(plan: plan, rehearsal: info.rehearsal)
            : SessionState(plan: plan, rehearsal: info.rehearsal, foldingOnceWith: try journal.undoFacts())
        let facts = Int(journal.lastSeq())
        state.reserveCapacity(facts: facts)
        try refresh(force: true)
        if state.missedUndo {
            // An undo was written while the journal was read: fold it again, keeping it.
            state = SessionState(plan: plan, rehearsal: info.rehearsal)
            state.reserveCapacity(facts: facts)
            try refresh(force: true)
        }
    }

    /// Opens a session where `location` keeps it and folds its journal.
    public static func open(_ location: SessionLocation, readOnly: Bool = false, keepsJournal: Bool = true,
                            password: ServerPassword, defaultLanguage: Language,
                            localClock: @escaping WallClock = { Date() }) throws(JournalError) -> LiveSession {
        let journal = try location.open(readOnly: readOnly, password: password, localClock: localClock)
        return try LiveSession(journal: journal, defaultLanguage: defaultLanguage, keepsJournal: keepsJournal, localClock: localClock)
    }

    /// Makes a new session at `location` for `planSource` (already checked) and opens it;
    /// `language` is the plan's as loaded, fixed for the session from now on.
    public static func create(at location: SessionLocation, planSource: String, planFile: String, language: Language,
                              rehearsal: Rehearsal?, now: Date, password: ServerPassword,
                              localClock: @escaping WallClock = { Date() }) throws(JournalError) -> LiveSession {
        let info = newInfo(planSource: planSource, planFile: planFile, language: language, rehearsal: rehearsal, now: now)
        let journal = try location.create(info: info, password: password, localClock: localClock)
        return try LiveSession(journal: journal, defaultLanguage: language, localClock: localClock)
    }

    /// What a new session fixes when it is made: the plan as run, its day and zone (this
    /// machine's), and the seating's seed (the plan's own, or derived from its text, so the day is
    /// seated exactly as `plenum groups PLAN` printed it beforehand).
    public static func newInfo(planSource: String, planFile: String, language: Language, rehearsal: Rehearsal?,
                               now: Date, zone: TimeZone = .current) -> SessionInfo {
        let plan = PlanLoader.load(text: planSource, defaultLanguage: language).plan
        let seed = plan?.seatingSeed(source: planSource) ?? UInt64.random(in: 1...UInt64(Int64.max))
        return SessionInfo(planSource: planSource, planFile: planFile, day: SessionClock.day(of: now, in: zone),
                           timeZone: zone.identifier, createdAt: now, seed: seed, language: language, rehearsal: rehearsal)
    }

    /// Folds in facts other terminals wrote (cheap when nothing changed), in place.
    public func refresh(force: Bool = false) throws(JournalError) {
        guard force || store.hasChangedElsewhere() else { return }
        // Folded as they are read, in place: no list of every fact besides the state's own.
        try store.forEachEntry(after: state.lastSeq) { entry in state.apply(entry) }
    }

    /// A session opened read-only (the file or its folder could not be written) is opened again
    /// for writing if that has become possible; true when it can be written now.
    public func becomeWritable() -> Bool {
        guard store.isReadOnly else { return true }
        return (store as? SessionFileJournal)?.becomeWritable() ?? false
    }

    /// Does what the facilitator asked, once: the engine's facts (with the groups of a block that
    /// starts fixed, seated by `seating` or on the spot), written and folded in; the refusal when
    /// the engine refuses. An undo first reads what other consoles wrote a moment ago.
    public func perform(_ intent: Intent, actor: String, at time: Date? = nil,
                        seating: ((SessionState) -> SeatingCache)? = nil) throws(JournalError) -> Refusal? {
        if intent == .undo || intent == .reopenDay { try? refresh(force: true) }
        let now = time ?? self.now()
        switch Engine.facts(for: intent, in: state, now: now) {
        case .failure(let refusal):
            return refusal
        case .success(let facts):
            let all = StartingGroups.fixing(facts, in: state, now: now, actor: actor, seating: seating ?? ownSeating)
            if !all.isEmpty { try record(all, actor: actor, at: now) }
            return nil
        }
    }

    /// Does what a notetaker at `desk` asked: all the intents in one commit, or none of them (the
    /// first refusal is returned and nothing is written).
    public func perform(_ intents: [NoteIntent], at desk: NoteDesk, at time: Date? = nil) throws(JournalError) -> NoteRefusal? {
        let now = time ?? self.now()
        var facts: [Fact] = []
        for intent in intents {
            switch NoteEngine.facts(for: intent, at: desk, in: state, now: now) {
            case .success(let more): facts += more
            case .failure(let refusal): return refusal
            }
        }
        if !facts.isEmpty { try record(facts, actor: desk.author, at: now) }
        return nil
    }

    /// Writes facts (durable) and folds them in; the screen shows them only after this returns.
    public func record(_ facts: [Fact], actor: String, at now: Date) throws(JournalError) {
        // Each write of this process gets its own millisecond, so that the facts one key wrote
        // together (one change, for undo) are told apart from the next key's.
        var at = now
        if keepsWritesApart, let last = lastWrite, at.journalMilliseconds <= last.journalMilliseconds {
            at = last.addingTimeInterval(0.001)
        }
        let id = unsure.flatMap { $0.facts == facts ? $0.id : nil } ?? UUID()
        let written: [JournalEntry]
        do {
            written = try store.append(facts, actor: actor, at: at, id: id)
            unsure = nil
        } catch {
            unsure = error.mayRetry ? (facts, id) : nil
            throw error
        }
        lastWrite = written.last?.at ?? lastWrite
        try? refresh(force: true)
        // Folded only right after what is already folded: never past a fact that cannot be read.
        if let first = written.first, first.seq == state.lastSeq + 1 { state.apply(written) }
    }

    /// The session's now: this machine's clock plus the journal's offset (on a server, the
    /// server's clock as measured when connecting), never going back (see `SteadyNow`).
    public func now() -> Date {
        var uptime = timespec()
        clock_gettime(CLOCK_BOOTTIME, &uptime)
        return steady.now(wall: localClock().addingTimeInterval(store.clockOffset),
                          steady: TimeInterval(uptime.tv_sec) + TimeInterval(uptime.tv_nsec) / 1e9,
                          notBefore: state.lastFactAt)
    }
}

