import ArgumentParser
import Foundation
import PlenumCore
import PlenumStore
import PlenumTerminal
import PlenumUI

/// `plenum review SESSION`: the day as it went, for reading afterwards (or while it runs).
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse a session: the day planned vs actual, each block's post-its, themes, search, export.",
        discussion: "Read-only: it never writes to the session, so it is safe on a running day or a copied file."
    )

    @Argument(help: "The session file (.plenum), or a process file (its days and their learning side by side).")
    var session: String

    @Option(help: "da or en (default: the plan's).")
    var lang: Language?

    func run() throws {
        if ProcessFiles.processText(session) != nil {
            // A process is reviewed across its sessions: the timeline and the learning side by side.
            var command = ProcessCommand()
            command.process = session
            command.lang = lang
            try command.run()
            return
        }
        let live = try LiveSession.open(path: session, readOnly: true)
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw UserError("review needs a terminal; for a file, use plenum export \(session) --format md")
        }
        let base = ((session as NSString).lastPathComponent as NSString).deletingPathExtension
        ReviewLoop(session: live, strings: UIStrings(lang ?? live.state.plan.language), baseName: base).run()
    }
}

/// Draws the review, follows the session (other terminals may still be writing), turns keys into
/// moves and exports.
struct ReviewLoop {
    let session: LiveSession
    let strings: UIStrings
    let baseName: String

    func run() {
        let terminal = Terminal()
        defer { terminal.stop() }
        var ui = ReviewUI(strings: strings, baseName: baseName)
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            try? session.refresh()
            let (width, height) = terminal.size
            terminal.draw(ReviewView(state: session.state, clock: session.clock, now: session.now(), ui: ui)
                .render(width: width, height: height))
            guard let key = terminal.nextKey(timeout: 250) else { continue }
            switch ui.handle(key, state: session.state) {
            case .nothing: break
            case .quit: return
            case .redraw: terminal.forceRedraw()
            case .export(let format, let path, let anonymous):
                do {
                    let entries = try session.store.entries()
                    let text = format.render(state: session.state, entries: entries, clock: session.clock,
                                             createdAt: session.info.createdAt, now: session.now(), anonymous: anonymous)
                    try Files.writeAtomically(text, to: path)
                    ui.say(strings.exported(path, bytes: text.utf8.count))
                } catch let error as UserError {
                    ui.say(strings.exportFailed(error.message), error: true)
                } catch {
                    ui.say(strings.exportFailed("\(error)"), error: true)
                }
            }
        }
    }
}
