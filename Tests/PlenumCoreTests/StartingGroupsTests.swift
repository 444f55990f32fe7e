import Foundation
import Testing
@testable import PlenumCore

/// The rule that a starting block gets its groups fixed in the same write, for who is here as it
/// starts; what the session layer applies to every intent.
@Suite struct StartingGroupsTests {
    let plan = PlanLoader.load(text: DemoPlans.text(.da), defaultLanguage: .da).plan!
    let now = Date(timeIntervalSince1970: 1_773_302_400)

    func state(_ facts: [Fact]) -> SessionState {
        var state = SessionState(plan: plan)
        for (k, fact) in facts.enumerated() { state.apply(JournalEntry(seq: Int64(k + 1), at: now, actor: "t", fact: fact)) }
        return state
    }

    @Test func aStartingGroupsBlockIsWrittenWithItsGroupsForWhoIsHere() throws {
        let away = plan.participants[0].name
        let before = state([.dayStarted, .attendanceMarked(name: away, status: .absent)])
        let facts = StartingGroups.fixing([.blockStarted(block: "p2")], in: before, now: now, actor: "t",
                                          seating: StartingGroups.onTheSpot(SeatingCache(seed: 42)))
        #expect(facts.first == .blockStarted(block: "p2"))
        let formed = facts.compactMap { fact -> [SeatedGroup]? in
            if case .groupsFormed("p2", let groups) = fact { return groups } else { return nil }
        }
        let groups = try #require(formed.first)
        #expect(formed.count == 1)
        let seated = groups.flatMap(\.members)
        #expect(!seated.contains(away), "someone who sent word is not seated")
        #expect(Set(seated) == Set(plan.participants.map(\.name)).subtracting([away]))
    }

    @Test func otherFactsAndBlocksFormedBeforeGetNoGroups() {
        var cache = StartingGroups.onTheSpot(SeatingCache(seed: 42))
        let running = state([.dayStarted])
        #expect(StartingGroups.fixing([.paused], in: running, now: now, actor: "t", seating: cache) == [.paused])
        let first = StartingGroups.fixing([.blockStarted(block: "p2")], in: running, now: now, actor: "t", seating: cache)
        var after = running
        for (k, fact) in first.enumerated() { after.apply(JournalEntry(seq: after.lastSeq + Int64(k) + 1, at: now, actor: "t", fact: fact)) }
        // Started again (after an undo or a jump back), the groups it ran with stay.
        cache = StartingGroups.onTheSpot(SeatingCache(seed: 42))
        #expect(StartingGroups.fixing([.blockStarted(block: "p2")], in: after, now: now, actor: "t", seating: cache)
                == [.blockStarted(block: "p2")])
    }
}
