import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// Presentations driven by `>`/`<`, and screens that never contradict themselves: countdowns that
/// cannot be read as times of day, a paused stage that says so, one time in a break, skipped blocks,
/// the status after a catch-up, the session's commands, and no invented people.
@Suite struct TruthfulScreensTests {
    /// The English workshop at its presentations: the green table wrote post-its earlier in the day.
    func workshopPresenting(markForPlenum: Bool) throws -> Scene {
        var scene = try Scene(try examplePlan("workshop"), language: .en)
        scene.at(13, 0); scene.perform(.startOrPause)
        scene.at(14, 40); scene.perform(.start("p6"))
        let green = NoteDesk(table: "Green table", group: nil, author: "Kim")
        scene.note(.add(id: "g1", kind: "idea", text: "Open the study rooms on Sunday mornings"), at: green)
        scene.note(.add(id: "g2", kind: "insight", text: "Families cannot find the children's corner"), at: green)
        scene.note(.add(id: "g3", kind: "idea", text: "A returns box at the station"), at: green)
        scene.perform(.quickWin(id: "g3", on: true))
        scene.perform(.vote(id: "g2", delta: 1))
        scene.perform(.vote(id: "g2", delta: 1))
        if markForPlenum { scene.note(.markForPlenum(id: "g1", on: true), at: green) }
        scene.at(16, 0); scene.perform(.start("p7"))
        scene.at(16, 7); scene.perform(.movePresenter(by: 1))  // Red was quick: Green gets more time.
        scene.at(16, 12)
        return scene
    }

    @Test func theStageShowsWhoPresentsAndWhatTheyReport() throws {
        let marked = try workshopPresenting(markForPlenum: true)
        let screen = marked.stage(80, 24)
        assertSnapshot(screen, "stage-present-marked-80x24-en")
        #expect(screen.text.contains("Green table presents (2 of 3)"))
        #expect(screen.text.contains("for plenum") && screen.text.contains("Open the study rooms"))
        #expect(!screen.text.contains("returns box"), "with marks, only the marked post-its")
        let unmarked = try workshopPresenting(markForPlenum: false).stage(120, 40)
        assertSnapshot(unmarked, "stage-present-highlights-120x40-en")
        #expect(unmarked.text.contains("quick wins and most dots"))
        #expect(unmarked.text.contains("★ A returns box") && unmarked.text.contains("(2●) Families"))
    }

    @Test func theConsoleShowsThePresenterTheirSlotAndTheOthers() throws {
        let scene = try workshopPresenting(markForPlenum: false)
        let screen = scene.console(80, 24)
        assertSnapshot(screen, "console-present-80x24-en")
        // 23 minutes were left when Green began: 11 min 30 s each for Green and Blue.
        #expect(screen.text.contains("Presenting now: Green table (2 of 3)"))
        #expect(screen.text.contains("6 min 30 s left of 12 min"))
        #expect(screen.text.contains("> next presenter"))
    }

    @Test func danishPresentersRunningOverShrinkTheOthers() throws {
        var scene = try Scene(try examplePlan("bootcamp"))
        scene.at(14, 30); scene.perform(.start("p11"))
        scene.at(14, 43)
        let screen = scene.console(120, 40)
        assertSnapshot(screen, "console-present-over-120x40-da")
        #expect(screen.text.contains("Fremlægger nu: Bord 1 (1 af 4)"))
        #expect(screen.text.contains("3 min over tid af 10 min"))
        #expect(screen.text.contains("de 3 næste får 9 min hver (plan 10 min)"))
        let stage = scene.stage(80, 24)
        assertSnapshot(stage, "stage-present-over-80x24-da")
        #expect(stage.text.contains("Bord 1 fremlægger (1 af 4)") && stage.text.contains("over tid"))
        #expect(stage.text.contains("de 3 næste får 9 min hver (plan 10 min)"), "the stage shows the others shrink")
    }

