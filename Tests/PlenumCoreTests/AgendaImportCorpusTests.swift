import Foundation
import Testing
@testable import PlenumCore

/// The agenda corpus in `Agendas/`: each `NAME.txt` is imported, every plan written is loaded back
/// as `plenum check` would, and its schedule is compared with `NAME.expected` (reviewed by hand;
/// `PLENUM_RECORD=1` rewrites them).
@Suite struct AgendaImportCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Agendas")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func text(_ name: String, _ ext: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(name).\(ext)"), encoding: .utf8)
    }

    @Test func theCorpusIsThere() {
        #expect(Self.names.count >= 10)
    }

    @Test(arguments: names) func importsAsExpected(_ name: String) throws {
        let input = try Self.text(name, "txt")
        let agenda = try AgendaImport.read(input).get()
        var observed: [String] = []
        for day in agenda.days.indices {
            let toml = AgendaPlanWriter.plan(agenda, day: day, source: "\(name).txt")
            let outcome = PlanLoader.load(text: toml, defaultLanguage: .en)
            #expect(!outcome.diagnostics.hasErrors, "\(name) day \(day + 1): \(outcome.diagnostics)\n\(toml)")
            guard let plan = outcome.plan, let schedule = outcome.schedule else { continue }
            observed += Self.describe(plan, schedule)
        }
        if agenda.isProcess {
            let text = Self.processText(agenda, name)
            let outcome = ProcessLoader.load(text: text, defaultLanguage: .en)
            #expect(!outcome.diagnostics.hasErrors, "\(name) process: \(outcome.diagnostics)\n\(text)")
            if let process = outcome.process { observed += Self.describe(process) }
        }
        observed += agenda.warnings.map { "warning \($0.position?.description ?? "-") \($0.message)" }
        if ProcessInfo.processInfo.environment["PLENUM_RECORD"] == "1" {
            // Rewrites the expectation; review every rewritten file before committing it.
            try (observed.joined(separator: "\n") + "\n").write(to: Self.folder.appendingPathComponent("\(name).expected"),
                                                                atomically: true, encoding: .utf8)
        }
        let expected = try Self.text(name, "expected")
        #expect(observed.joined(separator: "\n") + "\n" == expected, "\(name):\n\(observed.joined(separator: "\n"))")
    }

    /// Every line of every agenda is in a block, a note, the comment or a warning.
    @Test(arguments: names) func nothingIsDropped(_ name: String) throws {
        let input = try Self.text(name, "txt")
        let agenda = try AgendaImport.read(input).get()
        let plans = agenda.days.indices.map { AgendaPlanWriter.plan(agenda, day: $0, source: "x") }.joined()
            + (agenda.isProcess ? Self.processText(agenda, name) : "")
        let warned = Set(agenda.warnings.compactMap { $0.position?.line })
        for line in AgendaText.lines(input) where !warned.contains(line.number) {
            let reading = AgendaLineReader.read(line.text)
            let kept = reading.shape == .timed ? (AgendaCollectorColumns.first(reading.rest)) : reading.rest
            var cells = kept.split(separator: "\t").map(String.init)
            if let labeled = AgendaWords.labeled(kept), cells.count == 1 { cells = [labeled.value] }
            if reading.shape == .text, let period = PeriodText.read(kept, year: nil) { cells = [period.phrase, period.rest] }
            for cell in cells where !cell.isEmpty {
                let escaped = String(AgendaPlanWriter.quoted(cell).dropFirst().dropLast())
                #expect(plans.contains(escaped) || plans.contains(cell), "\(name) line \(line.number): \(cell)")
            }
        }
    }

    @Test func textWithoutTimesIsRefused() {
        let result = AgendaImport.read("Velkomst\nGruppearbejde\nFrokost\n")
        guard case .failure(let problem) = result else {
            Issue.record("accepted text with no times")
            return
        }
        #expect(problem.message == "fandt ingen klokkeslæt; en dagsorden har linjer som 09:00-09:30 Titel")
        let english = AgendaImport.read("Welcome\nGroup work\nLunch\n")
        guard case .failure(let refusal) = english else {
            Issue.record("accepted text with no times")
            return
        }
        #expect(refusal.message == "no times found; expected lines like 09:00-09:30 Title")
    }

    /// The process file `plenum import -o NAME.toml` writes for a process.
    static func processText(_ agenda: ImportedAgenda, _ name: String) -> String {
        AgendaProcessWriter.process(agenda, source: "\(name).txt",
                                    planFiles: agenda.days.indices.map { "\(name)-\($0 + 1).toml" })
    }

    static func describe(_ process: ProcessFile) -> [String] {
        var lines = ["process: \(process.title)"]
        if let notes = process.notes { lines.append("notes: " + notes.split(separator: "\n").joined(separator: " / ")) }
        for phase in process.phases {
            let span = phase.span.map { " \($0.from)..\($0.to)" } ?? ""
            lines.append("phase: \(phase.title)\(span)")
            for note in (phase.notes ?? "").split(separator: "\n") { lines.append("  note: \(note)") }
        }
        for milestone in process.milestones { lines.append("milestone: \(milestone.date) \(milestone.title)") }
        for day in process.days { lines.append("day: \(day.plan)" + (day.phase.map { " in \($0)" } ?? "")) }
        return lines
    }

    static func describe(_ plan: Plan, _ schedule: Schedule) -> [String] {
        var head = "plan: \(plan.title)"
        if let date = plan.date { head += " · date \(date)" }
        if let venue = plan.venue { head += " · venue \(venue)" }
        if let end = plan.end { head += " · end \(end)" }
        var lines = [head]
        if let notes = plan.notes { lines.append("notes: " + notes.split(separator: "\n").joined(separator: " / ")) }
        for entry in schedule.entries {
            let at = entry.block.at == nil ? "" : "at "
            var extra = ""
            if let formation = entry.block.formation, formation == .table { extra += " [formation table]" }
            if let present = entry.block.present { extra += " [present \(present.rawValue)]" }
            if !entry.block.cards.isEmpty { extra += " [\(entry.block.cards.count) cards every \(entry.block.cardMinutes ?? 0) min]" }
            lines.append("\(entry.start)-\(entry.end) \(entry.block.kind.rawValue) \(at)\(entry.block.title)\(extra)")
            for card in entry.block.cards { lines.append("  card: \(card)") }
            for note in (entry.block.notes ?? "").split(separator: "\n") { lines.append("  note: \(note)") }
        }
        return lines
    }
}

/// The first column of a row, as the importer reads it.
enum AgendaCollectorColumns {
    static func first(_ rest: String) -> String { DayCollector.columns(rest).first ?? "" }
}
