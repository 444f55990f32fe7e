import Foundation
import Logging
import PlenumCore
import PostgresNIO

/// One connection to the server, used from synchronous code: every call waits for its answer (at
/// most `timeout`, a save at most `saveSeconds`), and a connection that failed is dropped and made
/// again, so a terminal carries on by itself once the network or the server is back. The first
/// connection is waited for; a lost one is made again in the background, and calls meanwhile fail
/// at once (may retry): a screen never waits for a network that has gone silent more than once.
final class ServerLink: @unchecked Sendable {
    let locator: PostgresLocator
    private let password: String?
    private let timeout: TimeInterval
    /// This machine's clock, against which the server's is measured.
    private let localClock: WallClock
    /// The server's clock minus this machine's, measured on each new connection.
    private var offset: TimeInterval = 0
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var listening: Task<Void, Never>?
    /// Set by a notification on the listened channel (or a lost connection); read and cleared by `takeChange`.
    private var changed = true
    /// After a failed connect, when to try again and what to say until then: a terminal whose
    /// network is gone does not wait for the connect timeout on every screen refresh.
    private var retryAfter: (Date, JournalError)?
    static let retryPause: TimeInterval = 1
    /// How long a save waits for its commit: a few facts, durable in milliseconds on a sound
    /// network. A save that takes longer is said not saved and tried again with the same id.
    static let saveSeconds: TimeInterval = 4
    /// Whether a connection was ever made: from then on a lost one is made again in the background.
    private var hasConnected = false
    /// Set while a lost connection is being made again.
    private var reconnecting = false
    /// How long a connection attempt may take before the server counts as not answering.
    static let connectSeconds: Int64 = 3
    static let logger = Logger(label: "plenum.postgres")
    static let channel = "plenum_journal"

    init(locator: PostgresLocator, password: String?, timeout: TimeInterval = 10, localClock: @escaping WallClock = { Date() }) {
        self.locator = locator
        self.password = password
        self.timeout = timeout
        self.localClock = localClock
    }

    /// The server's clock minus this machine's, as measured when the connection was made (half
    /// the fastest of three round trips counted): what every terminal adds to its own clock, so
    /// all of them show the same countdown however wrong their own clocks are.
    var clockOffset: TimeInterval { lock.withLock { offset } }

    deinit {
        listening?.cancel()
        if let connection { Self.closeQuietly(connection) }
    }

    /// Runs `work` on the connection (connecting first if needed) and waits for it. A failure that
    /// is not the server refusing the statement drops the connection: the outcome of a write is
    /// then unknown and the caller may retry it.
    func run<T: Sendable>(_ what: ServerTask, _ work: @escaping @Sendable (PostgresConnection) async throws -> T) throws(JournalError) -> T {
        let current: PostgresConnection
        do {
            current = try connected()
        } catch {
            let (server, reason) = (locator.description, describe(error))
            throw JournalError.server(mayRetry: true) { $0.cannotReach(server, reason($0)) }
        }
        let wait = what == .save ? min(timeout, Self.saveSeconds) : timeout
        switch Self.blocking(timeout: wait, { try await work(current) }) {
        case .success(let value):
            return value
        case .failure(let error):
            if let journal = error as? JournalError { throw journal }
            // The server refusing the statement is final; the server going away (an administrator,
            // a restart, too many connections, a conflict) is not: the same append may be tried again.
            if let psql = error as? PSQLError, let state = psql.serverInfo?[.sqlState],
               !["08", "57", "53", "40"].contains(where: state.hasPrefix), !current.isClosed {
                let (server, reason) = (locator.description, describe(error))
                throw JournalError.server { $0.refused(server, what, reason($0)) }
            }
            drop()
            let (server, reason) = (locator.description, describe(error))
            throw JournalError.server(mayRetry: true) { $0.cannotDo(what, on: server, reason($0)) }
        case nil:
            drop()
            let (server, seconds) = (locator.description, Int(wait))
            throw JournalError.server(mayRetry: true) { $0.cannotDo(what, on: server, $0.noAnswer(within: seconds)) }
        }
    }