    @Test func theNotetakerSeesTheDayAndMarksWhatTheTableReports() throws {
        var scene = try Scene(try examplePlan("bootcamp"))
        let desk = NoteDesk(table: "Bord 1", group: nil, author: "Anne")
        scene.at(9, 20); scene.perform(.start("p2"))
        scene.note(.add(id: "x1", kind: "pointe", text: "Borgerne vil inddrages tidligt"), at: desk)
        scene.note(.add(id: "x2", kind: "mulighed", text: "Fælles kaffemøder på biblioteket"), at: desk)
        scene.at(12, 45); scene.perform(.start("p8"))
        scene.note(.add(id: "x3", kind: "pointe", text: "Færre skemaer, mere samtale"), at: desk)
        var ui = NotesUI(strings: Language.da.ui, desk: desk)
        for _ in 0..<3 { _ = ui.handle(.up, state: scene.state) }
        guard case .perform(let intents) = ui.handle(.character("p"), state: scene.state) else {
            Issue.record("p marks the selected post-it")
            return
        }
        for intent in intents { scene.note(intent, at: desk) }
        ui.saved(intents)
        _ = ui.handle(.escape, state: scene.state)
        scene.at(14, 30); scene.perform(.start("p11"))
        let screen = scene.notes(80, 24, ui: ui)
        assertSnapshot(screen, "notes-earlier-blocks-80x24-da")
        #expect(screen.text.contains("── Dialog i blandede grupper") && screen.text.contains("── Bordene går sammen"))
        #expect(screen.text.contains("▲ [pointe] Borgerne vil inddrages tidligt"))
        #expect(scene.state.presenterPostIts(scene.state.presenters(of: "p11")[0]).postIts.map(\.id) == ["x1"])
    }

    @Test func reviewListsPresentersAndASkippedBlocksQuestionsAsPlanned() throws {
        var scene = try workshopPresenting(markForPlenum: false)
        scene.at(16, 20); scene.perform(.next)
        var ui = ReviewUI(strings: Language.en.ui, baseName: "workshop")
        for _ in 0..<6 { _ = ui.handle(.down, state: scene.state) }
        _ = ui.handle(.enter, state: scene.state)
        let block = ReviewView(state: scene.state, clock: scene.clock, now: scene.now, ui: ui).render(width: 80, height: 24)
        assertSnapshot(block, "review-presenters-80x24-en")
        #expect(block.text.contains("Red table") && block.text.contains("planned 10 min · actual 7 min"))
        var skipped = ReviewUI(strings: Language.en.ui, baseName: "workshop")
        for _ in 0..<2 { _ = skipped.handle(.down, state: scene.state) }
        _ = skipped.handle(.enter, state: scene.state)
        let journeys = ReviewView(state: scene.state, clock: scene.clock, now: scene.now, ui: skipped).render(width: 80, height: 24)
        #expect(journeys.text.contains("User journeys") && journeys.text.contains("Planned questions (not asked)"))
    }

    @Test func countdownsAreSpansNotTimesOfDay() {
        let da = Language.da.ui, en = Language.en.ui
        #expect(da.span(597) == "9 min 57 s" && da.span(45) == "45 s" && da.span(3900) == "1 t 5 min")
        #expect(en.span(3600) == "1 h" && en.timeLeft(-123) == "2 min 3 s over time")
        #expect(da.timeLeft(597) == "9 min 57 s tilbage")
    }

