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

    /// The survey and the helper sheet the bootcamp names are embedded byte for byte (a BOM, CRLF),
    /// and the demo's plan holds them: the survey is summarised per segment without the files.
    @Test func theEmbeddedMaterialIsTheFilesInSessions() throws {
        #expect(DemoPlans.bootcampMaterials.map(\.file) == PlanLoader.materialFiles(in: DemoPlans.bootcampText))
        for (file, text) in DemoPlans.bootcampMaterials {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(packageRoot)/sessions/\(file)")))
            #expect(MaterialReader.decode(bytes) == .text(text), "run scripts/embed-demo-plans.py after editing sessions/\(file)")
        }
        let plan = try #require(PlanLoader.load(text: DemoPlans.text(.da), defaultLanguage: .da).plan)
        guard case .table(let survey)? = plan.blocks[0].material?.content else { Issue.record("no survey"); return }
        #expect(survey.segments == ["Politikere", "Borgere", "Erhvervsliv", "Medarbejdere"])
        #expect(survey.respondents == [6, 6, 6, 6])
        #expect(plan.blocks.first { $0.title == "Evaluering" }?.rate == ["Dagens form", "Udbytte"])
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
