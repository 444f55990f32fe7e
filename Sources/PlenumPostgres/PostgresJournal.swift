import Foundation
import PlenumCore
import PostgresNIO

/// A session's journal on a PostgreSQL server: what lets notetakers write from their own laptops.
/// Appends are numbered by the session's counter row (gapless, in commit order), stamped with the
/// server's clock, durable on return (`synchronous_commit = on`) and exactly-once per append id;
/// other terminals learn of them by LISTEN/NOTIFY, not by polling the table.
public final class PostgresJournal: SessionJournal {
    public let stampsWithOwnClock = true
    public let remembersAppendIDs = true
    public let isReadOnly = false
    /// The server's clock minus this machine's, measured on every new connection (half the round
    /// trip counted): what every terminal adds to its own clock so all show the same countdown.
    public var clockOffset: TimeInterval { link.clockOffset }
    private let link: ServerLink
    private let name: String

    private init(link: ServerLink, name: String) {
        self.link = link
        self.name = name
    }

    public var locator: String { link.locator.description }

    /// Opens a session that exists on the server.
    public static func open(_ locator: PostgresLocator, password: String?,
                            localClock: @escaping WallClock = { Date() }) throws(JournalError) -> PostgresJournal {
        let journal = try connect(locator, password: password, localClock: localClock)
        _ = try journal.info()
        return journal
    }

    /// Makes a new session on the server (its name must be free) and opens it.
    public static func create(_ locator: PostgresLocator, password: String?, info: SessionInfo,
                              localClock: @escaping WallClock = { Date() }) throws(JournalError) -> PostgresJournal {
        let journal = try connect(locator, password: password, localClock: localClock)
        let name = journal.name
        let inserted = try journal.link.run(.makeSession) { connection in
            let rows = try await connection.query("""
                INSERT INTO plenum_session (name, plan_source, plan_file, day, time_zone, created_at_ms, seed, language, rehearsal_shift_minutes)
                VALUES (\(name), \(info.planSource), \(info.planFile), \(info.day.description), \(info.timeZone),
                        \(info.createdAt.journalMilliseconds), \(Int64(bitPattern: info.seed)), \(info.language?.rawValue),
                        \(info.rehearsal?.shiftMinutes))
                ON CONFLICT (name) DO NOTHING RETURNING name
                """, logger: ServerLink.logger)
            var count = 0
            for try await _ in rows { count += 1 }
            return count
        }
        guard inserted == 1 else {
            let session = locator.description
            throw JournalError.server { $0.sessionExists(session) }
        }
        return journal
    }

    /// Whether the session the locator names is on the server.
    public static func exists(_ locator: PostgresLocator, password: String?) throws(JournalError) -> Bool {
        try list(locator, password: password).contains { $0.name == locator.session }
    }

    /// The sessions on a server, oldest first: name, day, plan file and how many facts each holds.
    public static func list(_ locator: PostgresLocator, password: String?) throws(JournalError) -> [(name: String, day: String, planFile: String, facts: Int64)] {
        let link = ServerLink(locator: locator, password: password)
        defer { link.close() }
        try PostgresSchema.require(link)
        return try link.run(.listSessions) { connection in
            var sessions: [(name: String, day: String, planFile: String, facts: Int64)] = []
            let rows = try await connection.query(
                "SELECT name, day, plan_file, last_seq FROM plenum_session ORDER BY created_at_ms, name", logger: ServerLink.logger)
            for try await (name, day, file, facts) in rows.decode((String, String, String, Int64).self) {
                sessions.append((name, day, file, facts))
            }
            return sessions
        }
    }

    /// The server's clock minus `localClock`, measured on a connection of its own: what a new
    /// session's day and rehearsal are reckoned by, so they agree with the server's stamps.
    public static func clockOffset(_ locator: PostgresLocator, password: String?,
                                   localClock: @escaping WallClock = { Date() }) throws(JournalError) -> TimeInterval {
        let link = ServerLink(locator: locator, password: password, localClock: localClock)
        defer { link.close() }
        try PostgresSchema.require(link)
        return link.clockOffset
    }

    private static func connect(_ locator: PostgresLocator, password: String?, localClock: @escaping WallClock) throws(JournalError) -> PostgresJournal {
        guard let name = locator.session else {
            let server = locator.description
            throw JournalError.server { $0.namesNoSession(server) }
        }
        let link = ServerLink(locator: locator, password: password, localClock: localClock)
        try PostgresSchema.require(link)
        return PostgresJournal(link: link, name: name)
    }

