import Foundation
import Testing
@testable import PlenumCore

/// The agenda corpus in `Agendas/`: each `NAME.txt` is imported, every plan written is loaded back
/// as `plenum check` would, and its schedule is compared with `NAME.expected` (written by hand).
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
        observed += agenda.warnings.map { "warning \($0.position?.description ?? "-") \($0.message)" }
        let expected = try Self.text(name, "expected")
        #expect(observed.joined(separator: "\n") + "\n" == expected, "\(name):\n\(observed.joined(separator: "\n"))")
    }

    /// Every line of every agenda is in a block, a note, the comment or a warning.
    @Test(arguments: names) func nothingIsDropped(_ name: String) throws {
        let input = try Self.text(name, "txt")
        let agenda = try AgendaImport.read(input).get()
        let plans = agenda.days.indices.map { AgendaPlanWriter.plan(agenda, day: $0, source: "x") }.joined()
        let warned = Set(agenda.warnings.compactMap { $0.position?.line })
        for line in AgendaText.lines(input) where !warned.contains(line.number) {
            let reading = AgendaLineReader.read(line.text)
            let kept = reading.shape == .timed ? (AgendaCollectorColumns.first(reading.rest)) : reading.rest
            var cells = kept.split(separator: "\t").map(String.init)
            if let labeled = AgendaWords.labeled(kept), cells.count == 1 { cells = [labeled.value] }
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
        #expect(problem.message == "no times found; expected lines like 09:00-09:30 Title")
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
            lines.append("\(entry.start)-\(entry.end) \(entry.block.kind.rawValue) \(at)\(entry.block.title)")
            for note in (entry.block.notes ?? "").split(separator: "\n") { lines.append("  note: \(note)") }
        }
        return lines
    }
}

/// The first column of a row, as the importer reads it.
enum AgendaCollectorColumns {
    static func first(_ rest: String) -> String { DayCollector.columns(rest).first ?? "" }
}
