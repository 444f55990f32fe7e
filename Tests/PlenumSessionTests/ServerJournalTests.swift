import Foundation
import PlenumCore
@testable import PlenumPostgres
import PlenumSession
import PlenumStore
import Testing

/// What only the server journal does: copying a day in and out, surviving a dropped connection.
@Suite(TestServer.enabled) struct ServerJournalTests {
    let t0 = Date(timeIntervalSince1970: 1_773_302_400.123)

    @Test func aDayCopiedFromAFileToTheServerAndBackKeepsFactsNumbersAndStamps() throws {
        let folder = NSTemporaryDirectory() + "plenum-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = try SessionFileJournal.create(at: folder + "/dag.plenum", info: JournalKind.info)
        try file.append([.dayStarted, .blockStarted(block: "p1")], actor: "anne", at: t0, id: UUID())
        try file.append([.postItAdded(PostItDraft(id: "n1", block: "p1", table: "Bord 1", group: nil, kind: "idé", text: "Æbler", author: "bo"))],
                        actor: "bo", at: t0, id: UUID())
        try file.append([.paused], actor: "anne", at: t0.addingTimeInterval(60), id: UUID())
        let original = try file.entries(after: 0)
        let server = SessionLocation.server(try TestServer.freshSession())
        let password = ServerPassword(environment: ProcessInfo.processInfo.environment)
        #expect(try SessionCopy.copy(from: .file(folder + "/dag.plenum"), to: server, password: password) == 4)
        let onServer = try server.open(password: password)
        #expect(try onServer.entries(after: 0) == original)
        #expect(try onServer.info() == JournalKind.info)
        // The server carries on numbering after the copied day.
        #expect(try onServer.append([.resumed], actor: "anne", at: t0, id: UUID()).map(\.seq) == [5])
        let back = folder + "/arkiv.plenum"
        #expect(try SessionCopy.copy(from: server, to: .file(back), password: password) == 5)
        #expect(try SessionFileJournal.open(at: back).entries(after: 0) == onServer.entries(after: 0))
        // A target that exists is refused, unchanged.
        #expect(throws: JournalError.self) { try SessionCopy.copy(from: .file(back), to: server, password: password) }
    }

