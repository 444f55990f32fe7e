import ArgumentParser
import Foundation
import PlenumCore

/// `plenum export SESSION --format md|html|csv|json|ics`: the day for people (minutes, a report)
/// and for programs (a spreadsheet, data, a calendar).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a session: minutes (md), a report (html), post-its (csv), everything (json), a calendar (ics).",
        discussion: """
            Works on a session that is still running (as of its last fact) and on one copied from \
            another machine. With -o the file is written whole or not at all.
            """
    )

    @Argument(help: "The session file (.plenum).")
    var session: String

    @Option(help: "md (minutes), html (a report that prints), csv (one row per post-it), json (everything), ics (calendar).")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Leave out every person's name (authors, participants).")
    var anonymous = false

    func run() throws {
        // Only the JSON lists the facts; the other formats need only what they fold to.
        let live = try LiveSession.open(path: session, readOnly: true, keepingJournal: format == .json)
        // Written as it is made: a JSON export of 100,000 post-its never stands whole in memory.
        let produce = { (emit: (String) -> Void) in
            format.write(state: live.state, entries: live.journal ?? [], clock: live.clock,
                         createdAt: live.info.createdAt, now: Date(), anonymous: anonymous, to: emit)
        }
        if let output {
            try Files.writeAtomically(to: output, produce)
        } else {
            try Files.writeAll(to: STDOUT_FILENO, what: "standard output", produce)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
