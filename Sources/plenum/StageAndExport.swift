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
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw UserError("the stage view needs a terminal")
        }
        StageLoop(session: live, strings: UIStrings(lang ?? live.state.plan.language)).run()
    }
}

/// `plenum export SESSION --format json`: the session's data for other programs.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export a session (json: everything, for scripts).")

    /// Export formats available in this version.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: "The session file (.plenum).")
    var session: String

    @Option(help: "json")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let live = try LiveSession.open(path: session, readOnly: true)
        let entries: [JournalEntry]
        do {
            entries = try live.store.entries()
        } catch {
            throw UserError(error.message)
        }
        let json = SessionJSON.render(state: live.state, entries: entries, clock: live.clock, now: Date()).rendered() + "\n"
        if let output {
            try Files.writeAtomically(json, to: output)
        } else {
            print(json, terminator: "")
        }
    }
}
