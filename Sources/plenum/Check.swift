import ArgumentParser
import Foundation
import PlenumCore
import PlenumUI

/// `plenum check PLAN`: validate a plan and print its schedule.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a plan and print the planned day.",
        discussion: "Problems are printed as FILE:LINE:COLUMN: error: … and refuse the plan (exit code 2); warnings do not."
    )

    /// Output formats of `check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The plan file (.toml), or a process file (its plans are checked too).")
    var plan: String

    @Option(help: "text (a readable table) or json (for scripts).")
    var format: Format = .text

    func run() throws {
        let bytes = try Files.read(plan, what: .plan, limit: PlanLoader.maximumBytes, language: Environment.language)
        if ProcessFiles.processText(plan) != nil {
            try ProcessCommands.check(plan, json: format == .json)
            return
        }
        let materials = (try? PlanLoader.decode(bytes).get()).map { MaterialLoading.read(forPlan: plan, text: $0) } ?? [:]
        let outcome = PlanLoader.load(bytes, defaultLanguage: Environment.language, materials: materials)
        guard let loaded = outcome.plan, let schedule = outcome.schedule else {
            if format == .json {
                Output.out(CheckJSON.problems(outcome.diagnostics).rendered() + "\n")
            } else {
                report(outcome.diagnostics)
            }
            throw ExitCode(2)
        }
        let date = loaded.date ?? Environment.today
        switch format {
        case .json:
            Output.out(CheckJSON.schedule(loaded, schedule, date: date, warnings: outcome.diagnostics.warnings).rendered() + "\n")
        case .text:
            Output.out(CheckReport(plan: loaded, schedule: schedule, date: date, width: Environment.outputWidth).render())
            report(outcome.diagnostics)
        }
    }

    private func report(_ diagnostics: [Diagnostic]) {
        let lines = diagnostics.map { $0.formatted(file: plan) + "\n" }.joined()
        Output.err(lines)
    }
}
