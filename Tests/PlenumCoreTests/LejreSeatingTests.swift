import Foundation
import Testing
@testable import PlenumCore

/// The Lejre bootcamp (issue 16): 48 people in four segments at four tables of two groups, three
/// citizens who must be apart, and an afternoon by segment with only two groups of citizens. One
/// block that cannot hold a rule never takes the day's seating away.
@Suite struct LejreSeatingTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Plans/lejre.toml").standardized.path
    static let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    static let citizens = ["Bo Dahl", "Frederik Kjær", "Jesper Bech"]

    func day(_ plan: Plan, seed: UInt64 = 5) throws -> DaySeating {
        try DaySeating.make(plan: plan, agenda: SessionState(plan: plan).agenda, seed: seed).get()
    }

    func entry(_ day: DaySeating, _ title: String) throws -> DaySeating.Entry {
        try #require(day.entries.first { $0.round.title == title })
    }

    @Test func checkWarnsAtTheRuleNamingTheBlockAndWhy() throws {
        let outcome = load(Self.text, language: .da)
        #expect(outcome.plan != nil)
        let warnings = outcome.diagnostics.warnings
        #expect(warnings.count == 1, "\(warnings)")
        let warning = try #require(warnings.first)
        let line = Self.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("apart = [\"Bo Dahl\"") }
        #expect(warning.position?.line == line.map { $0 + 1 })
        #expect(warning.position?.column == 9)
        #expect(warning.message.contains("kun 2 grupper af Borgere i »Aktiviteter«"), "a Danish plan warns in Danish: \(warning.message)")
    }

    @Test(arguments: [1, 5, 42] as [UInt64])
    func theRuleIsBentOnlyInTheSegmentBlockAndEveryBlockIsSeated(_ seed: UInt64) throws {
        let plan = try #require(load(Self.text, language: .da).plan)
        let day = try day(plan, seed: seed)
        #expect(day.entries.count == 5)
        for entry in day.entries {
            #expect(entry.problem == nil)
            #expect(entry.seating.groups.flatMap(\.members).count == 48, "\(entry.round.title)")
            let groups = Set(Self.citizens.compactMap { entry.seating.group(of: $0) }.map { "\($0.table)/\($0.group)" })
            if entry.round.title == "Aktiviteter" {
                #expect(entry.bent == [BentRule(rule: plan.rules[0], broken: 1, reason: .segmentGroups(segment: "BOR", groups: 2))])
                #expect(groups.count == 2, "the fewest pairs together: one")
            } else if entry.round.formation != .table {
                #expect(entry.bent.isEmpty, "\(entry.round.title): \(entry.bent)")
                #expect(groups.count == 3, "\(entry.round.title)")
            }
        }
    }

    @Test func keepKeepsAndANewRoundMeetsNobodyAgain() throws {
        let plan = try #require(load(Self.text, language: .da).plan)
        for seed: UInt64 in [1, 2, 3] {
            let day = try day(plan, seed: seed)
            #expect(try entry(day, "Dialog fortsat").seating.groups == entry(day, "Dialog på tværs").seating.groups)
            let new = try #require(day.entries.firstIndex { $0.round.title == "Nye ansigter" })
            #expect(day.pairsMetBefore(new) == 0, "seed \(seed)")
        }
    }

    @Test func afterCheckInTheSegmentGroupsAreBalancedFirst() throws {
        var driver = try SessionDriver(DemoPlans.text(.da))
        let plan = driver.state.plan
        // One politician goes home; the interpreter's rule ties a politician and a citizen together.
        #expect(driver.perform(.markAttendance(name: "Anne Vang", status: .left)) == nil)
        let day = try SessionSeating.make(driver.state, seed: 42).get()
        let segment = try #require(day.entries.first { $0.round.formation == .segment })
        #expect(segment.problem == nil)
        let sizes = segment.seating.groups.map(\.members.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1, "\(sizes)")
        let segmentOf = Dictionary(uniqueKeysWithValues: plan.participants.map { ($0.name, $0.segment ?? "") })
        for group in segment.seating.groups {
            let segments = group.members.filter { $0 != "Zainab Søndergaard" }.map { segmentOf[$0] ?? "" }
            #expect(Set(segments).count == 1, "one segment per group (the interpreter's pair together): \(group)")
        }
        #expect(segment.seating.group(of: "Yasmin Østergaard") == segment.seating.group(of: "Zainab Søndergaard"))
        // With everyone here the politicians and the interpreter's citizen are 13: still groups of 6,
        // one politician sitting with the citizens.
        let full = try SessionSeating.make(SessionState(plan: plan), seed: 42).get()
        let all = try #require(full.entries.first { $0.round.formation == .segment })
        #expect(all.seating.groups.map(\.members.count) == Array(repeating: 6, count: 8))
        #expect(all.seating.group(of: "Yasmin Østergaard") == all.seating.group(of: "Zainab Søndergaard"))
    }
}
