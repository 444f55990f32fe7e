import ArgumentParser
import Foundation
import PlenumCore

/// `plenum groups PLAN|SESSION`: who sits where in every groups block, for paper or for scripts.
struct Groups: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the seating of every groups block: tables, groups, names, hosts.",
        discussion: """
            From a plan, the seating is made from its seed (the plan's title, or --seed). From a \
            session, the session's own seed is used, so the seating matches the console's. Rules \
            that cannot hold, pins that overflow a table and the like are refused with a sentence \
            naming the people (exit code 2).
            """
    )

    /// Output formats of `groups`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A plan (.toml) or a session file (.plenum).")
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
            let bytes = try Files.read(file, what: "a plan", limit: PlanLoader.maximumBytes)
            let outcome = PlanLoader.load(bytes, defaultLanguage: Environment.language)
            guard let loaded = outcome.plan else {
                let lines = outcome.diagnostics.errors.map { $0.formatted(file: file) + "\n" }.joined()
                Output.err(lines)
                throw ExitCode(2)
            }
            plan = loaded
            result = DaySeating.make(plan: loaded, agenda: SessionState(plan: loaded).agenda, seed: seed ?? Self.seed(of: loaded))
        }
        switch result {
        case .failure(let problem):
            throw UserError("\(file): \(problem.message)")
        case .success(let day):
            let report = GroupsReport(plan: plan, day: day, walkIns: walkIns)
            Output.out(format == .json ? report.json().rendered() + "\n" : report.text())
        }
    }

    /// Whether the file starts as an SQLite database (a session) rather than text (a plan).
    static func isSession(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head.starts(with: Array("SQLite format 3".utf8))
    }

    /// A plan's own seed: its title, hashed (FNV-1a), so the same plan always seats the same way.
    static func seed(of plan: Plan) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in plan.title.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
