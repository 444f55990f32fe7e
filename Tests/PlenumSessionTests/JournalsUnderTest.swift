import Foundation
import PlenumCore
import PlenumPostgres
import PlenumStore
import Testing

/// Every journal the contract is held against, each made fresh for one test.
enum JournalKind: String, CaseIterable, CustomTestStringConvertible {
    case memory, file, postgres

    var testDescription: String { rawValue }

    /// The kinds this run tests: the server only where one is given (PLENUM_TEST_PG_URL, set by
    /// .ci/run). Under CI=true the server is always tested, so that a missing one fails.
    static var underTest: [JournalKind] {
        TestServer.isRequired || TestServer.url != nil ? allCases : [.memory, .file]
    }

    static let info = SessionInfo(planSource: "title = \"Dag – æøå\"\n", planFile: "dag.toml",
                                  day: PlanDate(year: 2026, month: 3, day: 12), timeZone: "Europe/Copenhagen",
                                  createdAt: Date(timeIntervalSince1970: 1_773_300_000.5), seed: UInt64(Int64.max) - 7,
                                  language: .da, rehearsal: Rehearsal(shiftMinutes: -125))

    /// A fresh, empty session of this kind, and a way to open it again as another terminal would.
    func make() throws -> (journal: any SessionJournal, reopen: () throws -> any SessionJournal) {
        switch self {
        case .memory:
            let journal = MemoryJournal(info: Self.info)
            return (journal, { journal })
        case .file:
            let folder = NSTemporaryDirectory() + "plenum-contract-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = folder + "/s.plenum"
            let journal = try SessionFileJournal.create(at: path, info: Self.info)
            return (journal, { try SessionFileJournal.open(at: path) })
        case .postgres:
            let locator = try TestServer.freshSession()
            let journal = try PostgresJournal.create(locator, password: TestServer.password, info: Self.info)
            return (journal, { try PostgresJournal.open(locator, password: TestServer.password) })
        }
    }
}

/// The PostgreSQL server the tests use: .ci/run starts a private one on loopback and exports its
/// URL as PLENUM_TEST_PG_URL (and the password as PGPASSWORD).
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["PLENUM_TEST_PG_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let password = ProcessInfo.processInfo.environment["PGPASSWORD"]
    /// The CA that signed the test server's certificate (.ci/test-postgres makes it).
    static let certificateAuthority = ProcessInfo.processInfo.environment["PLENUM_TEST_PG_CA"].flatMap { $0.isEmpty ? nil : $0 }
    /// Under CI the server tests must run: a missing server is a failure, not a skip.
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"
    static let skipReason: Comment = "PLENUM_TEST_PG_URL is not set: the PostgreSQL tests are skipped (.ci/run starts a server for them)"
    /// Enables a server-only test where a server is given or required.
    static var enabled: ConditionTrait { .enabled(if: url != nil || isRequired, skipReason) }

    private static let initialised: Result<Void, JournalError> = {
        guard let url else { return .failure(JournalError("PLENUM_TEST_PG_URL is not set, and CI=true needs the server tests to run")) }
        do throws(JournalError) {
            let locator = try PostgresLocator(url: url, defaultUser: "plenum")
            _ = try PostgresSchema.initialize(locator, password: password)
            return .success(())
        } catch {
            return .failure(error)
        }
    }()

    /// A new session name on the test server (the schema made first).
    static func freshSession() throws -> PostgresLocator {
        try initialised.get()
        return try PostgresLocator(url: url!, defaultUser: "plenum").with(session: "t-" + UUID().uuidString.lowercased())
    }
}

/// Waits for a condition, checking often, for at most `limit` seconds; true when it came.
func eventually(limit: TimeInterval = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let end = Date().addingTimeInterval(limit)
    while Date() < end {
        if try condition() { return true }
        usleep(5_000)
    }
    return try condition()
}

/// A value handed to other threads by a test that orders their use itself.
struct Shared<Value>: @unchecked Sendable {
    let value: Value
}
