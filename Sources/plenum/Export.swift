import ArgumentParser
import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

/// `plenum export SESSION --format md|html|csv|json|ics`: the day for people (minutes, a report)
/// and for programs (a spreadsheet, data, a calendar).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a session: minutes (md), a report (html), post-its (csv), everything (json), a calendar (ics).",
        discussion: """
            Works on a session that is still running (as of its last fact) and on one copied from \
            another machine. Given a plan (.toml) instead, it writes the day as planned, on the plan's \
            date: `--format ics` for invitations before the day. With -o the file is written whole or \
            not at all.
            """
    )

    @Argument(help: "The session (a .plenum file or a postgres:// URL), a plan (.toml) for the day as planned, or a process file (ics, md, html: its calendar and report).")
    var session: String

    @Option(help: "md (minutes), html (a report that prints), csv (one row per post-it), json (everything), ics (calendar).")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Leave out every person's name (authors, participants).")
    var anonymous = false

    func run() throws {
        if ProcessFiles.processText(session) != nil {
            try ProcessCommands.export(session, format: format, output: output)
            return
        }
        // Written as it is made: a JSON export of 100,000 post-its never stands whole in memory.
        let (language, produce) = isPlan ? try planned() : try exported()
        if let output {
            try Files.write(to: output, access: .owner, language: language, produce)
        } else {
            try Files.writeAll(to: STDOUT_FILENO, what: language.ui.standardOutput, language: language, produce)
        }
    }

    /// A plan is a text file named .toml; anything else is opened as a session (and refused if it is not one).
    private var isPlan: Bool {
        session.lowercased().hasSuffix(".toml") && !Groups.isSession(session)
    }

    /// The session's language and its export, handed on in pieces; the facts JSON lists are those
    /// the fold kept as it read the journal (it is read once). The other formats list no facts,
    /// so their fold keeps none: 100,000 post-its are not held twice.
    private func exported() throws -> (Language, Files.Producer) {
        let live = try LiveSession.open(path: session, readOnly: true, keepsJournal: format == .json)
        return (live.state.plan.language, { emit in
            format.write(state: live.state, entries: live.state.journal, clock: live.clock,
                         createdAt: live.info.createdAt, now: live.now(), anonymous: anonymous, to: emit)
        })
    }

    /// The plan's day as planned, on its `date` (today without one) in the local time zone. The
    /// calendar's UIDs come from the plan's day, so sending it again after an edit updates the
    /// invitations instead of doubling them.
    private func planned() throws -> (Language, Files.Producer) {
        guard format != .csv else {
            throw UserError(Environment.language.ui.planHasNoPostIts(session))
        }
        let plan = try Files.loadPlan(session, defaultLanguage: Environment.language).plan
        let clock = SessionClock(day: plan.date ?? Environment.today, timeZone: .current)
        let midnight = clock.date(ClockTime(minutes: 0))
        let text = format.render(state: SessionState(plan: plan), entries: [], clock: clock, createdAt: midnight,
                                 now: midnight, anonymous: anonymous)
        return (plan.language, { emit in emit(text) })
    }
}

extension ExportFormat: ExpressibleByArgument {}
