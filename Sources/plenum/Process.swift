import ArgumentParser
import Foundation
import PlenumCore
import PlenumTerminal
import PlenumUI

/// `plenum process PROCESS`: the timeline of a process — phases, days with their state (planned,
/// rehearsed, held), milestones, today — and the learning of its held days side by side.
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Show a process: its phases, days (planned, rehearsed, held), milestones and today; and its learning.",
        discussion: """
            In a terminal it opens a screen (Tab switches between the timeline and the learning, q quits); \
            otherwise it prints the same as plain text. A process file lists its days' plans; see \
            docs/process-format.md. Check it with plenum check PROCESS; export it with plenum export PROCESS --format ics|md|html.
            """
    )

    @Argument(help: "The process file (.toml).")
    var process: String

    @Option(help: "da or en (default: the process's).")
    var lang: Language?

    func run() throws {
        let loaded = try ProcessCommands.load(process, language: lang)
        var text = ProcessText(loaded.timeline)
        if let lang { text = ProcessText(loaded.timeline, language: lang) }
        Output.err(loaded.problems.map { $0 + "\n" }.joined())
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            Output.document(text.render(width: Environment.outputWidth))
            return
        }
        let terminal = Terminal()
        defer { terminal.stop() }
        var screen = ProcessScreen(text: text)
        ScreenProgram(terminal: terminal).run(&screen)
    }
}

/// `plenum process`'s screen in the run loop: the timeline or the learning, scrolled.
struct ProcessScreen: ScreenModel {
    let text: ProcessText
    private var ui = ProcessView.UI()

    init(text: ProcessText) {
        self.text = text
    }

    var pacingState: SessionState? { nil }
    var keyWait: Int32 { 1000 }
    func now() -> Date { Date() }
    mutating func step() -> LoopCommand { .nothing }

    func render(width: Int, height: Int, now: Date) -> Screen {
        ProcessView(text: text, ui: ui).render(width: width, height: height)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        if key == .resize { return .redraw }
        return ui.handle(key) ? .changed : .quit
    }
}

/// The process side of `check` and `export`: they call here when their file is a process.
enum ProcessCommands {
    /// The process at `path`, loaded with its plans and sessions; refused (exit 2, with every
    /// problem printed) when the process file itself cannot be read.
    static func load(_ path: String, language: Language?, json: Bool = false) throws -> LoadedProcess {
        guard let text = ProcessFiles.processText(path) else {
            let bytes = try Files.read(path, what: "a process", limit: PlanLoader.maximumBytes)
            switch PlanLoader.decode(bytes) {
            case .failure(let problem):
                throw UserError(problem.formatted(file: path).replacingOccurrences(of: "a plan", with: "a process file"))
            case .success(let text):
                if let syntax = ProcessLoader.load(text: text, defaultLanguage: .en).diagnostics.first(where: {
                    $0.message.hasPrefix("this is not valid TOML")
                }) {
                    throw UserError(syntax.formatted(file: path))
                }
            }
            throw UserError("\(path) is not a process file: it needs [[days]], [[phases]] or [[milestones]] (see docs/process-format.md)")
        }
        let (loaded, problems) = LoadedProcess.load(path, text: text, language: language ?? Environment.language)
        guard let loaded else {
            if json {
                Output.document(JSONValue.object([("problems", .array(problems.map(JSONValue.string)))]).rendered() + "\n")
            } else {
                Output.err(problems.map { $0 + "\n" }.joined())
            }
            throw ExitCode(2)
        }
        return loaded
    }

    /// `plenum check PROCESS`: the process and every plan in it; the timeline, then the problems.
    static func check(_ path: String, json: Bool) throws {
        let loaded = try load(path, language: nil, json: json)
        if json {
            Output.document(ProcessJSON.check(loaded.timeline, problems: loaded.problems).rendered() + "\n")
        } else {
            Output.out(ProcessText(loaded.timeline).timelineLines(width: Environment.outputWidth).map(\.text)
                .joined(separator: "\n") + "\n")
            Output.err(loaded.problems.map { $0 + "\n" }.joined())
        }
        if loaded.hasErrors { throw ExitCode(2) }
    }

    /// `plenum export PROCESS --format ics|md|html`: the process calendar or its report.
    static func export(_ path: String, format: ExportFormat, output: String?) throws {
        guard let processFormat = ProcessExport.Format(rawValue: format.rawValue) else {
            throw UserError("a process exports as ics, md or html; \(format.rawValue) is for one session (plenum export SESSION)")
        }
        let loaded = try load(path, language: nil)
        if loaded.hasErrors {
            Output.err(loaded.problems.map { $0 + "\n" }.joined())
            throw ExitCode(2)
        }
        let text = ProcessExport(loaded.timeline).render(processFormat)
        if let output {
            try Files.write(text, to: output, access: .owner)
        } else {
            Output.document(text)
        }
    }
}
