import ArgumentParser
import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

/// `plenum groups PLAN|SESSION`: who sits where in every groups block, for paper or for scripts.
struct Groups: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the seating of every groups block: tables, groups, names, hosts.",
        discussion: """
            The seating follows from the plan: its `seed`, or one derived from its text (or --seed). \
            A session made from the same plan starts from the same seed, so what is printed the day \
            before is what the day uses (until check-in changes who is here). A rule a block cannot \
            hold is kept as far as it can be and said under the block; a block that cannot be seated \
            at all (pins that overflow a table, a segment of one) is named on standard error with \
            exit code 2, and every other block is printed.
            """
    )

    /// Output formats of `groups`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A plan (.toml), or a session: a file (.plenum) or a postgres:// URL.")
    var file: String

    @Option(help: "text (one block of text per table, for paper) or json (for scripts).")
    var format: Format = .text

    @Option(help: "Another seed gives another seating; the same seed always the same one.")
    var seed: UInt64?

    func run() throws {
        let plan: Plan
        var walkIns: [Attendee] = []
        let result: Result<DaySeating, SeatingProblem>
        if Self.isSession(file) {
            // The session as it stands: attendance, walk-ins, and the groups of blocks that ran.
            let live = try LiveSession.open(path: file, readOnly: true)
            plan = live.state.plan
            walkIns = live.state.walkIns
            result = SessionSeating.make(live.state, seed: seed ?? live.info.seed)
        } else {
            let bytes = try Files.read(file, what: .plan, limit: PlanLoader.maximumBytes, language: Environment.language)
            let outcome = PlanLoader.load(bytes, defaultLanguage: Environment.language)
            guard let loaded = outcome.plan else {
                let lines = outcome.diagnostics.errors.map { $0.formatted(file: file) + "\n" }.joined()
                Output.err(lines)
                throw ExitCode(2)
            }
            plan = loaded
            let text = (try? PlanLoader.decode(bytes).get()) ?? ""
            result = DaySeating.make(plan: loaded, agenda: SessionState(plan: loaded).agenda,
                                     seed: seed ?? loaded.seatingSeed(source: text))
        }
        switch result {
        case .failure(let problem):
            throw UserError("\(file): \(problem.message)")
        case .success(let day):
            let report = GroupsReport(plan: plan, day: day, walkIns: walkIns)
            Output.out(format == .json ? report.json().rendered() + "\n" : report.text())
            // A block that cannot be seated is named on its own, as the warning `check` gives; the
            // others are printed above, and the day runs with them (exit 0).
            let problems = day.entries.compactMap(\.problem)
            Output.err(problems.map { "plenum: \(file): warning: \($0.message)\n" }.joined())
        }
    }

    /// Whether the file starts as an SQLite database (a session) rather than text (a plan).
    static func isSession(_ path: String) -> Bool {
        if SessionLocation.namesServer(path) { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head.starts(with: Array("SQLite format 3".utf8))
    }
}