    /// Whether a notification came (or the connection was lost) since the last call; starts listening if needed.
    func takeChange() -> Bool {
        if lock.withLock({ listening == nil }) { _ = try? connected() }
        return lock.withLock {
            defer { changed = false }
            return changed
        }
    }

    func close() {
        drop()
    }

    private func connected() throws -> PostgresConnection {
        dropIfClosed()
        if let (until, reason) = lock.withLock({ retryAfter }), Date() < until { throw reason }
        enum Next { case use(PostgresConnection), connectHere, wait }
        // Decided under the lock, so a connection made in the background meanwhile is used, not made twice.
        let next = lock.withLock { () -> Next in
            if let open = connection, !open.isClosed { return .use(open) }
            guard hasConnected else { return .connectHere }
            if !reconnecting {
                reconnecting = true
                DispatchQueue.global(qos: .userInitiated).async { [weak self] in
                    _ = try? self?.connect()
                    self?.lock.withLock { self?.reconnecting = false }
                }
            }
            return .wait
        }
        switch next {
        case .use(let open): return open
        case .connectHere: return try connect()
        // The reason; `run` says which server cannot be reached.
        case .wait: throw JournalError.server(mayRetry: true) { $0.reconnecting }
        }
    }

    /// Makes the connection (waiting for it): TLS as the URL asks, durable commits, the clock's
    /// offset measured, the session's notifications listened to.
    private func connect() throws -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = try ServerTLS.configuration(for: locator)
        } catch {
            // A CA file that cannot be read is the user's to fix, not a dropped network.
            throw ServerTLS.failure(error, locator: locator)
        }
        var configuration = PostgresConnection.Configuration(host: locator.host, port: locator.port, username: locator.user,
                                                             password: password, database: locator.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Self.connectSeconds)
        // Who is connected, for the server's pg_stat_activity.
        configuration.options.additionalStartupParameters = [("application_name", "plenum \(getpid())")]
        let settings = configuration
        let localClock = localClock
        // A connection made after we stopped waiting is closed, not left to the garbage.
        let made = Self.blocking(timeout: 6, abandoned: { Self.closeQuietly($0.0) }) {
            let connection = try await PostgresConnection.connect(configuration: settings, id: 1, logger: Self.logger)
            do {
                // Durable commits whatever the server's default.
                try await connection.query("SET synchronous_commit = on", logger: Self.logger)
                return (connection, try await Self.measureOffset(connection, localClock: localClock))
            } catch {
                try? await connection.close()
                throw error
            }
        }
        if case .success = made {} else {
            var reason: ServerSentence = { $0.noAnswer(within: 6) }
            if case .failure(let error) = made { reason = describe(error) }
            lock.withLock { retryAfter = (Date().addingTimeInterval(Self.retryPause), JournalError.server(reason)) }
        }
        switch made {
        case .success(let (connection, measured)):
            lock.withLock {
                self.hasConnected = true
                self.retryAfter = nil
                self.connection = connection
                self.offset = measured
                self.changed = true
                self.listening = Task(executorPreference: DispatchTaskExecutor.shared) { [weak self, locator] in
                    do {
                        try await connection.listen(on: Self.channel) { notifications in
                            for try await note in notifications where note.payload == (locator.session ?? "") {
                                self?.markChanged()
                            }
                        }
                    } catch {}
                    self?.markChanged()
                }
            }
            return connection
        case .failure(let error):
            throw error
        case nil:
            throw JournalError.server { $0.noAnswer(within: 6) }
        }
    }

    /// The server's clock minus `localClock`, from the fastest of three round trips (the server
    /// read halfway through it).
    private static func measureOffset(_ connection: PostgresConnection, localClock: WallClock) async throws -> TimeInterval {
        var best: (roundTrip: TimeInterval, offset: TimeInterval)?
        for _ in 0..<3 {
            let sent = localClock()
            var serverMs: Int64 = 0
            for try await value in try await connection.query(
                "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint", logger: logger).decode(Int64.self) {
                serverMs = value
            }
            let roundTrip = localClock().timeIntervalSince(sent)
            let offset = Double(serverMs) / 1000 - sent.addingTimeInterval(roundTrip / 2).timeIntervalSince1970
            if best == nil || roundTrip < best!.roundTrip { best = (roundTrip, offset) }
        }
        return best?.offset ?? 0
    }

    private func markChanged() {
        lock.withLock { changed = true }
    }

    /// Lets go of the connection if it is closed (never of one that is open: it may have been
    /// made in the background a moment ago).
    private func dropIfClosed() {
        let (old, task) = lock.withLock { () -> (PostgresConnection?, Task<Void, Never>?) in
            if let open = connection, !open.isClosed { return (nil, nil) }
            defer { connection = nil; listening = nil; changed = true }
            return (connection, listening)
        }
        task?.cancel()
        if let old { Self.closeQuietly(old) }
    }

    private func drop() {
        let (old, task) = lock.withLock {
            defer { connection = nil; listening = nil; changed = true }
            return (connection, listening)
        }
        task?.cancel()
        if let old { Self.closeQuietly(old) }
    }

    /// Closes a connection without waiting, keeping it alive until it is closed (the client
    /// insists that none is let go open).
    static func closeQuietly(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Waits for async work from synchronous code; nil when it did not finish within `timeout`.
    static func blocking<T: Sendable>(timeout: TimeInterval, abandoned: (@Sendable (T) -> Void)? = nil,
                                      _ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error>? {
        let outcome = Outcome<T>(abandoned: abandoned)
        let task = Task(executorPreference: DispatchTaskExecutor.shared) {
            do { outcome.finish(.success(try await work())) } catch { outcome.finish(.failure(error)) }
        }
        guard outcome.done.wait(timeout: .now() + timeout) == .success else {
            task.cancel()
            return outcome.abandon()
        }
        return outcome.result
    }

    /// One sentence for a client or server error, in any language: the server's own message
    /// where it sent one (as it came), plenum's words for what it knows.
    func describe(_ error: any Error) -> ServerSentence {
        if let journal = error as? JournalError { return { journal.sentence($0) } }
        if let psql = error as? PSQLError {
            let (user, host) = (locator.user, locator.host)
            // invalid_password: plenum's words, not the server's (which are in the server's language).
            if psql.serverInfo?[.sqlState] == "28P01" { return { $0.wrongPassword(user) } }
            if let message = psql.serverInfo?[.message] { return { _ in message } }
            if let tls = ServerTLS.refusal(psql, locator: locator) { return tls }
            let underlying = psql.underlying.map { String(describing: $0) } ?? ""
            if underlying.contains("refused") { return { $0.connectionRefused } }
            if underlying.contains("UnknownHost") { return { $0.unknownHost(host) } }
            if underlying.contains("Connect timeout") { return { $0.noAnswer(within: Int(Self.connectSeconds)) } }
            switch psql.code {
            case .connectionError, .serverClosedConnection, .uncleanShutdown: return { $0.connectionLost }
            case .unsupportedAuthMechanism, .authMechanismRequiresPassword: return { $0.needsPassword }
            default:
                let code = "\(psql.code)"
                return { _ in code }
            }
        }
        let said = String(describing: error)
        return { _ in said }
    }
}

/// The result of work waited for by `ServerLink.blocking`; what comes after the wait was given
/// up is handed to `abandoned`.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: Result<T, any Error>?
    private var isAbandoned = false
    private let abandoned: (@Sendable (T) -> Void)?

    init(abandoned: (@Sendable (T) -> Void)?) {
        self.abandoned = abandoned
    }

    var result: Result<T, any Error>? { lock.withLock { value } }

    func finish(_ result: Result<T, any Error>) {
        let late = lock.withLock {
            value = result
            return isAbandoned
        }
        if late, case .success(let made) = result { abandoned?(made) }
        done.signal()
    }

    /// Gives up waiting; a result that came in the meantime is still answered.
    func abandon() -> Result<T, any Error>? {
        lock.withLock {
            isAbandoned = value == nil
            return value
        }
    }
}

/// Runs the client's async work on Dispatch's threads, which grow when blocked, not on Swift's
/// fixed cooperative pool: `ServerLink.blocking` waits synchronously, and a caller that is itself
/// on that pool (a test, a background task) would otherwise wait for work that never gets a thread.
final class DispatchTaskExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = DispatchTaskExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        DispatchQueue.global().async { job.runSynchronously(on: executor) }
    }
}
