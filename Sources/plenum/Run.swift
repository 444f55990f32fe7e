import ArgumentParser
import Foundation
import PlenumCore
import PlenumSession
import PlenumTerminal
import PlenumUI

/// `plenum run PLAN`: the facilitator's console; creates the session file or resumes it.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the day from the facilitator's console.",
        discussion: """
            Creates the session file (default sessions/<date>-<slug>.plenum) or, if it exists, resumes \
            it where the day stands. If the plan file changed since the session started, it asks \
            first: resume with the session's plan, or start a new session file (--resume and --new \
            answer without asking). A plan whose `date` is another day runs as a rehearsal that \
            starts now; --today runs it for real today.
            """
    )

    @Argument(help: "The plan file (.toml).")
    var plan: String

    @Option(help: "The session to create or resume: a file, or postgres://user@host/database?session=name.")
    var session: String?

    @Option(help: "da or en: the screen language (default: the plan's).")
    var lang: Language?

    @Flag(help: "Start a new session file, never resuming one (an existing name gets -2, -3 …).")
    var new = false

    @Flag(help: "Resume the existing session with its own plan, even if the plan file changed.")
    var resume = false

    @Flag(help: "Run a plan dated another day for real today, not as a rehearsal.")
    var today = false

    func run() throws {
        if new && resume { throw UserError((lang ?? Environment.language).ui.newAndResume) }
        if let session, SessionLocation.namesServer(session) {
            try runOnServer(session)
            return
        }
        let bytes = try? Files.read(plan, what: .plan, limit: PlanLoader.maximumBytes, language: lang ?? Environment.language)
        if let session, !new, FileManager.default.fileExists(atPath: session),
           bytes.flatMap({ try? PlanLoader.decode($0).get() }) == nil {
            // Resuming a named session needs no plan: the session holds the plan as run.
            try Console.resume(try LiveSession.open(path: session, language: lang), path: session, language: lang)
            return
        }
        let kept = session.flatMap { path -> String? in
            guard !new, FileManager.default.fileExists(atPath: path), let live = try? LiveSession.open(path: path, readOnly: true) else { return nil }
            return live.info.planSource
        }
        let (loaded, text) = try loadPlanAsKept(keptIn: kept)
        let now = Date()
        let day = SessionClock.day(of: now, in: .current)
        let rehearsal = Rehearsal.of(loaded, today: day, now: SessionClock(day: day, timeZone: .current).time(now),
                                     forToday: today)
        var path = session ?? SessionPaths.defaultPath(title: loaded.title, day: day)
        if FileManager.default.fileExists(atPath: path) {
            let live = try LiveSession.open(path: path, language: lang)
            let strings = (lang ?? loaded.language).ui
            switch try SessionChoice.ask(new: new, resume: resume, live: live, path: path, planSource: text,
                                         planFile: plan, forToday: today, strings: strings) {
            case .resume:
                try Console.resume(live, path: path, language: lang)
                return
            case .new:
                path = SessionPaths.unused(like: path)
            case .quit:
                return
            }
        } else if resume {
            throw UserError((lang ?? loaded.language).ui.noSessionToResume(path))
        }
        try Console.create(path: path, planSource: text, planFile: plan, language: loaded.language,
                           screenLanguage: lang ?? loaded.language, rehearsal: rehearsal, now: now)
    }
}

extension Run {
    /// The plan file loaded as a session made from it now keeps it, so that it can be compared
    /// with a session's plan: a day of a process takes what earlier days gave (cards_from,
    /// material_from), and its material files are read beside the plan; one that is not there
    /// (another laptop) is taken from `keptIn`, the plan text of the session being resumed.
    func loadPlanAsKept(keptIn: String?) throws -> (plan: Plan, text: String) {
        let carried = ProcessFiles.carried(intoPlan: plan)
        let kept = keptIn.map { PlanLoader.keptMaterials(in: $0) } ?? [:]
        let (loaded, planText) = try Files.loadPlan(plan, defaultLanguage: lang ?? Environment.language, carried: carried, kept: kept)
        return (loaded, PlanLoader.text(planText, carrying: carried))
    }
}

/// `plenum demo`: the built-in bootcamp (or workshop), moved to start now, in a fresh session.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a built-in demo day in a fresh session: the zero-setup way to see plenum."
    )

    @Option(help: "da (the Danish bootcamp, default) or en (the English workshop).")
    var lang: Language = .da

    func run() throws {
        let now = Date()
        let start = SessionClock(day: Environment.today, timeZone: .current).time(now)
        let text = DemoPlans.shifted(DemoPlans.text(lang), toStart: start)
        let stamp = SessionJSON.iso(now).replacingOccurrences(of: ":", with: "").prefix(17)
        let path = "sessions/demo-\(stamp).plenum"
        if FileManager.default.fileExists(atPath: path) {
            try Console.resume(try LiveSession.open(path: path), path: path, language: lang)
        } else {
            try Console.create(path: path, planSource: text, planFile: "demo", language: lang, screenLanguage: lang,
                               rehearsal: nil, now: now)
        }
    }
}

/// Opening the console on a session file, created or resumed.
enum Console {
    /// Creates the session file for a checked plan and opens the console on it.
    static func create(path: String, planSource: String, planFile: String, language: Language,
                       screenLanguage: Language, rehearsal: Rehearsal?, now: Date) throws {
        try requireTerminal(screenLanguage)
        if !SessionLocation.namesServer(path) { try SessionPaths.ensureFolder(of: path, language: screenLanguage) }
        let live = try LiveSession.create(at: path, planSource: planSource, planFile: planFile, language: language,
                                          rehearsal: rehearsal, now: now)
        run(live, path: path, language: screenLanguage)
    }

    /// Opens the console on an existing session where the day stands, with the session's plan.
    static func resume(_ live: LiveSession, path: String, language: Language?) throws {
        let language = language ?? live.state.plan.language
        try requireTerminal(language)
        run(live, path: path, language: language)
    }

    private static func requireTerminal(_ language: Language) throws {
        try TerminalCheck.require(language.ui.consoleNeedsTerminal, strings: language.ui)
    }

    private static func run(_ live: LiveSession, path: String, language: Language) {
        let full = SessionLocation.namesServer(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
        do {
            let terminal = Terminal()
            defer { terminal.stop() }
            var console = ConsoleScreen(session: live, strings: language.ui, startMessage: nil, sessionPath: full)
            ScreenProgram(terminal: terminal).run(&console)
        }
        Output.out(language.ui.sessionSavedHint(path))
    }
}