    public func info() throws(JournalError) -> SessionInfo {
        let name = name
        let row = try link.run(.readSession) { connection in
            let rows = try await connection.query("""
                SELECT plan_source, plan_file, day, time_zone, created_at_ms, seed, language, rehearsal_shift_minutes
                FROM plenum_session WHERE name = \(name)
                """, logger: ServerLink.logger)
            var found: (String, String, String, String, Int64, Int64, String?, Int?)?
            for try await values in rows.decode((String, String, String, String, Int64, Int64, String?, Int?).self) {
                found = values
            }
            return found
        }
        guard let (source, file, day, zone, created, seed, language, shift) = row else {
            let server = link.locator.with(session: nil).description
            throw JournalError.server { $0.noSuchSession(name, on: server) }
        }
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else {
            let session = "\(locator)"
            throw JournalError.server { $0.sessionHasNoDay(session) }
        }
        return SessionInfo(planSource: source, planFile: file, day: PlanDate(year: parts[0], month: parts[1], day: parts[2]),
                           timeZone: zone, createdAt: Date(journalMilliseconds: created), seed: UInt64(bitPattern: seed),
                           language: language.flatMap(Language.init(rawValue:)), rehearsal: shift.map(Rehearsal.init(shiftMinutes:)))
    }

    public func entries(after seq: Int64) throws(JournalError) -> [JournalEntry] {
        try read { connection, name in
            try await connection.query(
                "SELECT seq, at_ms, actor, type, payload FROM plenum_journal WHERE session = \(name) AND seq > \(seq) ORDER BY seq",
                logger: ServerLink.logger)
        }
    }

    public func undoFacts() throws(JournalError) -> [JournalEntry] {
        try read { connection, name in
            try await connection.query(
                "SELECT seq, at_ms, actor, type, payload FROM plenum_journal WHERE session = \(name) AND type = 'undone' ORDER BY seq",
                logger: ServerLink.logger)
        }
    }

    /// The entries a query of the journal's columns (seq, at_ms, actor, type, payload) returns.
    private func read(_ query: @escaping @Sendable (PostgresConnection, String) async throws -> PostgresRowSequence) throws(JournalError) -> [JournalEntry] {
        let name = name
        let rows = try link.run(.readJournal) { connection in
            var rows: [(Int64, Int64, String, String, String)] = []
            let result = try await query(connection, name)
            for try await row in result.decode((Int64, Int64, String, String, String).self) { rows.append(row) }
            return rows
        }
        return rows.compactMap { seq, ms, actor, type, payload in
            guard let fact = try? FactCoding.fact(type: type, payload: payload) else { return nil }
            return JournalEntry(seq: seq, at: Date(journalMilliseconds: ms), actor: actor, fact: fact)
        }
    }

    public func hasChangedElsewhere() -> Bool {
        link.takeChange()
    }

    public func lastSeq() -> Int64 {
        let name = name
        return (try? link.run(.readJournal) { connection in
            var last: Int64 = 0
            for try await value in try await connection.query(
                "SELECT last_seq FROM plenum_session WHERE name = \(name)", logger: ServerLink.logger).decode(Int64.self) {
                last = value
            }
            return last
        }) ?? 0
    }

    @discardableResult
    public func append(_ facts: [Fact], actor: String, at proposed: Date, id: UUID) throws(JournalError) -> [JournalEntry] {
        guard !facts.isEmpty else { return [] }
        let name = name
        let types = facts.map(\.type)
        let payloads = facts.map { FactCoding.payload($0).rendered(pretty: false) }
        let numbered = try link.run(.save) { connection in
            var numbered: [(Int64, Int64)] = []
            let rows = try await connection.query(
                "SELECT out_seq, out_at_ms FROM plenum_append(\(name), \(id), \(actor), \(types), \(payloads))", logger: ServerLink.logger)
            for try await row in rows.decode((Int64, Int64).self) { numbered.append(row) }
            return numbered
        }
        guard numbered.count == facts.count else {
            let (session, answered, sent) = ("\(locator)", numbered.count, facts.count)
            throw JournalError.server { $0.appendMismatch(session, answered: answered, sent: sent) }
        }
        return zip(numbered, facts).map { JournalEntry(seq: $0.0, at: Date(journalMilliseconds: $0.1), actor: actor, fact: $1) }
    }

