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
            another machine. Given a plan (.toml) instead, it writes the day as planned, on the plan's \
            date: `--format ics` for invitations before the day. With -o the file is written whole or \
            not at all.
            """
    )

    @Argument(help: "The session file (.plenum), a plan (.toml) for the day as planned, or a process file (ics, md, html: its calendar and report).")
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
        let text = isPlan ? try planned() : try exported()
        if let output {
            try Files.writeAtomically(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// A plan is a text file named .toml; anything else is opened as a session (and refused if it is not one).
    private var isPlan: Bool {
        session.lowercased().hasSuffix(".toml") && !Groups.isSession(session)
    }

    private func exported() throws -> String {
        let live = try LiveSession.open(path: session, readOnly: true)
        let entries: [JournalEntry]
        do {
            entries = try live.store.entries()
        } catch {
            throw UserError(error.message)
        }
        return format.render(state: live.state, entries: entries, clock: live.clock, createdAt: live.info.createdAt,
                             now: live.now(), anonymous: anonymous)
    }

    /// The plan's day as planned, on its `date` (today without one) in the local time zone. The
    /// calendar's UIDs come from the plan's day, so sending it again after an edit updates the
    /// invitations instead of doubling them.
    private func planned() throws -> String {
        guard format != .csv else {
            throw UserError("\(session) is a plan, and a plan has no post-its yet; csv lists a session's post-its (plenum export SESSION --format csv)")
        }
        let plan = try Files.loadPlan(session, defaultLanguage: Environment.language).plan
        let clock = SessionClock(day: plan.date ?? Environment.today, timeZone: .current)
        let midnight = clock.date(ClockTime(minutes: 0))
        return format.render(state: SessionState(plan: plan), entries: [], clock: clock, createdAt: midnight,
                             now: midnight, anonymous: anonymous)
    }
}

extension ExportFormat: ExpressibleByArgument {}
