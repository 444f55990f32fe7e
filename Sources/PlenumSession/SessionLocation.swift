import Foundation
import PlenumCore
import PlenumPostgres
import PlenumStore

/// Where a session is kept, as the user names it: a session file's path, or a server URL
/// (`postgres://user@host/database?session=name`). Opens and makes journals of either kind.
public enum SessionLocation: Sendable, Equatable {
    case file(String)
    case server(PostgresLocator)

    /// Reads what the user typed; a URL's user defaults to the login name, as psql's does.
    public init(_ text: String, defaultUser: String) throws(JournalError) {
        if PostgresLocator.isServerURL(text) {
            self = .server(try PostgresLocator(url: text, defaultUser: defaultUser))
        } else {
            self = .file(text)
        }
    }

    /// Whether `text` is a server URL.
    public static func namesServer(_ text: String) -> Bool {
        PostgresLocator.isServerURL(text)
    }

    /// Whether `text` names a session rather than a plan: a server URL or a `.plenum` file.
    public static func namesSession(_ text: String) -> Bool {
        PostgresLocator.isServerURL(text) || text.hasSuffix(".plenum")
    }

    public var description: String {
        switch self {
        case .file(let path): return path
        case .server(let locator): return locator.description
        }
    }

    /// Opens the session's journal; `password` is asked only for a server, and only when neither
    /// PGPASSWORD nor ~/.pgpass has one. A server's clock is measured against `localClock`.
    public func open(readOnly: Bool = false, password: ServerPassword,
                     localClock: @escaping WallClock = { Date() }) throws(JournalError) -> any SessionJournal {
        switch self {
        case .file(let path):
            return try SessionFileJournal.open(at: path, readOnly: readOnly)
        case .server(let locator):
            return try PostgresJournal.open(locator, password: password.find(for: locator), localClock: localClock)
        }
    }

    /// Whether the session is there to be opened.
    public func exists(password: ServerPassword) throws(JournalError) -> Bool {
        switch self {
        case .file(let path):
            return FileManager.default.fileExists(atPath: path)
        case .server(let locator):
            return try PostgresJournal.exists(locator, password: password.find(for: locator))
        }
    }

    /// A server session whose name is free: this one, else NAME-2, NAME-3 … (as a session file's
    /// name gets -2, -3 …). A file is returned as it is (its caller picks a free path).
    public func unused(password: ServerPassword) throws(JournalError) -> SessionLocation {
        guard case .server(let locator) = self, let name = locator.session else { return self }
        let taken = Set(try PostgresJournal.list(locator, password: password.find(for: locator)).map(\.name))
        guard taken.contains(name) else { return self }
        var n = 2
        while taken.contains("\(name)-\(n)") { n += 1 }
        return .server(locator.with(session: "\(name)-\(n)"))
    }

    /// The session's clock minus `localClock`: the server's, measured on connecting (0 for a file,
    /// whose writers share this machine's clock).
    public func clockOffset(password: ServerPassword, localClock: @escaping WallClock = { Date() }) throws(JournalError) -> TimeInterval {
        guard case .server(let locator) = self else { return 0 }
        return try PostgresJournal.clockOffset(locator, password: password.find(for: locator), localClock: localClock)
    }

    /// Makes a new session (it must not exist yet) and opens its journal.
    public func create(info: SessionInfo, password: ServerPassword,
                       localClock: @escaping WallClock = { Date() }) throws(JournalError) -> any SessionJournal {
        switch self {
        case .file(let path):
            return try SessionFileJournal.create(at: path, info: info)
        case .server(let locator):
            return try PostgresJournal.create(locator, password: password.find(for: locator), info: info, localClock: localClock)
        }
    }
}

/// How a server password is found: PGPASSWORD, then ~/.pgpass, then `ask` (a prompt that does not
/// echo). Never the command line, never the screen.
public struct ServerPassword: Sendable {
    let environment: [String: String]
    let ask: @Sendable (PostgresLocator) -> String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                ask: @escaping @Sendable (PostgresLocator) -> String? = { _ in nil }) {
        self.environment = environment
        self.ask = ask
    }

    public func find(for locator: PostgresLocator) -> String? {
        PostgresPassword.find(for: locator, environment: environment) ?? ask(locator)
    }
}