    /// Writes entries exactly as they are (numbers, stamps, actors) into this session, which must
    /// be empty: how `plenum copy` brings a day from a file to the server.
    public func importEntries(_ entries: [JournalEntry]) throws(JournalError) {
        guard !entries.isEmpty else { return }
        let name = name
        let seqs = entries.map(\.seq), stamps = entries.map { $0.at.journalMilliseconds }, actors = entries.map(\.actor)
        let types = entries.map(\.fact.type), payloads = entries.map { FactCoding.payload($0.fact).rendered(pretty: false) }
        try link.run(.copyJournal) { connection in
            try await connection.query("BEGIN", logger: ServerLink.logger)
            do {
                var last: Int64 = -1
                for try await value in try await connection.query(
                    "SELECT last_seq FROM plenum_session WHERE name = \(name) FOR UPDATE", logger: ServerLink.logger).decode(Int64.self) {
                    last = value
                }
                guard last == 0 else { throw JournalError.server { $0.sessionNotEmpty(name) } }
                try await connection.query("""
                    INSERT INTO plenum_journal (session, seq, at_ms, actor, type, payload, append_id)
                    SELECT \(name), u.s, u.a, u.w, u.t, u.p, gen_random_uuid()
                    FROM unnest(\(seqs)::bigint[], \(stamps)::bigint[], \(actors)::text[], \(types)::text[], \(payloads)::text[]) AS u(s, a, w, t, p)
                    """, logger: ServerLink.logger)
                try await connection.query("""
                    UPDATE plenum_session SET last_seq = \(seqs.max() ?? 0), last_at_ms = \(stamps.max() ?? 0) WHERE name = \(name)
                    """, logger: ServerLink.logger)
                try await connection.query("SELECT pg_notify('plenum_journal', \(name))", logger: ServerLink.logger)
                try await connection.query("COMMIT", logger: ServerLink.logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: ServerLink.logger)
                throw error
            }
        }
    }

    /// Drops the connection (a later call connects again).
    public func close() {
        link.close()
    }
}

extension PostgresJournal {
    /// The server process serving this journal's connection (for tests of a dropped network).
    func backendPID() throws(JournalError) -> Int32 {
        try link.run(.readConnection) { connection in
            var pid: Int32 = 0
            for try await value in try await connection.query("SELECT pg_backend_pid()", logger: ServerLink.logger).decode(Int32.self) {
                pid = value
            }
            return pid
        }
    }

    /// The server's clock now (for the tests of a laptop whose own clock is off).
    func serverNow() throws(JournalError) -> Date {
        let ms = try link.run(.readClock) { connection in
            var ms: Int64 = 0
            for try await value in try await connection.query(
                "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint", logger: ServerLink.logger).decode(Int64.self) {
                ms = value
            }
            return ms
        }
        return Date(journalMilliseconds: ms)
    }

    /// Whether this journal's connection is encrypted, as the server sees it (for the TLS tests).
    func isEncrypted() throws(JournalError) -> Bool {
        try link.run(.readConnection) { connection in
            var ssl = false
            for try await value in try await connection.query(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: ServerLink.logger).decode(Bool.self) {
                ssl = value
            }
            return ssl
        }
    }

    /// Runs one statement as it is (for tests that set up the server).
    func execute(_ sql: String) throws(JournalError) {
        try link.run(.readConnection) { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: ServerLink.logger)
        }
    }

    /// A setting as this journal's connection has it (for tests).
    func setting(_ name: String) throws(JournalError) -> String {
        try link.run(.readConnection) { connection in
            var value = ""
            for try await found in try await connection.query(PostgresQuery(unsafeSQL: "SHOW \(name)"), logger: ServerLink.logger)
                .decode(String.self) {
                value = found
            }
            return value
        }
    }

    /// Ends another connection, as a dropped network or a restarted server would (for tests).
    func terminate(backend pid: Int32) throws(JournalError) {
        try link.run(.endConnection) { connection in
            _ = try await connection.query("SELECT pg_terminate_backend(\(pid))", logger: ServerLink.logger)
        }
    }
}
