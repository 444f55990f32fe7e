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

    @Argument(help: "The session (a .plenum file or a postgres:// URL), or a process file (its days and their learning side by side).")
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
        try TerminalCheck.require("review needs a terminal; for a file, use plenum export \(session) --format md")
        let base = ((session as NSString).lastPathComponent as NSString).deletingPathExtension
        let terminal = Terminal()
        defer { terminal.stop() }
        var review = ReviewScreen(session: live, strings: (lang ?? live.state.plan.language).ui, baseName: base)
        ScreenProgram(terminal: terminal).run(&review)
    }
}

/// The review as a screen of the run loop: it follows the session (other terminals may still be
/// writing), turns keys into moves, and writes exports.
struct ReviewScreen: ScreenModel {
    let session: LiveSession
    let strings: UIStrings
    private var ui: ReviewUI

    init(session: LiveSession, strings: UIStrings, baseName: String) {
        self.session = session
        self.strings = strings
        ui = ReviewUI(strings: strings, baseName: baseName)
    }

    var pacingState: SessionState? { session.state }
    func now() -> Date { session.now() }

    mutating func step() -> LoopCommand {
        try? session.refresh()
        return .nothing
    }

    func render(width: Int, height: Int, now: Date) -> Screen {
        ReviewView(state: session.state, clock: session.clock, now: now, ui: ui).render(width: width, height: height)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        switch ui.handle(key, state: session.state) {
        case .nothing: return .changed
        case .quit: return .quit
        case .redraw: return .redraw
        case .export(let format, let path, let anonymous):
            do {
                // The facts JSON lists are those the fold kept: the journal is not read again.
                let entries = session.state.journal
                let text = format.render(state: session.state, entries: entries, clock: session.clock,
                                         createdAt: session.info.createdAt, now: session.now(), anonymous: anonymous)
                try Files.write(text, to: path, access: .owner)
                ui.say(strings.exported(path, bytes: text.utf8.count))
            } catch let error as UserError {
                ui.say(strings.exportFailed(error.message), error: true)
            } catch {
                ui.say(strings.exportFailed("\(error)"), error: true)
            }
            return .changed
        }
    }
}