    @Test func aPausedStageSaysPause() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 5); scene.perform(.startOrPause)
        scene.at(9, 8)
        let screen = scene.stage(80, 24)
        assertSnapshot(screen, "stage-paused-80x24-da")
        #expect(screen.line(2).contains("Pause"))
        var english = try Scene(ConsoleSnapshotTests.wide, language: .en)
        english.at(9, 0); english.perform(.startOrPause)
        english.at(9, 5); english.perform(.startOrPause)
        #expect(StageView(state: english.state, projection: english.projection, clock: english.clock, now: english.now,
                          strings: Language.en.ui).render(width: 80, height: 24).line(2).contains("Paused"))
    }

    @Test func aBreakShowsOneTime() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(10, 0); scene.perform(.start("p3"))
        scene.at(10, 12, 40)
        let stage = scene.stage(80, 24).text
        let console = scene.console(80, 24).text
        for text in [stage, console] {
            #expect(text.contains("tilbage kl. 10:30"))
            #expect(!text.contains("Næste: 10:"), "the next block's start is the time to be back, said once")
        }
    }

    @Test func theHelpAndTheIdlePaneGiveTheCommands() throws {
        let scene = try Scene(ConsoleSnapshotTests.wide)
        var ui = ConsoleUI(strings: Language.da.ui)
        ui.sessionPath = "/home/anne/sessions/2026-03-12-møde.plenum"
        let idle = scene.console(80, 24, ui: ui)
        assertSnapshot(idle, "console-before-commands-80x24-da")
        #expect(idle.text.contains("Referenter:") && idle.text.contains("plenum note"))
        _ = ui.handle(.character("?"), state: scene.state, clock: scene.clock, now: scene.now)
        let help = scene.console(80, 24, ui: ui)
        assertSnapshot(help, "console-help-commands-80x24-da")
        #expect(help.text.contains("  plenum stage '/home/anne/sessions/2026-03-12-møde.plenum'"))
        for _ in 0..<30 { _ = ui.handle(.down, state: scene.state, clock: scene.clock, now: scene.now) }
        let scrolled = scene.console(80, 24, ui: ui).text
        #expect(scrolled.contains("afslut (intet går tabt)"), "the help scrolls to its last key")
        var en = ConsoleUI(strings: Language.en.ui)
        en.sessionPath = "/tmp/s.plenum"
        _ = en.handle(.character("?"), state: scene.state, clock: scene.clock, now: scene.now)
        #expect(scene.console(120, 40, ui: en).text.contains("plenum note /tmp/s.plenum"))
    }

    @Test func afterACatchUpTheStatusAgreesAndMinutesCanBeGivenBack() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 10); scene.perform(.extend(minutes: 20))
        scene.perform(.applyCatchUp(CatchUp.propose(scene.state, clock: scene.clock, now: scene.now)))
        scene.at(9, 12)
        let caughtUp = scene.console(80, 24)
        #expect(caughtUp.line(1).contains("til tiden · slut 10:50 (plan 10:50)"), "\(caughtUp.line(1))")
        scene.perform(.next)  // The welcome ends at once after all.
        let ahead = scene.console(80, 24)
        assertSnapshot(ahead, "console-giveback-80x24-da")
        #expect(ahead.line(1).contains("kan gives tilbage (a)"))
        var ui = ConsoleUI(strings: Language.da.ui)
        _ = ui.handle(.character("a"), state: scene.state, clock: scene.clock, now: scene.now)
        let offer = scene.console(80, 24, ui: ui)
        assertSnapshot(offer, "console-giveback-offer-80x24-da")
        #expect(offer.text.contains("Giv minutter tilbage"))
        guard case .perform(let intents) = ui.handle(.enter, state: scene.state, clock: scene.clock, now: scene.now) else {
            Issue.record("Enter applies the offer")
            return
        }
        for intent in intents { scene.perform(intent) }
        #expect(scene.state.effectiveMinutes("p2") == 30)
        let after = scene.console(80, 24).line(1)
        #expect(!after.contains("tilbage (a)"))
        #expect(after.contains("min luft før Frokost"), "the wait before the fixed lunch is said, not a silent gap: \(after)")
    }

    @Test func aPlanThatNamesNobodyGetsNoInventedPeople() throws {
        var scene = try Scene(try examplePlan("workshop"), language: .en)
        scene.at(13, 0); scene.perform(.startOrPause)
        scene.startFormed("p2")
        let notes = NotesUI(strings: Language.en.ui, desk: NoteDesk(table: "Red table", group: nil, author: "Kim"))
        let noteScreen = scene.notes(80, 24, ui: notes)
        #expect(noteScreen.text.contains("Group 1: 8 seats"))
        let seating = scene.seating()
        var ui = ConsoleUI(strings: Language.en.ui)
        _ = ui.handle(.character("g"), state: scene.state, clock: scene.clock, now: scene.now, seating: seating.seating)
        let groups = scene.console(80, 24, ui: ui, seating: seating)
        assertSnapshot(groups, "groups-seats-80x24-en")
        #expect(groups.text.contains("24 seats") && !groups.text.contains("people"))
        scene.perform(.showOnStage(.findTable))
        let stage = scene.stage(80, 24, seating: seating.seating)
        assertSnapshot(stage, "stage-findtable-seats-80x24-en")
        #expect(stage.text.contains("Red table: 8 seats"))
        for text in [noteScreen.text, groups.text, stage.text] {
            #expect(text.range(of: #"\bP[0-9]+\b"#, options: .regularExpression) == nil, "no P1, P18 …")
        }
    }

    @Test func theGroupsScreenShowsASkippedBlockAsSkipped() throws {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.perform(.start("p5"))  // Jumps over the first two groups blocks.
        let seating = scene.seating()
        var ui = ConsoleUI(strings: Language.da.ui)
        _ = ui.handle(.character("g"), state: scene.state, clock: scene.clock, now: scene.now, seating: seating.seating)
        var screen = scene.console(80, 24, ui: ui, seating: seating)
        while !screen.text.contains("Dialog i blandede grupper") {
            _ = ui.handle(.left, state: scene.state, clock: scene.clock, now: scene.now, seating: seating.seating)
            let next = scene.console(80, 24, ui: ui, seating: seating)
            if next.text == screen.text { break }
            screen = next
        }
        assertSnapshot(screen, "groups-skipped-80x24-da")
        #expect(screen.text.contains("Sprunget over"))
    }
}
