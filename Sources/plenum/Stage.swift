import ArgumentParser
import Foundation
import PlenumCore
import PlenumTerminal
import PlenumUI

/// `plenum stage SESSION`: the projector view, read-only, following the session live.
struct Stage: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the projector view of a running session (q quits).")

    @Argument(help: "The session file (.plenum).")
    var session: String

    @Option(help: "da or en (default: the plan's).")
    var lang: Language?

    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw UserError("the stage view needs a terminal")
        }
        let terminal = Terminal()
        defer { terminal.stop() }
        // Started before the console made the file: the projector waits for it.
        guard let live = try SessionWait.open(session, readOnly: true, terminal: terminal,
                                              strings: UIStrings(lang ?? Environment.language)) else { return }
        StageLoop(terminal: terminal, session: live, strings: UIStrings(lang ?? live.state.plan.language)).run()
    }
}
