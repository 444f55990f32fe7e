import ArgumentParser
import Foundation
import PlenumCore
import PlenumUI

/// `plenum run PLAN`: the facilitator's console; creates the session file or resumes it.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the day from the facilitator's console.",
        discussion: "Creates the session file (default sessions/<date>-<slug>.plenum) or, if it exists, resumes it where the day stands."
    )

    @Argument(help: "The plan file (.toml).")
    var plan: String

    @Option(help: "The session file to create or resume.")
    var session: String?

    @Option(help: "da or en: the screen language (default: the plan's).")
    var lang: Language?

    func run() throws {
        if let session, FileManager.default.fileExists(atPath: session) {
            // Resuming: the session holds the plan as run; the plan file is only compared.
            let bytes = try? Files.read(plan, what: "a plan", limit: PlanLoader.maximumBytes)
            let text = bytes.flatMap { try? PlanLoader.decode($0).get() }
            try Console.resume(path: session, planSource: text, language: lang)
            return
        }
        let bytes = try Files.read(plan, what: "a plan", limit: PlanLoader.maximumBytes)
        let outcome = PlanLoader.load(bytes, defaultLanguage: lang ?? Environment.language)
        guard let loaded = outcome.plan, case .success(let text) = PlanLoader.decode(bytes) else {
            let lines = outcome.diagnostics.map { $0.formatted(file: plan) + "\n" }.joined()
            FileHandle.standardError.write(Data(lines.utf8))
            throw ExitCode(2)
        }
        let path = session ?? SessionPaths.defaultPath(title: loaded.title, day: Environment.today)
        try Console.open(path: path, planSource: text, planFile: plan, language: lang ?? loaded.language)
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
        try Console.open(path: path, planSource: text, planFile: "demo", language: lang)
    }
}

/// Opening the console on a session file, created or resumed.
enum Console {
    static func open(path: String, planSource: String, planFile: String, language: Language) throws {
        if FileManager.default.fileExists(atPath: path) {
            try resume(path: path, planSource: planSource, language: language)
            return
        }
        try requireTerminal()
        try SessionPaths.ensureFolder(of: path)
        let live = try LiveSession.create(at: path, planSource: planSource, planFile: planFile)
        run(live, path: path, language: language, message: nil)
    }

    /// Opens an existing session where the day stands; says so if the plan file changed since.
    static func resume(path: String, planSource: String?, language: Language?) throws {
        try requireTerminal()
        let live = try LiveSession.open(path: path)
        let language = language ?? live.state.plan.language
        var message: String?
        if let planSource, live.info.planSource != planSource {
            message = language == .da
                ? "Planfilen er ændret, siden sessionen startede; sessionen kører videre med planen, som den var."
                : "The plan file changed since the session started; the session goes on with the plan as it was."
        }
        run(live, path: path, language: language, message: message)
    }

    private static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw UserError("the console needs a terminal; run it in a terminal window (for scripts use `plenum check` or `plenum export`)")
        }
    }

    private static func run(_ live: LiveSession, path: String, language: Language, message: String?) {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        ConsoleLoop(session: live, strings: UIStrings(language), startMessage: message, sessionPath: full).run()
        let hint = language == .da
            ? "Sessionen er gemt i \(path)\nReferenter: plenum note \(path)\nProjektor: plenum stage \(path)\nData: plenum export \(path) --format json\n"
            : "The session is saved in \(path)\nNotetakers: plenum note \(path)\nProjector: plenum stage \(path)\nData: plenum export \(path) --format json\n"
        print(hint, terminator: "")
    }
}
