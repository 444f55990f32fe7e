import Foundation
import PlenumCore
import PlenumSession
import PlenumTerminal
import PlenumUI

/// A stage or a notetaker started a moment before the console has made the session file waits for
/// it instead of giving up. A path that exists but is not a session is still refused at once.
enum SessionWait {
    /// Opens `path` on the screen `terminal`, which says what it waits for until the file is there;
    /// nil when the user quit (q, Esc, Ctrl-C) while waiting.
    static func open(_ path: String, readOnly: Bool, terminal: Terminal, strings: UIStrings) throws -> LiveSession? {
        var waiting = WaitingScreen(path: path, strings: strings)
        ScreenProgram(terminal: terminal).run(&waiting)
        if let failure = waiting.failure { throw failure }
        guard waiting.arrived else { return nil }
        return try LiveSession.open(path: path, readOnly: readOnly)
    }

    /// Opens `path` without a screen (notes piped in): one line on standard error says what it
    /// waits for; Ctrl-C stops it.
    static func open(_ path: String, readOnly: Bool) throws -> LiveSession {
        if try !isThere(path) {
            Output.err("plenum: waiting for \(path) to be made by plenum run (Ctrl-C stops)\n")
            while try !isThere(path) { usleep(100_000) }
        }
        return try LiveSession.open(path: path, readOnly: readOnly)
    }

    /// Whether the session is there: the file exists, or the server has a session of that name (a
    /// server that cannot be reached or refuses is said at once, not waited for).
    fileprivate static func isThere(_ path: String) throws -> Bool {
        guard SessionLocation.namesServer(path) else { return FileManager.default.fileExists(atPath: path) }
        do {
            return try SessionLocation(path, defaultUser: Identity.actor).exists(password: Prompt.password)
        } catch {
            throw UserError(error.message)
        }
    }
}

/// The screen that waits for the session, in the run loop: it looks for the session between keys
/// and ends when it is there (`arrived`), when looking fails (`failure`) or when the user quits.
private struct WaitingScreen: ScreenModel {
    let path: String
    let strings: UIStrings
    private(set) var arrived = false
    private(set) var failure: Error?

    init(path: String, strings: UIStrings) {
        self.path = path
        self.strings = strings
    }

    var pacingState: SessionState? { nil }
    func now() -> Date { Date() }

    mutating func step() -> LoopCommand {
        do {
            arrived = try SessionWait.isThere(path)
        } catch {
            failure = error
        }
        return arrived || failure != nil ? .quit : .nothing
    }

    func render(width: Int, height: Int, now: Date) -> Screen {
        WaitingView(path: path, strings: strings).render(width: width, height: height)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        switch NotesKeys.waiting.action(for: key) {
        case .quit: return .quit
        case .redraw: return .redraw
        case nil: return .nothing
        }
    }
}
