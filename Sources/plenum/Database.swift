import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlenumCore
import PlenumPostgres
import PlenumSession
import PlenumUI

/// `plenum db init URL` and `plenum db list URL`: a venue's PostgreSQL server made ready for
/// sessions, and what is on it.
struct Database: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Set up a PostgreSQL server for sessions (init) and list the sessions on it (list).",
        discussion: """
            The URL names the server and database: postgres://user@host:port/database. The password \
            comes from PGPASSWORD or ~/.pgpass, or is asked for; never put it in the URL.
            """,
        subcommands: [Init.self, List.self]
    )

    /// `plenum db init URL`: creates the tables, or brings older ones up to date.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create plenum's tables on a server, or bring them up to date (safe to run again).")

        @Argument(help: "postgres://user@host:port/database")
        var url: String

        func run() throws {
            let locator = try Prompt.serverLocator(url)
            do {
                let (from, to) = try PostgresSchema.initialize(locator, password: Prompt.password.find(for: locator))
                let words = Environment.language.ui
                print(from == to ? words.serverReady(locator.description, version: to)
                                 : words.serverMigrated(locator.description, from: from, to: to))
            } catch {
                throw UserError(error.message(Environment.language))
            }
        }
    }

    /// `plenum db list URL`: one line per session.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the sessions on a server: name, day, plan, facts.")

        @Argument(help: "postgres://user@host:port/database")
        var url: String

        func run() throws {
            let locator = try Prompt.serverLocator(url)
            do {
                let sessions = try PostgresJournal.list(locator, password: Prompt.password.find(for: locator))
                let words = Environment.language.ui
                if sessions.isEmpty { print(words.noSessionsOn(locator.description)) }
                for session in sessions {
                    print("\(session.name)\t\(session.day)\t\(session.planFile)\t\(words.factCount(session.facts))")
                }
            } catch {
                throw UserError(error.message(Environment.language))
            }
        }
    }
}

/// `plenum copy FROM TO`: a whole session between a file and a server, either way.
struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a whole session between a file and a server (either way), facts and numbers intact.",
        discussion: """
            For example, archive the day in a file afterwards: plenum copy \
            'postgres://venue@server/plenum?session=bootcamp' sessions/bootcamp.plenum. The target \
            must not exist yet; the source is only read.
            """
    )

    @Argument(help: "The session to copy: a .plenum file or a postgres:// URL with ?session=name.")
    var from: String

    @Argument(help: "Where the copy goes (it must not exist yet).")
    var to: String

    func run() throws {
        do {
            let source = try SessionLocation(from, defaultUser: Identity.actor)
            let target = try SessionLocation(to, defaultUser: Identity.actor)
            let count = try SessionCopy.copy(from: source, to: target, password: Prompt.password)
            print(Environment.language.ui.copied(count, from: source.description, to: target.description))
        } catch {
            throw UserError(error.message(Environment.language))
        }
    }
}

/// Asking for what a command needs from the user at the terminal.
enum Prompt {
    /// A server password from PGPASSWORD, ~/.pgpass, or typed at the terminal (not echoed).
    static let password = ServerPassword(ask: { locator in
        let key = "\(locator.user)@\(locator.host):\(locator.port)"
        // Asked once per server: an empty answer is not asked again either.
        if let known = typed.withLock({ $0[key] }) { return known.isEmpty ? nil : known }
        guard isatty(STDIN_FILENO) == 1, let entered = getpass(Environment.language.ui.passwordPrompt(key)) else { return nil }
        let text = String(cString: entered)
        typed.withLock { $0[key] = text }
        return text.isEmpty ? nil : text
    })

    /// Asks for the password of the server `session` names now, before a screen takes the
    /// terminal: under the screen the prompt would not see Enter. Nothing for a file, or where
    /// PGPASSWORD or ~/.pgpass has the password.
    static func askBeforeTheScreen(for session: String) {
        guard SessionLocation.namesServer(session), let locator = try? PostgresLocator(url: session, defaultUser: Identity.actor) else { return }
        _ = password.find(for: locator)
    }

    /// Passwords typed in this process, so that a command connecting again asks only once.
    private static let typed = LockedPasswords()

    /// A server URL without a session (db init, db list).
    static func serverLocator(_ url: String) throws -> PostgresLocator {
        do {
            return try PostgresLocator(url: url, defaultUser: Identity.actor)
        } catch {
            throw UserError(error.message(Environment.language))
        }
    }
}

/// The passwords typed at the prompt, by user, host and port.
final class LockedPasswords: @unchecked Sendable {
    private let lock = NSLock()
    private var byServer: [String: String] = [:]

    func withLock<T>(_ body: (inout [String: String]) -> T) -> T {
        lock.withLock { body(&byServer) }
    }
}
