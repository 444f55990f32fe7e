import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB
import PlenumCore

/// One session file: an SQLite database (WAL, synchronous=FULL, mode 0600) holding the plan as
/// run and an append-only journal of facts. Any number of processes may open the same file.
public final class SessionStore {
    public static let schemaVersion = 1

    public let path: String
    public let isReadOnly: Bool
    let queue: DatabaseQueue
    private var lastDataVersion: Int?

    init(path: String, readOnly: Bool, queue: DatabaseQueue) {
        self.path = path
        self.isReadOnly = readOnly
        self.queue = queue
    }

    /// Creates a new session file (it must not exist) with the plan as run and, for `recover`, facts
    /// carried over from another file (with their own times and authors). The file is made whole
    /// under a hidden name and then linked into place, so that a stage or a notetaker waiting for
    /// it never sees it half made.
    public static func create(at path: String, info: SessionInfo, entries: [JournalEntry] = []) throws(StoreError) -> SessionStore {
        if FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + "." + (path as NSString).lastPathComponent + ".new-\(getpid())"
        unlink(temporary)
        let fd = systemOpen(temporary, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        if fd < 0 { throw .cannotWrite(path, .system(String(cString: strerror(errno)))) }
        close(fd)
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) } }
        do {
            // The schema is written in rollback mode, straight into the file, so that its header
            // (application id, version) is on disk before the file switches to WAL for good.
            let setup = try makeQueue(temporary, readOnly: false, wal: false)
            try migrator.migrate(setup)
            try setup.write { db in
                try db.execute(sql: "INSERT INTO plenum_plan (id, source) VALUES (1, ?)", arguments: [info.planSource])
                var pairs: [(String, String)] = [
                    ("plan_file", info.planFile), ("day", info.day.description), ("time_zone", info.timeZone),
                    ("created_at", String(Int64(info.createdAt.timeIntervalSince1970 * 1000))), ("seed", String(info.seed)),
                ]
                if let language = info.language { pairs.append(("language", language.rawValue)) }
                if let rehearsal = info.rehearsal { pairs.append(("rehearsal_shift_minutes", String(rehearsal.shiftMinutes))) }
                for (key, value) in pairs {
                    try db.execute(sql: "INSERT INTO plenum_info (key, value) VALUES (?, ?)", arguments: [key, value])
                }
                for entry in entries { _ = try insert(entry.fact, actor: entry.actor, at: entry.at, into: db) }
            }
            try setup.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try setup.close()
        } catch {
            throw .cannotWrite(path, describe(error))
        }
        if link(temporary, path) != 0 {
            if errno == EEXIST { throw .exists(path) }
            // A file system without hard links: nothing was there a moment ago.
            if rename(temporary, path) != 0 { throw .cannotWrite(path, .system(String(cString: strerror(errno)))) }
        }
        let folderFD = systemOpen(folder.isEmpty ? "." : folder, O_RDONLY)
        if folderFD >= 0 { fsync(folderFD); close(folderFD) }
        do {
            return try SessionStore(path: path, readOnly: false, queue: makeQueue(path, readOnly: false))
        } catch {
            throw .cannotWrite(path, describe(error))
        }
    }

    /// Opens an existing session file; refuses (unchanged) anything that is not a sound plenum session.
    public static func open(at path: String, readOnly: Bool = false) throws(StoreError) -> SessionStore {
        try SessionFileHeader.validate(path, newestVersion: schemaVersion)
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let writable = !readOnly && access(path, W_OK) == 0 && access(folder, W_OK) == 0
        let queue: DatabaseQueue
        do {
            // Checked through a read-only connection: a file we refuse is never written to. SQLite
            // reads a WAL file's committed pages from the -wal, so a file left by a crash or a full
            // disk in the middle of a checkpoint opens with everything that was committed.
            let checker = try readingQueue(path)
            let (appID, version) = try checker.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
            }
            guard UInt32(truncatingIfNeeded: appID) == SessionFileHeader.applicationID else { throw StoreError.notASession(path) }
            if version > schemaVersion { throw StoreError.newerVersion(path, version) }
            let check = try checker.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
            guard check == "ok" else {
                throw StoreError.damaged(path, SessionFileHeader.damage(path, sqliteSays: .system(check ?? "quick_check failed")))
            }
            let tables = try checker.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            guard Set(tables).isSuperset(of: ["plenum_info", "plenum_plan", "journal"]) else {
                throw StoreError.notASession(path)
            }
            if writable {
                try checker.close()
                queue = try makeQueue(path, readOnly: false)
            } else {
                queue = checker
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw openingError(path, error)
        }
        return SessionStore(path: path, readOnly: !writable, queue: queue)
    }

    /// A read-only connection that has read the schema. A session file alone on read-only media
    /// (copied without its -wal) cannot get the -shm file SQLite wants beside it; with no -wal
    /// there is nothing left to recover, so it is read as it is (SQLite's `immutable`).
    static func readingQueue(_ path: String) throws -> DatabaseQueue {
        do {
            let queue = try makeQueue(path, readOnly: true)
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN
                    && !FileManager.default.fileExists(atPath: path + "-wal") {
            let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            let queue = try makeQueue("file:" + escaped + "?immutable=1", readOnly: true)
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
    }

    /// Only what is wrong inside the file is damage; a full disk, a lock or a read-only folder is not.
    static func openingError(_ path: String, _ error: Error) -> StoreError {
        guard let db = error as? DatabaseError else { return .cannotOpen(path, describe(error)) }
        switch db.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damaged(path, SessionFileHeader.damage(path, sqliteSays: .sqliteCannotRead))
        case .SQLITE_CANTOPEN where FileManager.default.fileExists(atPath: path + "-wal"):
            return .cannotOpen(path, .walInReadOnlyFolder)
        default:
            return .cannotOpen(path, describe(error))
        }
    }

    static func makeQueue(_ path: String, readOnly: Bool, wal: Bool = true) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.label = "plenum-session"
        if !readOnly {
            // Not `config.journalMode = .wal`: GRDB then sets synchronous=NORMAL after
            // prepareDatabase, and a commit is no longer fsync'ed. WAL is a property of the file
            // (set once by `create`); FULL makes every commit reach the disk before it returns.
            config.prepareDatabase { db in
                if wal { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        return try DatabaseQueue(path: path, configuration: config)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE plenum_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE plenum_plan (id INTEGER PRIMARY KEY CHECK (id = 1), source TEXT NOT NULL);
                CREATE TABLE journal (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    at_ms INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    type TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                PRAGMA application_id = \(Int32(bitPattern: SessionFileHeader.applicationID));
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }

    static func describe(_ error: Error) -> StoreReason {
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_READONLY: return .readOnly
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damagedFile
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
            case .SQLITE_IOERR: return .diskError
            default: return .system(db.message ?? "\(db.resultCode)")
            }
        }
        return .system("\(error)")
    }

    // MARK: - Reading

    /// The writing connection's `PRAGMA synchronous` (2 is FULL): for tests that hold us to fsync.
    func synchronousSetting() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }


    public func info() throws(StoreError) -> SessionInfo {
        do {
            return try queue.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM plenum_info")
                var values: [String: String] = [:]
                for row in rows {
                    if let key = String.fromDatabaseValue(row[0]), let value = String.fromDatabaseValue(row[1]) { values[key] = value }
                }
                let stored = try DatabaseValue.fetchOne(db, sql: "SELECT source FROM plenum_plan WHERE id = 1")
                let source = stored.flatMap(String.fromDatabaseValue) ?? ""
                let dayParts = (values["day"] ?? "").split(separator: "-").compactMap { Int($0) }
                guard dayParts.count == 3 else { throw StoreError.damaged(path, .noSessionDay) }
                return SessionInfo(
                    planSource: source, planFile: values["plan_file"] ?? "",
                    day: PlanDate(year: dayParts[0], month: dayParts[1], day: dayParts[2]),
                    timeZone: values["time_zone"] ?? "UTC",
                    createdAt: Date(timeIntervalSince1970: (Double(values["created_at"] ?? "0") ?? 0) / 1000),
                    seed: UInt64(values["seed"] ?? "0") ?? 0,
                    language: values["language"].flatMap(Language.init(rawValue:)),
                    rehearsal: values["rehearsal_shift_minutes"].flatMap(Int.init).map(Rehearsal.init(shiftMinutes:)))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .damaged(path, Self.describe(error))
        }
    }

    /// The sequence number of the newest fact (0 for an empty journal): an upper bound on how many
    /// facts there are to read.
    public func lastSeq() -> Int64 {
        (try? queue.read { db in try Int64.fetchOne(db, sql: "SELECT max(seq) FROM journal") }) ?? 0
    }

    /// Whether another connection has committed since the last call (cheap: PRAGMA data_version).
    public func hasChangedElsewhere() -> Bool {
        let version = try? queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
        defer { lastDataVersion = version ?? lastDataVersion }
        guard let version, let last = lastDataVersion else { return lastDataVersion == nil }
        return version != last
    }

    // MARK: - Writing

    /// Appends facts in one transaction and returns them as entries once they are on disk
    /// (synchronous=FULL: the commit is fsync'ed before this returns).
    @discardableResult
    public func append(_ facts: [Fact], actor: String, at date: Date) throws(StoreError) -> [JournalEntry] {
        guard !isReadOnly else { throw .cannotWrite(path, .readOnly) }
        guard !facts.isEmpty else { return [] }
        let stamp = Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
        var written: [JournalEntry] = []
        do {
            try queue.inTransaction(.immediate) { db in
                written = []
                for fact in facts {
                    written.append(JournalEntry(seq: try Self.insert(fact, actor: actor, at: stamp, into: db), at: stamp, actor: actor, fact: fact))
                }
                return .commit
            }
            return written
        } catch {
            throw .cannotWrite(path, Self.describe(error))
        }
    }

    /// Writes one fact to the journal; its sequence number.
    private static func insert(_ fact: Fact, actor: String, at date: Date, into db: Database) throws -> Int64 {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        try db.execute(sql: "INSERT INTO journal (at_ms, actor, type, payload) VALUES (?, ?, ?, ?)",
                       arguments: [ms, actor, fact.type, FactCoding.payload(fact).rendered(pretty: false)])
        return db.lastInsertedRowID
    }
}
