import Foundation
import Testing
@testable import PlenumCore

/// Seeded random mutations of the agenda corpus: the importer either refuses with its sentence or
/// writes plans that all check; it never traps.
@Suite struct AgendaImportFuzzTests {
    static let pieces = ["09:00", "-", "–", "12.30", "kl.", "25:99", "\t", "\n", "  ", "pm", "Mandag", "Day 2",
                         "06.02.19", "<p>", "&amp;", "|", ":", "0", "99", "æøå", "🙂", "\u{0301}", "\"", "\\", "\u{0}"]

    static func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            let at = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !characters.isEmpty:
                characters.remove(at: at)
            case 1:
                characters.insert(contentsOf: pieces.randomElement(using: &rng) ?? "", at: at)
            case 2 where !characters.isEmpty:
                let length = Int.random(in: 1...20, using: &rng)
                characters.removeSubrange(at..<min(characters.count, at + length))
            default:
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                characters.insert(contentsOf: "\n" + (lines.randomElement(using: &rng) ?? "") + "\n", at: at)
            }
        }
        return String(characters)
    }

    @Test func mutatedAgendasGiveCheckingPlansOrASentence() throws {
        let inputs = try AgendaImportCorpusTests.names.map { try AgendaImportCorpusTests.text($0, "txt") }
        var rng = SplitMix64(seed: 20261123)
        var refused = 0
        for round in 0..<400 {
            let input = Self.mutate(inputs[round % inputs.count], &rng)
            switch AgendaImport.read(input) {
            case .failure(let problem):
                refused += 1
                #expect(problem.message.hasPrefix("no ") || problem.message.hasPrefix("fandt ingen "), "round \(round)")
            case .success(let agenda):
                for day in agenda.days.indices {
                    let toml = AgendaPlanWriter.plan(agenda, day: day, source: "fuzz")
                    let outcome = PlanLoader.load(text: toml, defaultLanguage: .da)
                    #expect(!outcome.diagnostics.hasErrors, "round \(round): \(outcome.diagnostics)\n\(input)\n\(toml)")
                }
            }
        }
        #expect(refused < 400)
    }
}
