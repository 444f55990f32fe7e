import Foundation
import PlenumCore
import PlenumSession
import PlenumStore

/// An open session: its journal (a file or a server), the plan as run, and the state folded from
/// the journal, kept up to date with facts from other terminals.
final class LiveSession {
    /// The session's journal, wherever it is kept.
    private(set) var store: any SessionJournal
    let info: SessionInfo
    let clock: SessionClock
    private(set) var state: SessionState
    /// When this process last wrote (as stored, to the millisecond).
    private var lastWrite: Date?
    private var steady = SteadyNow()
    /// An append whose outcome is unknown (a dropped connection): saved again with the same id, so
    /// that the retry of the same facts is written once whether or not the first one arrived.
    private var unsure: (facts: [Fact], id: UUID)?

    private init(store: any SessionJournal, info: SessionInfo, plan: Plan) {
        self.store = store
        self.info = info
        self.clock = SessionClock(day: info.day, timeZone: TimeZone(identifier: info.timeZone) ?? .current)
        self.state = SessionState(plan: plan, rehearsal: info.rehearsal)
    }

    /// Opens a session (a file's path, or a server URL) and folds its journal; refuses (exit 2)
    /// anything that is not one.
    static func open(path: String, readOnly: Bool = false) throws -> LiveSession {
        let store: any SessionJournal
        let info: SessionInfo
        do {
            store = try SessionLocation(path, defaultUser: Identity.actor).open(readOnly: readOnly, password: Prompt.password)
            info = try store.info()
        } catch {
            throw UserError(error.message(Environment.language))
        }
        // The session's own language, so every terminal reads the plan alike (older files: the terminal's).
        let outcome = PlanLoader.load(text: info.planSource, defaultLanguage: info.language ?? Environment.language)
        guard let plan = outcome.plan else {
            let first = outcome.diagnostics.errors.first?.message ?? "it cannot be read"
            throw UserError("the plan stored in \(path) cannot be run: \(first)")
        }
        let session = LiveSession(store: store, info: info, plan: plan)
        let facts = Int(store.lastSeq())
        session.state.reserveCapacity(facts: facts)
        try session.refresh(force: true)
        return session
    }

    /// Creates a new session file for `planSource` (already checked) and opens it; `language` is the
    /// plan's as loaded (its own, or the one it was loaded with), fixed for the session from now on.
    static func create(at path: String, planSource: String, planFile: String, language: Language,
                       rehearsal: Rehearsal?, now: Date = Date()) throws -> LiveSession {
        let zone = TimeZone.current
        let info = SessionInfo(planSource: planSource, planFile: planFile, day: SessionClock.day(of: now, in: zone),
                               timeZone: zone.identifier, createdAt: now, seed: seed(planSource, language: language),
                               language: language, rehearsal: rehearsal)
        do {
            _ = try SessionLocation(path, defaultUser: Identity.actor).create(info: info, password: Prompt.password)
        } catch {
            throw UserError(error.message(language))
        }
        return try LiveSession.open(path: path)
    }

    /// The seating's seed of a new session: the plan's own (its `seed`, or derived from its text),
    /// so the day is seated exactly as `plenum groups PLAN` printed it beforehand.
    private static func seed(_ planSource: String, language: Language) -> UInt64 {
        let plan = PlanLoader.load(text: planSource, defaultLanguage: language).plan
        return plan?.seatingSeed(source: planSource) ?? UInt64.random(in: 1...UInt64(Int64.max))
    }

    /// Folds in facts other terminals wrote (cheap when nothing changed), in place.
    func refresh(force: Bool = false) throws {
        guard force || store.hasChangedElsewhere() else { return }
        do {
            // Folded as they are read, in place: no list of every fact besides the state's own.
            try store.forEachEntry(after: state.lastSeq) { entry in state.apply(entry) }
        } catch {
            throw UserError(error.message(state.plan.language))
        }
    }

    /// A session opened read-only (the file or its folder could not be written) is opened again
    /// for writing if that has become possible; true when it can be written now.
    func becomeWritable() -> Bool {
        guard store.isReadOnly else { return true }
        return (store as? SessionFileJournal)?.becomeWritable() ?? false
    }

    /// Writes facts (fsync'ed) and folds them in; the screen shows them only after this returns.
    func record(_ facts: [Fact], actor: String, at now: Date) throws(JournalError) {
        // Each write of this process gets its own millisecond, so that the facts one key wrote
        // together (one change, for undo) are told apart from the next key's.
        var at = now
        if let last = lastWrite, (at.timeIntervalSince1970 * 1000).rounded() <= (last.timeIntervalSince1970 * 1000).rounded() {
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

    /// The session's now: the wall clock (on a server, the server's, measured when connecting),
    /// but never going back (see `SteadyNow`).
    func now() -> Date {
        var uptime = timespec()
        clock_gettime(CLOCK_BOOTTIME, &uptime)
        return steady.now(wall: Date().addingTimeInterval(store.clockOffset), steady: TimeInterval(uptime.tv_sec) + TimeInterval(uptime.tv_nsec) / 1e9,
                          notBefore: state.lastFactAt)
    }
}

/// Who is acting: the login name, for the journal's `actor`.
enum Identity {
    static var actor: String {
        let env = ProcessInfo.processInfo.environment
        if let name = env["USER"] ?? env["LOGNAME"], !name.isEmpty { return name }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "plenum"
    }
}

/// Where session files live by default: `sessions/<date>-<slug>.plenum`, folder mode 0700.
enum SessionPaths {
    static func defaultPath(title: String, day: PlanDate, folder: String = "sessions") -> String {
        "\(folder)/\(day)-\(slug(title)).plenum"
    }

    /// "Bootcamp: Fremtidens kommune" → "bootcamp-fremtidens-kommune".
    static func slug(_ title: String) -> String { Slug.of(title) }

    /// `path` if no file has that name, else the first free of `NAME-2.plenum`, `NAME-3.plenum` …
    /// (a name with a leftover `-wal` file counts as taken: SQLite would read it into a new file).
    static func unused(like path: String) -> String {
        let base = (path as NSString).deletingPathExtension
        let ext = (path as NSString).pathExtension
        func taken(_ p: String) -> Bool {
            FileManager.default.fileExists(atPath: p) || FileManager.default.fileExists(atPath: p + "-wal")
        }
        guard taken(path) else { return path }
        var n = 2
        while taken("\(base)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")) { n += 1 }
        return "\(base)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")
    }

    /// Makes the folder of `path` (mode 0700) if it is missing.
    static func ensureFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw UserError("cannot make the folder \(folder): \(error.localizedDescription)")
        }
    }
}
