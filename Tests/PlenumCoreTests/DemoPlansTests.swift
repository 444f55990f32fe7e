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
}
