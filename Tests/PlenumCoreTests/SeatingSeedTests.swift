import Testing
@testable import PlenumCore

/// The seating's seed comes from the plan (`seed`, or its text), never from the moment a session
/// is made: what is printed from the plan is what the day uses.
@Suite struct SeatingSeedTests {
    @Test func theTemplateCarriesItsSeedAndChecksClean() throws {
        for language in [Language.da, .en] {
            let outcome = load(PlanTemplate.text(language, seed: 123_456_789))
            let plan = try #require(outcome.plan, "\(outcome.diagnostics)")
            #expect(plan.seed == 123_456_789)
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
            #expect(plan.seatingSeed(source: "anything") == 123_456_789)
        }
    }

    @Test func withoutASeedTheTextDecidesStably() throws {
        let text = minimalPlan()
        let plan = try #require(load(text).plan)
        #expect(plan.seed == nil)
        #expect(plan.seatingSeed(source: text) == plan.seatingSeed(source: text))
        #expect(plan.seatingSeed(source: text) != plan.seatingSeed(source: text + " "))
        // FNV-1a of "a": a value fixed across runs and machines (Swift's Hasher would not be).
        #expect(plan.seatingSeed(source: "a") == 0xAF63_DC4C_8601_EC8C)
    }

    @Test func aSeedThatIsNoWholeNumberIsRefusedAtItsPlace() {
        #expect(problems(minimalPlan(header: "seed = \"abc\"")) == [
            "3:8: error: `seed` must be a whole number of 0 or more (another number seats the day differently), not text"])
        #expect(problems(minimalPlan(header: "seed = -4")) == [
            "3:8: error: `seed` must be a whole number of 0 or more (another number seats the day differently), not a negative number"])
    }

    @Test func anotherSeedSeatsTheDayDifferently() throws {
        let plan = try #require(load(DemoPlans.text(.da)).plan)
        let agenda = SessionState(plan: plan).agenda
        let a = try DaySeating.make(plan: plan, agenda: agenda, seed: 1).get()
        let b = try DaySeating.make(plan: plan, agenda: agenda, seed: 1).get()
        let c = try DaySeating.make(plan: plan, agenda: agenda, seed: 2).get()
        #expect(a.entries.map(\.seating) == b.entries.map(\.seating))
        #expect(a.entries.map(\.seating) != c.entries.map(\.seating))
    }
}
