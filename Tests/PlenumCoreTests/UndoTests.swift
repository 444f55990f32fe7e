import Foundation
import Testing
@testable import PlenumCore

/// `u`: the facilitator's last change is taken back by an `undone` fact; the fold leaves out what
/// it names, so a fresh fold of the journal and the live state agree, and nothing is deleted.
@Suite struct UndoTests {
    /// The state a second console would have: the whole journal folded from nothing.
    func refolded(_ d: SessionDriver) -> SessionState { SessionState(plan: d.state.plan).applying(d.journal) }

    @Test func eachUndoTakesBackOneChangeThenTheOneBefore() throws {
        var d = try SessionDriver(EngineTests.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:10"); d.perform(.next)
        d.at("09:11"); d.perform(.extend(minutes: 3))
        d.at("09:12"); d.perform(.dealCard)
        d.at("09:13"); d.perform(.startOrPause)
        #expect(d.state.isPaused)
        let written = d.journal.count

        d.at("09:14"); #expect(d.perform(.undo) == nil)
        #expect(!d.state.isPaused, "the pause is undone: the block runs on")
        d.at("09:15"); d.perform(.undo)
        #expect(d.state.runs["p2"]?.manualDeals.isEmpty == true, "the card is undone")
        d.at("09:16"); d.perform(.undo)
        #expect(d.state.effectiveMinutes("p2") == 30, "the +3 is undone")
        d.at("09:17"); d.perform(.undo)
        #expect(d.state.currentID == "p1", "the next is undone: the first block never stopped")
        #expect(d.state.runs["p2"] == nil)
        #expect(d.state.remaining("p1", at: d.now) == -2 * 60, "its time ran on")
        d.at("09:18"); d.perform(.undo)
        #expect(!d.state.hasStarted)
        #expect(d.perform(.undo) == .nothingToUndo)
        #expect(d.journal.count == written + 5, "nothing deleted: five undone facts more")
        #expect(d.journal.suffix(5).allSatisfy { $0.fact.type == "undone" })
        let fresh = refolded(d)
        #expect(fresh.currentID == d.state.currentID && fresh.runs == d.state.runs && fresh.hasStarted == d.state.hasStarted)
    }

    @Test func aCatchUpAndTwentyAbsentsAreOneChangeEach() throws {
        var d = try SessionDriver(DemoPlans.text(.da))
        d.at("09:00"); d.perform(.startOrPause)
        d.at("10:00"); d.perform(.extend(minutes: 40))
        d.at("10:01")
        let before = d.state.agenda.map(\.block.minutes)
        let proposal = CatchUp.propose(d.state, clock: d.clock, now: d.now)
        #expect(proposal.changes.count > 1)
        d.perform(.applyCatchUp(proposal))
        #expect(d.state.agenda.map(\.block.minutes) != before)
        d.at("09:41"); d.perform(.undo)
        #expect(d.state.agenda.map(\.block.minutes) == before, "every shortened block has its minutes back")

        var c = try SessionDriver(DemoPlans.text(.da))
        c.at("09:00")
        let names = c.state.plan.people.prefix(20).map(\.name)
        c.perform(.markAttendance(name: names[0], status: .came))
        c.at("09:01"); c.perform(.markAll(names: Array(names), status: .absent))
        #expect(names.dropFirst().allSatisfy { c.state.attendance[$0] == .absent })
        c.at("09:02"); c.perform(.undo)
        #expect(names.dropFirst().allSatisfy { c.state.attendance[$0, default: .expected] == .expected })
        #expect(c.state.attendance[names[0]] == .came, "the mark before A stays")
    }

    @Test func anEndedDayReopensAndTheLastBlockGoesOn() throws {
        var d = try SessionDriver(EngineTests.plan)
        d.at("09:00"); d.perform(.startOrPause)
        for minute in 1...4 { d.at("09:0\(minute)"); d.perform(.next) }
        #expect(d.state.nextItem == nil)
        d.at("09:05"); d.perform(.next)
        #expect(d.state.hasEnded)
        #expect(d.perform(.back) == .dayHasEnded)
        d.at("09:07"); #expect(d.perform(.reopenDay) == nil)
        #expect(!d.state.hasEnded && d.state.currentID == "p5")
        #expect(d.state.elapsed("p5", at: d.now) == 3 * 60, "the last block ran on while the day stood ended")
        #expect(d.perform(.reopenDay) == .dayNotEnded)
    }

    @Test func agendaChangesAreUndoneAndPostItsStay() throws {
        var d = try SessionDriver(EngineTests.plan)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:01"); d.perform(.insert(after: "p1", title: "Ekstra", kind: .plenum, minutes: 5))
        #expect(d.state.agenda.count == 6)
        d.at("09:02"); d.perform(.drop("p5"))
        d.at("09:03"); d.perform(.edit("p2", title: "Samtale", minutes: 25, at: nil))
        let desk = NoteDesk(table: "Table 1", group: nil, author: "ref")
        d.at("09:04"); d.note(.add(id: "a", kind: "", text: "En idé"), at: desk)
        d.at("09:05"); d.perform(.undo)
        #expect(d.state.item("p2")?.block.title == "Dialog" && d.state.item("p2")?.block.minutes == 30)
        #expect(d.state.postIt("a")?.text == "En idé", "a notetaker's post-it is never undone")
        d.at("09:06"); d.perform(.undo)
        #expect(d.state.item("p5") != nil, "the dropped block is back")
        d.at("09:07"); d.perform(.undo)
        #expect(d.state.agenda.count == 5, "the inserted block is gone")
        #expect(d.state.currentID == "p1")
    }

    @Test func theUndoneFactReadsBackAsWritten() throws {
        let fact = Fact.undone(seqs: [12, 13, 14])
        let payload = FactCoding.payload(fact).rendered(pretty: false)
        #expect(try FactCoding.fact(type: fact.type, payload: payload) == fact)
        #expect(!fact.isUndoable)
    }

    @Test func anUndoneFactCannotTakeBackPostIts() throws {
        var d = try SessionDriver(EngineTests.plan)
        d.at("09:00"); d.perform(.startOrPause)
        let desk = NoteDesk(table: "Table 1", group: nil, author: "ref")
        d.note(.add(id: "a", kind: "", text: "En idé"), at: desk)
        let seq = try #require(d.journal.last?.seq)
        d.record([.undone(seqs: [seq, 999])], actor: "x")
        #expect(d.state.postIt("a") != nil)
        #expect(d.state.undoneSeqs.isEmpty)
    }
}
