import Foundation
import Testing
@testable import PlenumCore

/// Session files and servers written by earlier plenums keep reading: every kind of fact, as the
/// journal stored it (kind and compact JSON fields, written by the fact coding of main before the
/// fold and coding were split), reads back to the same fact and is written again byte for byte.
@Suite struct StoredFactsTests {
    /// One stored fact a line: its kind, a tab, its fields as the journal holds them.
    static let stored = #"""
    dayStarted	{}
    blockStarted	{"block":"p1"}
    paused	{}
    resumed	{}
    extended	{"block":"p1","minutes":-5}
    cardDealt	{"block":"p2.t1.b1","card":2}
    blockEdited	{"block":"p3","title":"Frokost","minutes":45,"at":"12:00"}
    blockEdited	{"block":"p3","at":null}
    blockEdited	{"block":"p4"}
    blockInserted	{"block":"i1","after":null,"title":"Pause","kind":"break","minutes":10}
    blockInserted	{"block":"i2","after":"p2","title":"Dialog","kind":"groups","minutes":20}
    blockDropped	{"block":"p5"}
    trackAdvanced	{"block":"p2","track":1}
    postItAdded	{"id":"a","block":"p2","table":"Bord 1","group":2,"kind":"idé","text":"æøå \"citat\"\nny","author":"Åse","station":"Station A"}
    postItAdded	{"id":"b","block":"p1","table":"Bord 2","group":null,"kind":"pointe","text":"x","author":"Bo"}
    postItEdited	{"id":"a","text":"rettet","kind":"pointe"}
    postItDeleted	{"id":"a"}
    postItRestored	{"id":"a"}
    postItMoved	{"id":"a","block":"p3"}
    attendanceMarked	{"name":"Åse","status":"absent"}
    walkInAdded	{"name":"Kim","segment":null}
    walkInAdded	{"name":"Lærke","segment":"lærer"}
    groupsFormed	{"block":"p3","groups":[{"table":"Bord 1","group":1,"members":["Åse","Bo"]}]}
    stageShown	{"content":"findTable"}
    voted	{"id":"a","delta":-1}
    themed	{"id":"a","theme":"Trivsel"}
    themed	{"id":"a","theme":null}
    themeRenamed	{"from":"Trivsel","to":"Trivsel og ro"}
    quickWinMarked	{"id":"a","on":true}
    presenterStarted	{"block":"p4","presenter":0}
    plenumMarked	{"id":"a","on":false}
    undone	{"seqs":[3,4]}
    dotted	{"block":"p2","id":"a","table":"Bord 1","group":null,"change":1}
    ranked	{"block":"p2.t1.b2","id":"b","table":"Bord 3","group":2,"change":0}
    voteClosed	{"block":"p2","closed":true}
    actorTagged	{"id":"a","contributor":"kommunen","on":true}
    quickWinsOrdered	{"ids":["b","a"]}
    stageShown	{"content":"tally"}
    stageShown	{"content":"tally","block":"p2.t1.b2"}
    rated	{"id":"r1","block":"p6","table":"Bord 1","question":1,"value":4,"author":"Åse"}
    ratingWithdrawn	{"id":"r1"}
    dayEnded	{}
    """#

    /// The facts those lines are.
    static let facts: [Fact] = [
        .dayStarted, .blockStarted(block: "p1"), .paused, .resumed, .extended(block: "p1", minutes: -5),
        .cardDealt(block: "p2.t1.b1", card: 2),
        .blockEdited(block: "p3", title: "Frokost", minutes: 45, at: .set(ClockTime(minutes: 720))),
        .blockEdited(block: "p3", title: nil, minutes: nil, at: .clear),
        .blockEdited(block: "p4", title: nil, minutes: nil, at: nil),
        .blockInserted(block: "i1", after: nil, title: "Pause", kind: .break, minutes: 10),
        .blockInserted(block: "i2", after: "p2", title: "Dialog", kind: .groups, minutes: 20),
        .blockDropped(block: "p5"), .trackAdvanced(block: "p2", track: 1),
        .postItAdded(PostItDraft(id: "a", block: "p2", table: "Bord 1", group: 2, kind: "idé",
                                 text: "æøå \"citat\"\nny", author: "Åse", station: "Station A")),
        .postItAdded(PostItDraft(id: "b", block: "p1", table: "Bord 2", group: nil, kind: "pointe", text: "x", author: "Bo")),
        .postItEdited(id: "a", text: "rettet", kind: "pointe"), .postItDeleted(id: "a"), .postItRestored(id: "a"),
        .postItMoved(id: "a", block: "p3"), .attendanceMarked(name: "Åse", status: .absent),
        .walkInAdded(name: "Kim", segment: nil), .walkInAdded(name: "Lærke", segment: "lærer"),
        .groupsFormed(block: "p3", groups: [SeatedGroup(table: "Bord 1", group: 1, members: ["Åse", "Bo"])]),
        .stageShown(.findTable), .voted(id: "a", delta: -1), .themed(id: "a", theme: "Trivsel"),
        .themed(id: "a", theme: nil), .themeRenamed(from: "Trivsel", to: "Trivsel og ro"),
        .quickWinMarked(id: "a", on: true), .presenterStarted(block: "p4", presenter: 0),
        .plenumMarked(id: "a", on: false), .undone(seqs: [3, 4]),
        .dotted(VoteMark(block: "p2", id: "a", voter: Voter(table: "Bord 1", group: nil), change: 1)),
        .ranked(VoteMark(block: "p2.t1.b2", id: "b", voter: Voter(table: "Bord 3", group: 2), change: 0)),
        .voteClosed(block: "p2", closed: true), .actorTagged(id: "a", actor: "kommunen", on: true),
        .quickWinsOrdered(ids: ["b", "a"]), .stageShown(.tally), .stageShown(.tally, block: "p2.t1.b2"),
        .rated(Rating(id: "r1", block: "p6", table: "Bord 1", question: 1, value: 4, author: "Åse")), .ratingWithdrawn(id: "r1"),
        .dayEnded,
    ]

    static var lines: [(kind: String, fields: String)] {
        stored.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        }
    }

    @Test func everyStoredFactReadsBackAsTheSameFact() throws {
        let lines = Self.lines
        try #require(lines.count == Self.facts.count)
        for (line, fact) in zip(lines, Self.facts) {
            #expect(try FactCoding.fact(type: line.kind, payload: line.fields) == fact, "\(line.kind) \(line.fields)")
        }
    }

    @Test func everyFactIsStoredAsBefore() {
        for (line, fact) in zip(Self.lines, Self.facts) {
            #expect(fact.type == line.kind)
            #expect(FactCoding.payload(fact).rendered(pretty: false) == line.fields)
        }
    }

    @Test func theFixtureHasEveryKindOfFact() {
        let kinds = Set(Self.lines.map(\.kind))
        #expect(kinds.count == 34)
    }
}
