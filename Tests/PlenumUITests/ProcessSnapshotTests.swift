import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// `plenum process`'s screen as text: the timeline (a phase, days held and planned, a milestone,
/// today) and the learning side by side, at 80×24 and 120×40, in Danish and English.
@Suite struct ProcessSnapshotTests {
    static func timeline() throws -> ProcessTimeline {
        func plan(_ title: String, _ date: String) throws -> Plan {
            let text = "title = \"\(title)\"\ndate = \(date)\nstart = \"09:00\"\n[tables]\ncount = 2\n"
                + "[[blocks]]\ntitle = \"Gruppearbejde\"\nkind = \"groups\"\nminutes = 120\n"
            return try #require(PlanLoader.load(text: text, defaultLanguage: .da).plan)
        }
        let one = try plan("Bootcamp I: kerneopgaver", "2020-03-12")
        var state = SessionState(plan: one)
        var seq: Int64 = 0
        func apply(_ fact: Fact) {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: Date(timeIntervalSince1970: 1_584_000_000 + Double(seq)), actor: "t", fact: fact))
        }
        apply(.dayStarted)
        apply(.blockStarted(block: "p1"))
        for (k, (theme, text, quick)) in [("Borgerservice", "Selvbetjening på nettet (aktør: IT-afdelingen)", true),
                                           ("Ældrepleje og sundhed", "Flere frivillige i hjemmeplejen", true),
                                           ("文化 kultur", "Åbne biblioteker søndag", false)].enumerated() {
            apply(.postItAdded(PostItDraft(id: "n\(k)", block: "p1", table: "Bord 1", group: 1, kind: "idé", text: text, author: "Åse")))
            apply(.themed(id: "n\(k)", theme: theme))
            apply(.voted(id: "n\(k)", delta: 3 - k))
            if quick { apply(.quickWinMarked(id: "n\(k)", on: true)) }
        }
        let process = ProcessFile(title: "Kompetenceforløb for ledere", language: .da, phases: [
            ProcessFile.Phase(title: "Forår 2020", span: PeriodText.read("Forår 2020", year: nil)?.span),
        ], milestones: [ProcessFile.Milestone(title: "Evaluering klar", date: PlanDate(year: 2020, month: 6, day: 15))],
        days: [ProcessFile.Day(id: "b1", plan: "b1.toml"), ProcessFile.Day(id: "b2", plan: "b2.toml")])
        let days = [ProcessDayInfo(day: process.days[0], plan: one, planPath: "b1.toml",
                                   runs: [DayRun(day: PlanDate(year: 2020, month: 3, day: 12), blocksRun: 1, path: "s")],
                                   learning: DayLearning(state: state)),
                    ProcessDayInfo(day: process.days[1], plan: try plan("Bootcamp II: handling", "2020-04-23"), planPath: "b2.toml")]
        return ProcessTimeline(process: process, days: days, today: PlanDate(year: 2020, month: 4, day: 1))
    }

    @Test func theTimelineInDanish() throws {
        let view = ProcessView(text: ProcessText(try Self.timeline()), ui: ProcessView.UI())
        assertSnapshot(view.render(width: 80, height: 24), "process-timeline-da-80x24")
    }

    @Test func theLearningInEnglishAndScrolled() throws {
        var ui = ProcessView.UI()
        let goesOn = ui.handle(.tab)
        #expect(goesOn)
        let text = ProcessText(try Self.timeline(), language: .en)
        assertSnapshot(ProcessView(text: text, ui: ui).render(width: 120, height: 40), "process-learning-en-120x40")
        _ = ui.handle(.down)
        _ = ui.handle(.down)
        assertSnapshot(ProcessView(text: text, ui: ui).render(width: 80, height: 10), "process-learning-en-80x10-scrolled")
        let quits = !ui.handle(.character("q"))
        #expect(quits)
    }
}
