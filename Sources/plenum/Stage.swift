import ArgumentParser
import Foundation
import PlenumCore
import PlenumUI

/// `plenum stage SESSION`: the projector view, read-only, following the session live.
struct Stage: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the projector view of a running session (q quits).")

    @Argument(help: "The session file (.plenum).")
    var session: String

    @Option(help: "da or en (default: the plan's).")
    var lang: Language?

    func run() throws {
        let live = try LiveSession.open(path: session, readOnly: true)
        try TerminalCheck.require("the stage view needs a terminal")
        StageLoop(session: live, strings: UIStrings(lang ?? live.state.plan.language)).run()
    }
}
