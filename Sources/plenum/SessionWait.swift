import Foundation
import PlenumSession
import PlenumTerminal
import PlenumUI

/// A stage or a notetaker started a moment before the console has made the session file waits for
/// it instead of giving up. A path that exists but is not a session is still refused at once.
enum SessionWait {
    /// Opens `path` on the screen `terminal`, which says what it waits for until the file is there;
    /// nil when the user quit (q, Esc, Ctrl-C) while waiting.
    static func open(_ path: String, readOnly: Bool, terminal: Terminal, strings: UIStrings) throws -> LiveSession? {
        while try !isThere(path) {
            guard TerminalSignals.stopRequested == nil, !terminal.isGone else { return nil }
            let (width, height) = terminal.size
            terminal.draw(WaitingView(path: path, strings: strings, onServer: SessionLocation.namesServer(path)).render(width: width, height: height))
            switch terminal.nextKey(timeout: 250) {
            case .character("q"), .control("c"), .escape: return nil
            case .control("l"): terminal.forceRedraw()
            default: break
            }
        }
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
    private static func isThere(_ path: String) throws -> Bool {
        guard SessionLocation.namesServer(path) else { return FileManager.default.fileExists(atPath: path) }
        do {
            return try SessionLocation(path, defaultUser: Identity.actor).exists(password: Prompt.password)
        } catch {
            throw UserError(error.message)
        }
    }
}
