import ArgumentParser
import Foundation
import PlenumCore
import PlenumUI

/// `plenum import AGENDA|- [-o PLAN]`: turn a pasted text agenda into a plan (one per day).
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a pasted agenda (\"16:15-16:30 Velkomst …\") into a plan.",
        discussion: """
            Reads times in the notations people write (09:00-09:30, 16.15–16.30, kl. 9.00, 1:30 pm), \
            day headers (Mandag, Day 2, 17. februar) and columns (time, what, who, where). The plan \
            starts with a comment listing what was guessed. A multi-day agenda gives one plan per day: \
            PLAN-1.toml, PLAN-2.toml, …; text with several dates, milestones or phases ("Primo april", \
            "Forår 2020") is a process: PLAN is then the process file (see plenum process). Lines that could not be read as written are warnings \
            (FILE:LINE:COLUMN: warning: …); the plan is written anyway.
            """
    )

    @Argument(help: "The agenda as a text file, or - for standard input.")
    var agenda: String

    @Option(name: .shortAndLong, help: "Where to write the plan (standard output without it).")
    var output: String?

    @Option(help: "da or en (default: guessed from the text, else the terminal's LANG).")
    var lang: Language?

    @Flag(help: "Replace plan files that exist.")
    var force = false

    func run() throws {
        // Before the agenda is read: the language asked for, else the terminal's; then the agenda's.
        let asked = lang ?? Environment.language
        let bytes = agenda == "-"
            ? StandardInput.bytes(limit: PlanLoader.maximumBytes)
            : try Files.read(agenda, what: .agenda, limit: PlanLoader.maximumBytes, language: asked)
        let source = agenda == "-" ? asked.ui.standardInput : agenda
        guard bytes.count <= PlanLoader.maximumBytes else {
            throw UserError(asked.ui.agendaTooBig(source))
        }
        let text = Self.repairedEncoding(bytes) ?? String(decoding: bytes, as: UTF8.self)
        let imported: ImportedAgenda
        switch AgendaImport.read(text, language: lang, fallback: asked) {
        case .failure(let problem):
            throw UserError("\(source): \(problem.message)")
        case .success(let agenda):
            imported = agenda
        }
        let said = imported.language.ui
        if imported.days.count > PlanLimits.importedDays {
            throw UserError(said.tooManyDays(source, days: imported.days.count, most: PlanLimits.importedDays))
        }
        if let day = imported.days.firstIndex(where: { $0.blocks.count > PlanLimits.blocks }) {
            let which = imported.days.count > 1 ? said.dayOf(day + 1, source) : source
            throw UserError(said.tooManyBlocks(which, blocks: imported.days[day].blocks.count, most: PlanLimits.blocks))
        }
        if imported.isProcess {
            try writeProcess(imported, source: source)
            return
        }
        let files = outputFiles(count: imported.days.count)
        if !force, let existing = files.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw UserError(said.existsAlready(existing))
        }
        let plans = imported.days.indices.map {
            AgendaPlanWriter.plan(imported, day: $0, source: (source as NSString).lastPathComponent,
                                  files: files.map { ($0 as NSString).lastPathComponent })
        }
        for plan in plans {
            let outcome = PlanLoader.load(Array(plan.utf8), defaultLanguage: imported.language)
            if outcome.diagnostics.hasErrors {
                let first = outcome.diagnostics.errors.first.map { $0.formatted(file: said.importedFile(process: false)) } ?? ""
                throw UserError(said.importBug(process: false, source, first))
            }
        }
        let warnings = imported.warnings.map { $0.formatted(file: source) + "\n" }.joined()
        Output.err(warnings)
        if files.isEmpty {
            Output.document(plans.joined(separator: "\n# ------------------------------------------------------------\n\n"))
            if plans.count > 1 {
                Output.err(said.severalDays(plans.count) + "\n")
            }
            return
        }
        for (file, plan) in zip(files, plans) {
            try Files.write(plan, to: file, access: .everyone, language: imported.language)
        }
        let blocks = imported.days.map(\.blocks.count).reduce(0, +)
        Output.err(said.wrotePlans(files, blocks: blocks) + "\n")
    }

    /// A process: the process file at PLAN and one plan per day beside it (PLAN-1.toml …), all
    /// checked before anything is written; on standard output, one after the other.
    private func writeProcess(_ imported: ImportedAgenda, source: String) throws {
        let said = imported.language.ui
        let stem = output.map { $0.hasSuffix(".toml") ? String($0.dropLast(5)) : $0 } ?? "process"
        let planFiles = imported.days.indices.map { "\(stem)-\($0 + 1).toml" }
        let names = planFiles.map { ($0 as NSString).lastPathComponent }
        let sourceName = (source as NSString).lastPathComponent
        let process = AgendaProcessWriter.process(imported, source: sourceName, planFiles: names)
        let plans = imported.days.indices.map { AgendaPlanWriter.plan(imported, day: $0, source: sourceName, files: names) }
        let problems = ProcessLoader.load(text: process, defaultLanguage: imported.language).diagnostics.errors
            + plans.flatMap { PlanLoader.load(text: $0, defaultLanguage: imported.language).diagnostics.errors }
        if let first = problems.first {
            throw UserError(said.importBug(process: true, source, first.formatted(file: said.importedFile(process: true))))
        }
        let warnings = imported.warnings.map { $0.formatted(file: source) + "\n" }.joined()
        Output.err(warnings)
        guard let output else {
            let separator = "\n# ------------------------------------------------------------\n\n"
            Output.document(([process] + plans).joined(separator: separator))
            Output.err(said.processDays(plans.count) + "\n")
            return
        }
        let files = [output] + planFiles
        if !force, let existing = files.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw UserError(said.existsAlready(existing))
        }
        for (file, text) in zip(planFiles, plans) { try Files.write(text, to: file, access: .everyone, language: imported.language) }
        try Files.write(process, to: output, access: .everyone, language: imported.language)
        Output.err(said.wroteProcess(output, plans: planFiles) + "\n")
    }

    /// PLAN for one day; PLAN-1.toml, PLAN-2.toml … for several; none for standard output.
    private func outputFiles(count: Int) -> [String] {
        guard let output else { return [] }
        guard count > 1 else { return [output] }
        let stem = output.hasSuffix(".toml") ? String(output.dropLast(5)) : output
        return (1...count).map { "\(stem)-\($0).toml" }
    }

    /// Text from a Windows-1252 or Latin-1 file (Word's "plain text"), where the bytes are not UTF-8.
    static func repairedEncoding(_ bytes: [UInt8]) -> String? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
