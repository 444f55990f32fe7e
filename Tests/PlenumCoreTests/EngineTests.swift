import Foundation
import Testing
@testable import PlenumCore

@Suite struct EngineTests {
    static let plan = """
        title = "Dag"
        start = "09:00"
        end = "11:00"

        [tables]
        count = 2
        groups = 2

        [[blocks]]
        title = "Velkomst"
        kind = "plenum"
        minutes = 15

        [[blocks]]
        title = "Dialog"
        kind = "groups"
        minutes = 30
        cards = ["Et", "To", "Tre"]
        card_minutes = 10

        [[blocks]]
        title = "Frokost"
        kind = "break"
        at = "10:00"
        minutes = 30

        [[blocks]]
        title = "Fremlæggelse"
        kind = "plenum"
        minutes = 20
        present = "tables"

        [[blocks]]
        title = "Afrunding"
        kind = "plenum"
        minutes = 10
        """

    @Test func spaceStartsTheDayThenPausesAndResumes() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:02")
        #expect(d.perform(.startOrPause) == nil)
        #expect(d.journal.map(\.fact.type) == ["dayStarted", "blockStarted"])
        #expect(d.state.currentID == "p1")
        d.at("09:07")
        #expect(d.state.remaining("p1", at: d.now) == 10 * 60)
        d.perform(.startOrPause)
        #expect(d.state.isPaused)
        d.at("09:10")
        #expect(d.state.remaining("p1", at: d.now) == 10 * 60, "paused time does not count")
        d.perform(.startOrPause)
        d.at("09:12")
        #expect(d.state.remaining("p1", at: d.now) == 8 * 60)
    }

    @Test func overrunCountsBelowZero() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00")
        d.perform(.startOrPause)
        d.at("09:18:30")
        #expect(d.state.remaining("p1", at: d.now) == -210)
    }

    @Test func extendAndShortenByAMinute() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00")
        d.perform(.startOrPause)
        d.perform(.extend(minutes: 1))
        d.perform(.extend(minutes: 1))
        d.perform(.extend(minutes: -1))
        #expect(d.state.effectiveMinutes("p1") == 16)
        for _ in 0..<15 { d.perform(.extend(minutes: -1)) }
        #expect(d.state.effectiveMinutes("p1") == 1)
        #expect(d.perform(.extend(minutes: -1)) == .tooShort)
    }

    @Test func nextAndBackContinueABlockWhereItWas() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:05"); d.perform(.next)
        #expect(d.state.currentID == "p2")
        #expect(d.state.status(of: "p1") == .done)
        d.at("09:06"); d.perform(.back)
        #expect(d.state.currentID == "p1")
        d.at("09:08")
        #expect(d.state.elapsed("p1", at: d.now) == 7 * 60, "5 minutes before, 2 after going back")
        #expect(d.state.elapsed("p2", at: d.now) == 60)
    }

    @Test func aCrashGapDoesNotStopTheClock() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        // The console dies at 09:03 and comes back at 09:11: a fresh fold of the same journal.
        var reopened = SessionState(plan: d.state.plan).applying(d.journal)
        d.at("09:11")
        #expect(reopened.remaining("p1", at: d.now) == 4 * 60)
        reopened.apply(JournalEntry(seq: 99, at: d.now, actor: "x", fact: .paused))
        #expect(reopened.isPaused)
    }

    @Test func cardsAreDealtByTimeAndByHand() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:15"); d.perform(.next)
        #expect(d.state.currentCard("p2", at: d.now)?.card == 0)
        d.at("09:24:59")
        #expect(d.state.currentCard("p2", at: d.now)?.card == 0)
        #expect(d.state.secondsToNextCard("p2", at: d.now) == 1)
        d.at("09:25")
        #expect(d.state.currentCard("p2", at: d.now)?.card == 1)
        d.at("09:27"); d.perform(.dealCard)
        #expect(d.state.currentCard("p2", at: d.now) == SessionState.CardShown(card: 2, atElapsed: 12 * 60, byHand: true))
        #expect(d.perform(.dealCard) == .noCardsLeft)
    }

    @Test func aHandDealtCardRestartsTheInterval() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:15"); d.perform(.start("p2"))
        d.at("09:18"); d.perform(.dealCard)
        d.at("09:27:59")
        #expect(d.state.currentCard("p2", at: d.now)?.card == 1)
        d.at("09:28")
        #expect(d.state.currentCard("p2", at: d.now)?.card == 2)
    }

    @Test func aPauseHoldsTheCardsBack() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:15"); d.perform(.start("p2"))
        d.at("09:20"); d.perform(.startOrPause)
        d.at("09:40"); d.perform(.startOrPause)
        d.at("09:44")
        #expect(d.state.currentCard("p2", at: d.now)?.card == 0)
        d.at("09:45")
        #expect(d.state.currentCard("p2", at: d.now)?.card == 1)
    }

    @Test func presentersAreMovedOnByHandAndTheirSlotsFollow() throws {
        var d = try SessionDriver(Self.plan)
        d.at("10:30"); d.perform(.start("p4"))
        d.at("10:39")
        let turn = try #require(d.state.presenterTurn("p4", at: d.now))
        #expect(turn.presenter.name == "Table 1" && turn.next?.name == "Table 2" && turn.secondsLeft == 60)
        #expect(turn.slotSeconds == 600 && turn.laterSlotSeconds == 600)
        // Nobody moves on by themselves: Table 1 runs over, and Table 2's slot shrinks.
        d.at("10:42")
        let over = try #require(d.state.presenterTurn("p4", at: d.now))
        #expect(over.presenter.name == "Table 1" && over.secondsLeft == -120 && over.laterSlotSeconds == 480)
        d.perform(.movePresenter(by: 1))
        let second = try #require(d.state.presenterTurn("p4", at: d.now))
        #expect(second.presenter.name == "Table 2" && second.next == nil && second.slotSeconds == 480)
        #expect(d.journal.map(\.fact).contains(.presenterStarted(block: "p4", presenter: 1)))
        #expect(d.perform(.movePresenter(by: 1)) == .lastPresenter)
        d.at("10:47"); d.perform(.next)
        let times = d.state.presenterTimes("p4", at: d.now)
        #expect(times.map(\.actualSeconds) == [720, 300])
        #expect(times.map(\.plannedSeconds) == [600, 600])
    }

    @Test func movingAPresenterOnCanBeUndone() throws {
        var d = try SessionDriver(Self.plan)
        d.at("10:30"); d.perform(.start("p4"))
        d.at("10:35"); d.perform(.movePresenter(by: 1))
        #expect(d.state.presenterTurn("p4", at: d.now)?.presenter.name == "Table 2")
        d.perform(.undo)
        #expect(d.state.presenterTurn("p4", at: d.now)?.presenter.name == "Table 1")
        #expect(d.state.presenterTimes("p4", at: d.now).map(\.actualSeconds) == [300, 0])
    }

    @Test func aQuickPresenterGivesTheOthersMoreTime() throws {
        var d = try SessionDriver(Self.plan)
        d.at("10:30"); d.perform(.start("p4"))
        d.at("10:34"); d.perform(.movePresenter(by: 1))
        #expect(d.state.presenterTurn("p4", at: d.now)?.slotSeconds == 960)
        d.perform(.movePresenter(by: -1))
        #expect(d.state.presenterTurn("p4", at: d.now)?.presenter.name == "Table 1")
        #expect(d.perform(.movePresenter(by: -1)) == .firstPresenter)
    }

    @Test func theProjectionShowsBehindAndAMissedAnchor() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:25"); d.perform(.next)
        let p = d.projection
        #expect(d.hm(p.item("p1")?.end) == "09:25")
        #expect(d.hm(p.item("p2")?.end) == "09:55")
        #expect(p.behindMinutes == 0, "the lunch's slack absorbs it: the day still ends at 11:00")
        #expect(p.item("p3")?.anchorLateMinutes == 0, "lunch at 10:00 still holds")
        d.at("09:40"); d.perform(.extend(minutes: 10))
        let later = d.projection
        #expect(later.item("p3")?.anchorLateMinutes == 5)
        #expect(d.hm(later.item("p3")?.start) == "10:05")
        #expect(later.endLateMinutes == 5)
        #expect(later.behindMinutes == 5, "the status agrees with the projected end")
    }

    @Test func beforeTheDayStartsTheProjectionIsThePlan() throws {
        let d = try SessionDriver(Self.plan, at: "08:30")
        let p = d.projection
        #expect(p.items.map { d.hm($0.start) } == ["09:00", "09:15", "10:00", "10:30", "10:50"])
        #expect(p.behindMinutes == 0 && p.endLateMinutes == 0)
    }

    @Test func catchUpShortensInProportionToMeetTheAnchorAndTheEnd() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:40")  // Velkomst ran 40 instead of 15 minutes.
        d.perform(.extend(minutes: 25))
        let proposal = CatchUp.propose(d.state, clock: d.clock, now: d.now)
        #expect(proposal.isNeeded)
        #expect(proposal.changes == [CatchUp.Change(id: "p2", title: "Dialog", from: 30, to: 20)])
        #expect(proposal.deadlines.first == CatchUp.Deadline(title: "Frokost", at: ClockTime(hour: 10, minute: 0),
                                                              lateMinutes: 10, missingMinutes: 0))
        d.perform(.applyCatchUp(proposal))
        #expect(d.projection.item("p3")?.anchorLateMinutes == 0)
        #expect(d.projection.behindMinutes == 0, "after the catch-up the status agrees with the end")
        #expect(CatchUp.giveBack(d.state, clock: d.clock, now: d.now).changes.isEmpty, "nothing to give back yet")
    }

    @Test func minutesCutByACatchUpAreGivenBackWhenTheDayIsAheadAgain() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:20"); d.perform(.extend(minutes: 25))  // The welcome will run until 09:40 …
        d.perform(.applyCatchUp(CatchUp.propose(d.state, clock: d.clock, now: d.now)))
        #expect(d.state.effectiveMinutes("p2") == 20)
        d.at("09:22"); d.perform(.next)  // … but ends at 09:22: the dialog would end 18 min before lunch.
        let gift = CatchUp.giveBack(d.state, clock: d.clock, now: d.now)
        #expect(gift.changes == [CatchUp.Change(id: "p2", title: "Dialog", from: 20, to: 30, running: true)])
        d.perform(.applyCatchUp(gift))
        #expect(d.state.effectiveMinutes("p2") == 30)
        #expect(d.hm(d.projection.item("p2")?.end) == "09:52")
        #expect(CatchUp.giveBack(d.state, clock: d.clock, now: d.now).changes.isEmpty)
    }

    @Test func aShortenedBlockStillToComeGetsItsMinutesBackWithinTheSlack() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.perform(.edit("p4", title: nil, minutes: 10, at: nil))  // Fremlæggelse cut from 20 to 10.
        let gift = CatchUp.giveBack(d.state, clock: d.clock, now: d.now)
        #expect(gift.changes == [CatchUp.Change(id: "p4", title: "Fremlæggelse", from: 10, to: 20)])
        #expect(d.projection.behindMinutes == -10)
        d.perform(.applyCatchUp(gift))
        #expect(d.state.effectiveMinutes("p4") == 20 && d.projection.behindMinutes == 0)
        #expect(CatchUp.giveBack(d.state, clock: d.clock, now: d.now).changes.isEmpty)
    }

    @Test func catchUpSaysWhenItCannotBeDone() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:50"); d.perform(.extend(minutes: 45))
        let proposal = CatchUp.propose(d.state, clock: d.clock, now: d.now)
        #expect(!proposal.meetsAll)
        #expect(proposal.changes.first?.to == 15, "never below min_minutes (half of 30)")
        #expect(proposal.deadlines.first?.lateMinutes == 30)
        #expect(proposal.deadlines.first?.missingMinutes == 15)
    }

    @Test func proportionalCutsRespectMinimumsAndAddUp() {
        let cuts = CatchUp.proportionalCuts(10, blocks: [("a", 30, 15), ("b", 20, 10), ("c", 10, 10)])
        #expect(cuts == ["a": 6, "b": 4])
        let capped = CatchUp.proportionalCuts(20, blocks: [("a", 30, 25), ("b", 30, 0)])
        #expect(capped == ["a": 5, "b": 15])
    }

    @Test func editInsertAndDropChangeTheAgenda() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.perform(.edit("p5", title: "Tak for i dag", minutes: 5, at: nil))
        d.perform(.insert(after: "p2", title: "Ekstra pause", kind: .break, minutes: 5))
        #expect(d.state.agenda.map(\.block.title) == ["Velkomst", "Dialog", "Ekstra pause", "Frokost", "Fremlæggelse", "Tak for i dag"])
        #expect(d.perform(.drop("p1")) == .blockHasRun)
        d.perform(.drop("p4"))
        #expect(d.state.agenda.map(\.id).contains("p4") == false)
        #expect(d.perform(.edit("p2", title: " ", minutes: nil, at: nil)) == .emptyTitle)
        d.perform(.edit("p3", title: nil, minutes: nil, at: .clear))
        #expect(d.state.item("p3")?.block.at == nil)
    }

    @Test func theLastNextEndsTheDay() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00")
        for _ in 0..<5 { d.perform(.next) }
        #expect(d.state.currentID == "p5")
        d.perform(.next)
        #expect(d.state.hasEnded)
        #expect(d.perform(.startOrPause) == .dayHasEnded)
        #expect(d.state.agenda.allSatisfy { d.state.status(of: $0.id) == .done })
    }

    @Test func tracksAdvanceOnTheirOwn() throws {
        let text = minimalPlan("""
            [[blocks]]
            title = "Spor"
            kind = "tracks"
            tracks = [ { title = "A", blocks = [ { title = "a1", kind = "plenum", minutes = 10 }, { title = "a2", kind = "plenum", minutes = 10 } ] },
                       { title = "B", blocks = [ { title = "b1", kind = "plenum", minutes = 25 } ] } ]
            """)
        var d = try SessionDriver(text)
        d.at("09:15"); d.perform(.start("p2"))
        d.at("09:20")
        var tracks = d.state.trackStatuses("p2", at: d.now)
        #expect(tracks.map { $0.block?.title } == ["a1", "b1"])
        #expect(tracks.map(\.secondsLeft) == [300, 1200])
        d.perform(.advanceTrack(0))
        d.at("09:22")
        tracks = d.state.trackStatuses("p2", at: d.now)
        #expect(tracks[0].block?.title == "a2" && tracks[0].secondsLeft == 480)
        d.perform(.advanceTrack(0))
        #expect(d.state.trackStatuses("p2", at: d.now)[0].blockIndex == nil)
        #expect(d.perform(.advanceTrack(0)) == .trackFinished)
    }

    @Test func aDuplicateFactFromASecondConsoleIsHarmless() throws {
        var d = try SessionDriver(Self.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.perform(.startOrPause)
        var state = d.state
        state.apply(JournalEntry(seq: 50, at: d.now, actor: "other", fact: .paused))
        #expect(state.isPaused)
        state.apply(JournalEntry(seq: 10, at: d.now, actor: "late", fact: .resumed))
        #expect(state.isPaused, "a fact already folded is not folded twice")
    }
}
