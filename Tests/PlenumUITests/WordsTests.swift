import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// Every count with its noun in the right number, in Danish and English; times in minutes; no
/// "0 min før slut"; the notetaker never called a host.
@Suite struct WordsTests {
    let da = Language.da.ui, en = Language.en.ui

    @Test func oneIsSingularAndTwoIsPlural() {
        #expect(da.themesCount(1, quickWins: 1) == "1 tema · 1 quick win")
        #expect(da.themesCount(2, quickWins: 0) == "2 temaer · 0 quick wins")
        #expect(en.themesCount(1, quickWins: 2) == "1 theme · 2 quick wins")
        #expect(da.wallCount(1, votes: 1) == "1 post-it · 1 prik")
        #expect(en.wallCount(1, votes: 1) == "1 post-it · 1 vote")
        #expect(en.wallCount(3, votes: 2) == "3 post-its · 2 votes")
        #expect(da.results(1) == "1 post-it fundet" && en.results(2) == "2 post-its found")
        #expect(da.postItsSaved(1) == "✓ 1 post-it gemt")
        #expect(da.groupsCount(1) == "1 gruppe" && en.groupsCount(2) == "2 groups")
        #expect(en.restAbsentQuestion(1) == "Mark the one participant not checked in as absent?")
        #expect(da.tablePostIts("Bord 1", 1) == "Bord 1: 1 post-it i blokken")
        let words = Language.da.report
        #expect(words.participants(1, segments: 1) == "1 deltager i 1 segment")
        #expect(Language.en.report.participants(2, segments: 3) == "2 participants in 3 segments")
        #expect(words.presenters(1, seconds: 600) == "1 fremlæggelse à 10 min")
        #expect(Language.en.report.rounds(1, seconds: 360) == "1 round of 6 min")
    }

    @Test func presentationTimesAreInMinutes() {
        let words = Language.da.report
        #expect(words.duration(450) == "7½ min")
        #expect(words.duration(420) == "7 min")
        #expect(words.duration(400) == "ca. 7 min" && Language.en.report.duration(440) == "about 7 min")
        #expect(CheckReport.clock(seconds: 20 * 3600 + 22 * 60 + 30) == "20:23")
        #expect(CheckReport.clock(seconds: 20 * 3600 + 22 * 60) == "20:22")
        #expect(words.spare(0, end: ClockTime(hour: 18, minute: 15)) == "ingen luft før slut (18:15)")
        #expect(Language.en.report.spare(5, end: ClockTime(hour: 17, minute: 0)) == "5 min before the end (17:00)")
    }

    @Test func theDeleteQuestionHasItsOwnTitle() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0)
        var ui = ConsoleUI(strings: da)
        _ = ui.handle(.down, state: scene.state, clock: scene.clock, now: scene.now)
        _ = ui.handle(.character("x"), state: scene.state, clock: scene.clock, now: scene.now)
        let text = scene.console(80, 24, ui: ui).text
        #expect(text.contains("Fjern blok") && !text.contains("Ret blok"))
    }

    @Test func plenumGroupsNamesNotetakersByTheirRole() throws {
        let plan = try #require(PlanLoader.load(Array(DemoPlans.text(.da).utf8), defaultLanguage: .da).plan)
        let day = try DaySeating.make(plan: plan, agenda: SessionState(plan: plan).agenda, seed: 7).get()
        let text = GroupsReport(plan: plan, day: day).text()
        #expect(!text.contains("Vært:") && !text.contains("(referent)"))
        #expect(text.contains("  Referent: ") && text.contains("  Facilitator: "))
    }
}
