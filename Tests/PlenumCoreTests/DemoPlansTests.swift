import Foundation
import Testing
@testable import PlenumCore

@Suite struct DemoPlansTests {
    @Test func theEmbeddedPlansAreTheExamplePlans() throws {
        for (name, text) in [("bootcamp", DemoPlans.bootcampText), ("workshop", DemoPlans.workshopText)] {
            let file = try String(contentsOfFile: "\(packageRoot)/sessions/\(name).toml", encoding: .utf8)
            #expect(text == file, "run scripts/embed-demo-plans.py after editing sessions/\(name).toml")
        }
    }

    @Test func shiftingKeepsEveryGapAndAnchor() throws {
        let moved = DemoPlans.shifted(DemoPlans.bootcampText, toStart: ClockTime(hour: 13, minute: 7))
        let original = try #require(load(DemoPlans.bootcampText).schedule)
        let outcome = load(moved)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let shifted = try #require(outcome.schedule)
        #expect(outcome.plan?.date == nil, "the demo runs today")
        #expect(shifted.start == ClockTime(hour: 13, minute: 7))
        #expect(zip(original.entries, shifted.entries).allSatisfy { $1.start.minutes - $0.start.minutes == 247 })
        #expect(outcome.plan?.end == ClockTime(hour: 20, minute: 7))
    }

    @Test func anEveningDemoEndsBeforeMidnightAndStillLoads() throws {
        for text in [DemoPlans.bootcampText, DemoPlans.workshopText] {
            for hour in [17, 20, 23] {
                let moved = DemoPlans.shifted(text, toStart: ClockTime(hour: hour, minute: 13))
                let outcome = load(moved)
                #expect(outcome.diagnostics.errors.isEmpty, "at \(hour):13: \(outcome.diagnostics)")
                let plan = try #require(outcome.plan)
                let original = try #require(load(text).plan)
                #expect(plan.end == ClockTime(hour: 23, minute: 59) || plan.start == ClockTime(hour: hour, minute: 13))
                #expect(plan.end.map { $0 <= ClockTime(hour: 23, minute: 59) } ?? true)
                #expect(plan.end!.minutes - plan.start!.minutes == original.end!.minutes - original.start!.minutes)
            }
        }
    }
}
