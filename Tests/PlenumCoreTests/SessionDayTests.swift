import Foundation
import Testing
@testable import PlenumCore

/// One day is one day: plan times are wall-clock times on the session's day (also when the clocks
/// change), a plan opened on another day than its `date` runs as a rehearsal moved to start now,
/// and time in a session never goes back.
@Suite struct SessionDayTests {
    static let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!

    static func utc(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    // MARK: - Clock changes

    @Test func anchorsAreWallClockTimesOnASpringForwardDay() {
        // 2026-03-29: at 02:00 CET the clocks in Copenhagen go to 03:00 CEST.
        let clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 29), timeZone: Self.copenhagen)
        #expect(clock.date(ClockTime(hour: 1, minute: 45)) == Self.utc("2026-03-29T00:45:00Z"))
        #expect(clock.date(ClockTime(hour: 4, minute: 0)) == Self.utc("2026-03-29T02:00:00Z"))
        #expect(clock.time(Self.utc("2026-03-29T02:00:00Z")) == ClockTime(hour: 4, minute: 0))
        // A time the clocks skip is as far after the jump as it names after its start.
        #expect(clock.date(ClockTime(hour: 2, minute: 30)) == Self.utc("2026-03-29T01:30:00Z"))
    }

    @Test func aFallBackDayTakesTheFirstOfTwoEqualTimesAndTheNextDayRunsOn() {
        // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET.
        let clock = SessionClock(day: PlanDate(year: 2026, month: 10, day: 25), timeZone: Self.copenhagen)
        #expect(clock.date(ClockTime(hour: 2, minute: 30)) == Self.utc("2026-10-25T00:30:00Z"))
        #expect(clock.date(ClockTime(hour: 4, minute: 0)) == Self.utc("2026-10-25T03:00:00Z"))
        // Past midnight is the next day's wall clock (CET by then).
        #expect(clock.date(ClockTime(hour: 25, minute: 0)) == Self.utc("2026-10-26T00:00:00Z"))
    }

    @Test func theDaysAfterADayAreCalendarDays() {
        #expect(PlanDate(year: 2026, month: 2, day: 28).adding(days: 1) == PlanDate(year: 2026, month: 3, day: 1))
        #expect(PlanDate(year: 2028, month: 2, day: 28).adding(days: 1) == PlanDate(year: 2028, month: 2, day: 29))
        #expect(PlanDate(year: 2026, month: 12, day: 31).adding(days: 1) == PlanDate(year: 2027, month: 1, day: 1))
        #expect(PlanDate(year: 2026, month: 1, day: 1).adding(days: -1) == PlanDate(year: 2025, month: 12, day: 31))
    }

    static let dstPlan = """
        title = "Natløb"
        date = 2026-03-29
        start = "01:45"
        language = "da"

        [[blocks]]
        title = "Start"
        kind = "plenum"
        minutes = 30

        [[blocks]]
        title = "Morgenmad"
        kind = "break"
        minutes = 30
        at = "04:00"
        """

    @Test func theConsoleAndTheCalendarPutAnAnchorWhereTheClocksSayOnADSTDay() throws {
        let plan = try #require(load(Self.dstPlan).plan)
        let state = SessionState(plan: plan)
        let clock = SessionClock(day: try #require(plan.date), timeZone: Self.copenhagen)
        let projection = Projection.project(state, clock: clock, now: Self.utc("2026-03-29T00:00:00Z"))
        let anchored = try #require(projection.item("p2")?.start)
        #expect(anchored == Self.utc("2026-03-29T02:00:00Z"))
        #expect(clock.time(anchored).description == "04:00")
        let ics = ExportFormat.ics.render(state: state, entries: [], clock: clock, createdAt: Self.utc("2026-03-01T00:00:00Z"),
                                          now: Self.utc("2026-03-01T00:00:00Z"), anonymous: false)
        #expect(ics.contains("DTSTART:20260329T004500Z"))
        #expect(ics.contains("DTSTART:20260329T020000Z"))
    }

    // MARK: - The plan's date is the day

    static let dated = """
        title = "Workshop"
        date = 2026-12-05
        start = "09:00"
        end = "12:00"

        [[blocks]]
        title = "Welcome"
        kind = "plenum"
        minutes = 30

        [[blocks]]
        title = "Lunch"
        kind = "break"
        minutes = 30
        at = "11:00"
        """

    @Test func aPlanRunsForRealOnItsDateOrWithoutOne() throws {
        let plan = try #require(load(Self.dated).plan)
        let now = ClockTime(hour: 14, minute: 7)
        #expect(Rehearsal.of(plan, today: PlanDate(year: 2026, month: 12, day: 5), now: now, forToday: false) == nil)
        var undated = plan
        undated.date = nil
        #expect(Rehearsal.of(undated, today: PlanDate(year: 2026, month: 11, day: 30), now: now, forToday: false) == nil)
        #expect(Rehearsal.of(plan, today: PlanDate(year: 2026, month: 11, day: 30), now: now, forToday: true) == nil)
    }

    @Test func onAnotherDayItIsARehearsalThatStartsNowWithEveryGapKept() throws {
        let plan = try #require(load(Self.dated).plan)
        let rehearsal = try #require(Rehearsal.of(plan, today: PlanDate(year: 2026, month: 11, day: 30),
                                                  now: ClockTime(hour: 14, minute: 7), forToday: false))
        #expect(rehearsal.shiftMinutes == 5 * 60 + 7)
        let state = SessionState(plan: plan, rehearsal: rehearsal)
        #expect(state.rehearsal == rehearsal)
        #expect(state.plan.start?.description == "14:07")
        #expect(state.plan.end?.description == "17:07")
        #expect(state.plan.blocks[1].at?.description == "16:07")
        #expect(state.plan.date == PlanDate(year: 2026, month: 12, day: 5), "the day it rehearses")
        let early = try #require(Rehearsal.of(plan, today: PlanDate(year: 2026, month: 11, day: 30),
                                              now: ClockTime(hour: 7, minute: 30), forToday: false))
        #expect(SessionState(plan: plan, rehearsal: early).plan.blocks[1].at?.description == "09:30")
    }

    @Test(arguments: [Language.da, .en]) func everyExportOfARehearsalSaysSoAndTheDayItselfDoesNot(_ language: Language) throws {
        let plan = try #require(load(Self.dated, language: language).plan)
        let clock = SessionClock(day: PlanDate(year: 2026, month: 11, day: 30), timeZone: Self.copenhagen)
        let start = clock.date(ClockTime(hour: 14, minute: 7))
        var rehearsed = SessionState(plan: plan, rehearsal: Rehearsal(shiftMinutes: 307))
        var real = SessionState(plan: plan)
        let entries = [JournalEntry(seq: 1, at: start, actor: "t", fact: .blockStarted(block: "p1")),
                       JournalEntry(seq: 2, at: start, actor: "t", fact: .postItAdded(PostItDraft(
                           id: "a", block: "p1", table: "x", group: nil, kind: "point", text: "Færgen", author: "t")))]
        rehearsed = rehearsed.applying(entries)
        real = real.applying(entries)
        let word = language == .da ? "prøvekørsel" : "rehearsal"
        let day = language == .da ? "Prøvekørsel af dagen lørdag 5. december 2026" : "Rehearsal of the day on Saturday 5 December 2026"
        for format in ExportFormat.allCases {
            func render(_ state: SessionState) -> String {
                format.render(state: state, entries: entries, clock: clock, createdAt: start, now: start, anonymous: false)
            }
            let text = render(rehearsed)
            switch format {
            case .md, .html, .ics: #expect(text.contains(day), "\(format)")
            case .csv:
                let separator = String(CSVExport.separator(language))
                #expect(text.contains(separator + "rehearsal\r\n") && text.contains(separator + word + "\r\n"))
            case .json: #expect(text.contains("\"rehearsal\": true") && text.contains("\"plan_date\": \"2026-12-05\""))
            }
            #expect(!render(real).lowercased().contains(word) || format == .json, "\(format) of the day itself")
        }
    }

    // MARK: - Time never goes back

    static let carded = """
        title = "Dag"
        start = "09:00"

        [[blocks]]
        title = "Dialog"
        kind = "plenum"
        minutes = 30
        cards = ["Et", "To", "Tre"]
        card_minutes = 10

        [[blocks]]
        title = "Pause"
        kind = "break"
        minutes = 10
        """

    @Test func aFactStampedEarlierThanTheOneBeforeCountsAsAtThatOnesTime() throws {
        var driver = try SessionDriver(Self.carded)
        driver.at("09:00")
        driver.perform(.startOrPause)
        driver.at("09:05")
        driver.perform(.dealCard)
        driver.at("08:40")  // the clock is set back 25 minutes
        driver.perform(.next)
        let run = try #require(driver.state.runs["p1"])
        #expect(run.lastEnd == driver.clock.date(ClockTime(hour: 9, minute: 5)), "ended when the fact before it happened")
        let later = try #require(driver.state.lastFactAt)
        #expect(run.elapsed(at: later) == 5 * 60)
        #expect(driver.state.cardsShown("p1", at: later).count == 2, "the card dealt by hand stays dealt")
        #expect(driver.state.runs["p2"]?.firstStart == run.lastEnd)
        #expect(driver.state.lastFactAt == run.lastEnd)
    }

    @Test func nowNeverGoesBackSoCardsDealtByTimeStayDealt() throws {
        var driver = try SessionDriver(Self.carded)
        driver.at("09:00")
        driver.perform(.startOrPause)
        var steady = SteadyNow()
        let start = driver.now
        // 21 minutes on, the second card came by itself.
        var now = steady.now(wall: start.addingTimeInterval(21 * 60), steady: 1000 + 21 * 60, notBefore: driver.state.lastFactAt)
        #expect(driver.state.cardsShown("p1", at: now).count == 3)
        // Then the wall clock is set back an hour; a steady second later it is a second later.
        now = steady.now(wall: start.addingTimeInterval(-39 * 60), steady: 1000 + 21 * 60 + 1, notBefore: driver.state.lastFactAt)
        #expect(now == start.addingTimeInterval(21 * 60 + 1))
        #expect(driver.state.cardsShown("p1", at: now).count == 3)
        // A wall clock set forward is followed at once.
        now = steady.now(wall: start.addingTimeInterval(40 * 60), steady: 1000 + 21 * 60 + 2, notBefore: nil)
        #expect(now == start.addingTimeInterval(40 * 60))
        // A fresh process is never before the last fact.
        var fresh = SteadyNow()
        #expect(fresh.now(wall: start.addingTimeInterval(-3600), steady: 5, notBefore: start) == start)
    }
}
