import Foundation
import Testing
@testable import PlenumCore

@Suite struct PostItTests {
    static let plan = """
        title = "Borgermøde"
        start = "09:00"
        kinds = ["pointe", "mulighed"]

        [[tables]]
        name = "Bord A"
        groups = 2

        [[tables]]
        name = "Bord B"
        groups = 1

        [[blocks]]
        title = "Velkomst"
        kind = "plenum"
        minutes = 10

        [[blocks]]
        title = "Dialog"
        kind = "groups"
        minutes = 30
        capture = ["idé", "bekymring"]

        [[blocks]]
        title = "Afrunding"
        kind = "plenum"
        minutes = 10
        """

    let a1 = NoteDesk(table: "Bord A", group: 1, author: "Anne")
    let b = NoteDesk(table: "Bord B", group: nil, author: "Bo")

    @Test func beforeTheDayPostItsGoToTheFirstBlockThenToTheRunningOne() throws {
        var d = try SessionDriver(Self.plan)
        d.note(.add(id: "x1", kind: "pointe", text: "  tidlig tanke  "), at: a1)
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:10"); d.perform(.next)
        d.note(.add(id: "x2", kind: "idé", text: "Flere bænke på torvet"), at: a1)
        d.note(.add(id: "x3", kind: "idé", text: "Legeplads 🛝"), at: b)
        #expect(d.state.postIts(in: "p1").map(\.text) == ["tidlig tanke"])
        #expect(d.state.postIts(in: "p2").map(\.id) == ["x2", "x3"])
        #expect(d.state.postIts(in: "p2", table: "Bord B").map(\.author) == ["Bo"])
        #expect(d.state.postIt("x2")?.group == 1)
        #expect(d.state.postItCounts(in: "p2").map(\.count) == [1, 1])
        #expect(d.state.captureKinds(in: "p2") == ["idé", "bekymring"])
        #expect(d.state.captureKinds(in: "p1") == ["pointe", "mulighed"])
        d.perform(.endDay)
        d.note(.add(id: "x4", kind: "pointe", text: "efter dagen"), at: b)
        #expect(d.state.postIt("x4")?.block == "p2", "after the day: the last block that ran")
    }

    @Test func editDeleteRestoreAndMoveOnlyTheTablesOwn() throws {
        var d = try SessionDriver(Self.plan)
        d.note(.add(id: "x1", kind: "pointe", text: "første"), at: a1)
        #expect(d.note(.edit(id: "x1", text: "rettet", kind: "mulighed"), at: a1) == nil)
        #expect(d.state.postIt("x1")?.text == "rettet" && d.state.postIt("x1")?.edited == true)
        #expect(d.note(.edit(id: "x1", text: "ikke min", kind: "pointe"), at: b) == .anotherTablesPostIt)
        #expect(d.note(.delete(id: "x1"), at: b) == .anotherTablesPostIt)
        #expect(d.note(.delete(id: "x1"), at: a1) == nil)
        #expect(d.state.postIts(in: "p1").isEmpty)
        #expect(d.state.postIts(in: "p1", includingDeleted: true).count == 1, "the journal keeps it")
        d.note(.restore(id: "x1"), at: a1)
        #expect(d.state.postIts(in: "p1").count == 1)
        #expect(d.note(.move(id: "x1", to: "p3"), at: a1) == nil)
        #expect(d.state.postIt("x1")?.block == "p3")
        #expect(d.note(.move(id: "x1", to: "p99"), at: a1) == .unknownBlock)
        #expect(d.note(.delete(id: "nope"), at: a1) == .unknownPostIt)
    }

    @Test func emptyAndTooLongAreRefused() throws {
        var d = try SessionDriver(Self.plan)
        #expect(d.note(.add(id: "e", kind: "pointe", text: "   "), at: a1) == .empty)
        #expect(d.note(.add(id: "l", kind: "pointe", text: String(repeating: "å", count: 501)), at: a1) == .tooLong)
        #expect(d.note(.add(id: "ok", kind: "pointe", text: String(repeating: "å", count: 500)), at: a1) == nil)
    }

    @Test func aDuplicateFactIsFoldedOnce() throws {
        var d = try SessionDriver(Self.plan)
        d.note(.add(id: "x1", kind: "pointe", text: "en"), at: a1)
        d.record([d.journal[0].fact], actor: "other")
        #expect(d.state.postIts.count == 1)
    }

    @Test func aBlockWithPostItsCannotBeDropped() throws {
        var d = try SessionDriver(Self.plan)
        d.note(.add(id: "x1", kind: "pointe", text: "en"), at: a1)
        #expect(d.perform(.drop("p1")) == .blockHasPostIts)
    }

    @Test func postItFactsReadBackAsWritten() throws {
        let facts: [Fact] = [
            .postItAdded(PostItDraft(id: "a", block: "p2", table: "Bord 1", group: 2, kind: "idé", text: "æøå \"citat\" 👍🏽\nny", author: "Åse")),
            .postItAdded(PostItDraft(id: "b", block: "p1", table: "Bord 2", group: nil, kind: "pointe", text: "x", author: "Bo")),
            .postItEdited(id: "a", text: "rettet", kind: "pointe"),
            .postItDeleted(id: "a"), .postItRestored(id: "a"), .postItMoved(id: "a", block: "p3"),
        ]
        for fact in facts {
            let stored = FactCoding.payload(fact).rendered()
            #expect(try FactCoding.fact(type: fact.type, payload: stored) == fact)
        }
    }
}