    @Test func aDroppedConnectionSaysNotSavedAndTheRetrySavesOnce() throws {
        let (journal, reopen) = try JournalKind.postgres.make()
        let server = try #require(journal as? PostgresJournal)
        try server.append([.dayStarted], actor: "a", at: t0, id: UUID())
        // Another connection ends this one, as a dropped network or a restarted server would.
        let admin = try #require(try reopen() as? PostgresJournal)
        try admin.terminate(backend: try server.backendPID())
        let id = UUID()
        var outcome: Result<[JournalEntry], JournalError>
        do { outcome = .success(try server.append([.paused], actor: "a", at: t0, id: id)) } catch { outcome = .failure(error) }
        if case .failure(let error) = outcome {
            #expect(error.mayRetry)
            // The retry, with the same id, saves once the connection is made again (in the background).
            #expect(eventually { if let saved = try? server.append([.paused], actor: "a", at: t0, id: id) { outcome = .success(saved) }
                                 return (try? outcome.get()) != nil })
        }
        // And once more, as a terminal unsure whether its save arrived would: still one fact.
        let again = try server.append([.paused], actor: "a", at: t0, id: id)
        #expect(try outcome.get() == again)
        #expect(try admin.entries(after: 0).map(\.fact) == [.dayStarted, .paused])
    }

    /// A network that goes silent (packets lost, nothing refused) is waited for once, by the save
    /// that meets it (at most `saveSeconds`); meanwhile the connection is made again in the
    /// background, so the next save is answered at once (a screen does not freeze again and
    /// again), and the save goes through, once, when the network is back.
    @Test func aSilentNetworkIsWaitedForOnceAndTheConnectionMadeAgainInTheBackground() throws {
        var relay = try SilentRelay()
        defer { relay.stop() }
        var locator = try TestServer.freshSession()
        (locator.host, locator.port) = ("127.0.0.1", relay.port)
        let journal = try PostgresJournal.create(locator, password: TestServer.password, info: JournalKind.info)
        try journal.append([.dayStarted], actor: "a", at: t0, id: UUID())
        relay.silence()
        let id = UUID()
        #expect { try journal.append([.paused], actor: "a", at: t0, id: id) } throws: { ($0 as? JournalError)?.mayRetry == true }
        #expect { try journal.append([.paused], actor: "a", at: t0, id: id) } throws: { error in
            let said = (error as? JournalError).map { $0.mayRetry ? $0.message(.en) : "" } ?? ""
            return said.contains("the connection was lost and is being made again")
        }
        relay.speak()
        #expect(eventually(limit: 60) { (try? journal.append([.paused], actor: "a", at: t0, id: id)) != nil })
        #expect(try PostgresJournal.open(locator, password: TestServer.password).entries(after: 0).map(\.fact) == [.dayStarted, .paused])
    }

    /// Commits are durable whatever the database's own default: every connection sets
    /// `synchronous_commit = on` (here the database says off).
    @Test func everyConnectionCommitsDurablyWhateverTheDatabaseSays() throws {
        try withOwnDatabase("durable", prepare: { admin, database in
            try admin.execute("ALTER DATABASE \(database) SET synchronous_commit = off")
        }) { locator in
            let journal = try PostgresJournal.create(locator, password: TestServer.password, info: JournalKind.info)
            defer { journal.close() }
            #expect(try journal.setting("synchronous_commit") == "on")
            // The database's default, which the connection overrode.
            try journal.execute("RESET synchronous_commit")
            #expect(try journal.setting("synchronous_commit") == "off")
        }
    }

    /// A database a newer plenum migrated is neither migrated back nor written: `db init` and
    /// opening a session there each refuse it in one sentence.
    @Test func aSchemaANewerPlenumMadeIsRefused() throws {
        try withOwnDatabase("newer") { locator in
            let journal = try PostgresJournal.create(locator, password: TestServer.password, info: JournalKind.info)
            try journal.execute("UPDATE plenum_schema SET version = \(PostgresSchema.currentVersion + 1)")
            journal.close()
            let newer = "schema \(PostgresSchema.currentVersion + 1)"
            #expect { _ = try PostgresSchema.initialize(locator, password: TestServer.password) } throws: { error in
                (error as? JournalError)?.message(.en).contains(newer) == true
            }
            #expect { _ = try PostgresJournal.open(locator, password: TestServer.password) } throws: { error in
                (error as? JournalError)?.message(.en).contains(newer) == true && (error as? JournalError)?.message(.da).contains("nyere") == true
            }
        }
    }

    /// A database of its own on the test server, for a test that changes the database itself:
    /// made, set up by `prepare` (as an administrator), given plenum's tables, handed to `body`
    /// as a session's locator, and dropped afterwards.
    func withOwnDatabase(_ name: String, prepare: (PostgresJournal, String) throws -> Void = { _, _ in },
                         _ body: (PostgresLocator) throws -> Void) throws {
        let base = try PostgresLocator(url: try #require(TestServer.url), defaultUser: "plenum")
        let (made, _) = try JournalKind.postgres.make()
        let admin = try #require(made as? PostgresJournal)
        let database = "plenum_\(name)_" + UUID().uuidString.prefix(8).lowercased()
        try admin.execute("CREATE DATABASE \(database)")
        defer { try? admin.execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)") }
        try prepare(admin, database)
        let locator = PostgresLocator(host: base.host, port: base.port, user: base.user, database: database, session: "dag")
        _ = try PostgresSchema.initialize(locator, password: TestServer.password)
        try body(locator)
    }

    /// Another terminal learns of an append by the server's notification on commit: a
    /// notification alone, with nothing written, is what it listens for.
    @Test func anotherTerminalIsToldOfAnAppendByANotification() throws {
        let locator = try TestServer.freshSession()
        let listener = try PostgresJournal.create(locator, password: TestServer.password, info: JournalKind.info)
        let writer = try PostgresJournal.open(locator, password: TestServer.password)
        _ = listener.hasChangedElsewhere()
        #expect(eventually { !listener.hasChangedElsewhere() })
        try writer.execute("SELECT pg_notify('plenum_journal', '\(try #require(locator.session))')")
        #expect(eventually { listener.hasChangedElsewhere() })
        #expect(try listener.entries(after: 0).isEmpty)
    }

    @Test func aDatabaseWithoutTablesSaysToRunDbInit() throws {
        let url = try #require(TestServer.url)
        let locator = try PostgresLocator(url: url, defaultUser: "plenum")
        // The maintenance database of the test server has no plenum tables.
        let bare = PostgresLocator(host: locator.host, port: locator.port, user: locator.user, database: "postgres", session: "x")
        do {
            _ = try PostgresJournal.open(bare, password: TestServer.password)
            Issue.record("opened a session in a database without plenum tables")
        } catch {
            #expect(error.message.contains("plenum db init"))
        }
    }
}

/// A loopback relay to the test server (Tests/EndToEndTests/Support/tcp_proxy.py) that can fall
/// silent: stopped (SIGSTOP), it takes connections and data and answers nothing, as a network that
/// drops packets; continued, it passes on what it held.
struct SilentRelay {
    let port: Int
    private let process = Process()

    init() throws {
        let server = try #require(URLComponents(string: TestServer.url ?? "")?.port)
        // A free port: bound, read, released.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        close(probe)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EndToEndTests/Support/tcp_proxy.py").path
        let out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script, String(port), String(server)]
        process.standardOutput = out
        try process.run()
        // "ready" once it listens.
        _ = out.fileHandleForReading.availableData
    }

    func silence() { kill(process.processIdentifier, SIGSTOP) }
    func speak() { kill(process.processIdentifier, SIGCONT) }

    mutating func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
