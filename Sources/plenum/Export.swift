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
        let live = try LiveSession.open(path: session, readOnly: true)
        let entries: [JournalEntry]
        do {
            entries = try live.store.entries()
        } catch {
            throw UserError(error.message)
        }
        let text = format.render(state: live.state, entries: entries, clock: live.clock, createdAt: live.info.createdAt,
                                 now: Date(), anonymous: anonymous)
        if let output {
            try Files.write(text, to: output, access: .owner)
        } else {
            Output.document(text)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
