import Foundation
import Testing
@testable import PlenumCore

/// Seeded random mutations of the real plans (the examples and the demos): the loader either gives
/// a plan or refuses with sentences that each name a place inside the file; it never traps or hangs.
/// `scripts/fuzz` runs many more through the real binary.
@Suite struct PlanFuzzTests {
    static let pieces = ["[", "]", "[[", "]]", "\"", "'", "'''", "\"\"\"", "=", "{", "}", ",", "#", "\n", ".", "-", "+",
                         "09:00", "25:61", "99999999999999999999", "-1", "0", "1e9", "true", "nan", "inf", "1979-05-27",
                         "æøå", "🙂", "\u{0301}", "\\", "\\u00", "\t", "kind", "minutes", "[[blocks]]", "[tables]", "\u{0}"]

    static func plans() throws -> [String] {
        let files = ["bootcamp", "workshop", "dialogmoede"].map { "\(packageRoot)/sessions/\($0).toml" }
        return try files.map { try String(contentsOfFile: $0, encoding: .utf8) } + [DemoPlans.text(.en), PlanTemplate.text(.da)]
    }

    static func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            guard !lines.isEmpty else { break }
            let l = Int.random(in: 0..<lines.count, using: &rng)
            var characters = Array(lines[l])
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: lines.remove(at: l)
            case 1: lines.insert(lines[Int.random(in: 0..<lines.count, using: &rng)], at: l)
            case 2: lines.swapAt(l, Int.random(in: 0..<lines.count, using: &rng))
            case 3 where !characters.isEmpty:
                let at = Int.random(in: 0..<characters.count, using: &rng)
                characters.removeSubrange(at..<min(characters.count, at + Int.random(in: 1...12, using: &rng)))
                lines[l] = String(characters)
            case 4:
                let at = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &rng)
                characters.insert(contentsOf: pieces.randomElement(using: &rng) ?? "", at: at)
                lines[l] = String(characters)
            default:
                lines = Array(lines.prefix(l))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedPlansLoadOrAreRefusedInPlace() throws {
        let plans = try Self.plans()
        var rng = SplitMix64(seed: 424242)
        var refused = 0
        for round in 0..<300 {
            let text = Self.mutate(plans[round % plans.count], &rng)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            let started = Date()
            let outcome = PlanLoader.load(Array(text.utf8), defaultLanguage: .da)
            // A hang guard, not a timing claim: a plan of this size loads in milliseconds.
            #expect(Date().timeIntervalSince(started) < 10, "round \(round) took too long")
            if outcome.plan == nil {
                refused += 1
                let errors = outcome.diagnostics.errors
                #expect(!errors.isEmpty, "round \(round): refused without a reason")
                for error in errors {
                    #expect(!error.message.isEmpty && !error.message.contains("\n"), "round \(round): \(error.message)")
                    if let at = error.position {
                        #expect(at.line >= 1 && at.line <= lineCount + 1 && at.column >= 1, "round \(round): \(at)")
                    }
                }
            } else {
                // What loads also schedules.
                _ = Schedule.plan(outcome.plan!)
            }
        }
        #expect(refused > 30 && refused < 300, "\(refused) of 300 refused")
    }
}
