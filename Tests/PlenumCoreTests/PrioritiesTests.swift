import Foundation
import Testing
@testable import PlenumCore

/// The tables' votes, who contributes and the quick wins' order: the plan's keys as `check` reads
/// them, the folds, the tally with its breakdown by table and segment, and undo.
@Suite struct PrioritiesTests {
    /// Two tables of two groups; the second block seats one segment per group, the third votes.
    static func plan(vote: String, scope: String = "") -> String {
        """
        title = "Prioritering"
        start = "09:00"
        language = "da"
        actors = ["kommunen", "erhvervslivet", "borgerne"]
        people = [
          { name = "A1", segment = "POL" }, { name = "A2", segment = "POL" }, { name = "B1", segment = "BOR" },
          { name = "B2", segment = "BOR" }, { name = "C1", segment = "POL" }, { name = "C2", segment = "POL" },
          { name = "D1", segment = "BOR" }, { name = "D2", segment = "BOR" },
        ]
        [segments]
        POL = "Politikere"
        BOR = "Borgere"
        [tables]
        count = 2
        groups = 2
        [[blocks]]
        title = "Idéer"
        kind = "groups"
        formation = "segment"
        minutes = 30
        [[blocks]]
        title = "Prioritér"
        kind = "plenum"
        minutes = 20
        vote = { \(vote)\(scope) }
        """
    }

    static let bord1 = NoteDesk(table: "Bord 1", group: nil, author: "ref1")
    static let bord2 = NoteDesk(table: "Bord 2", group: nil, author: "ref2")

    /// The day at the vote, with post-its "a", "b" at Bord 1 and "c" at Bord 2 written in the first block.
    func atTheVote(_ vote: String, scope: String = "") throws -> SessionDriver {
        var d = try SessionDriver(Self.plan(vote: vote, scope: scope))
        d.at("09:00"); d.perform(.startOrPause)
        let formed = [SeatedGroup(table: "Bord 1", group: 1, members: ["A1", "A2"]), SeatedGroup(table: "Bord 1", group: 2, members: ["B1", "B2"]),
                      SeatedGroup(table: "Bord 2", group: 1, members: ["C1", "C2"]), SeatedGroup(table: "Bord 2", group: 2, members: ["D1", "D2"])]
        d.record([.groupsFormed(block: "p1", groups: formed)], actor: "t")
        for (id, desk) in [("a", Self.bord1), ("b", Self.bord1), ("c", Self.bord2)] {
            #expect(d.note(.add(id: id, kind: "pointe", text: "Post-it \(id)"), at: desk) == nil)
        }
        d.at("09:30"); d.perform(.next)
        return d
    }

    @Test func checkReadsVoteAndActorsAndRefusesWhatIsWrongAtItsPlace() {
        let good = load(Self.plan(vote: "dots = 3", scope: ", scope = \"all\""))
        #expect(good.plan?.blocks[1].vote == Vote(.dots(3), scope: .all))
        #expect(good.plan?.actors == ["kommunen", "erhvervslivet", "borgerne"])
        #expect(load(Self.plan(vote: "rank = 5")).plan?.blocks[1].vote == Vote(.rank(5)))

        #expect(problems(Self.plan(vote: "dots = 3, rank = 2")) == ["25:27: error: `vote` i blok 2 \"Prioritér\" har både `dots` og `rank`; en afstemning er enten det ene eller det andet"])
        #expect(problems(Self.plan(vote: "rank = 40")) == ["25:17: error: `rank` i `vote` i blok 2 \"Prioritér\" er 40; højst 20 (pladserne på ét bords topliste)"])
        #expect(problems(Self.plan(vote: "dots = 0")) == ["25:17: error: `dots` i `vote` i blok 2 \"Prioritér\" skal være mindst 1, ikke 0"])
        #expect(problems(Self.plan(vote: "dots = 3, scope = \"alle\"")) == ["25:28: error: `scope` i `vote` i blok 2 \"Prioritér\" kan ikke være \"alle\"; mente du \"all\"? brug \"own\" eller \"all\""])
        #expect(problems(Self.plan(vote: "dot = 3")).contains("25:10: error: ukendt nøgle `dot` i `vote` i blok 2 \"Prioritér\"; mente du `dots`?"))
        #expect(problems(Self.plan(vote: "scope = \"all\"")) == ["25:8: error: `vote` i blok 2 \"Prioritér\" skal have `dots` (prikker at fordele) eller `rank` (en topliste), f.eks. vote = { dots = 3 }"])
        let twice = Self.plan(vote: "dots = 1").replacingOccurrences(of: "\"borgerne\"]", with: "\"borgerne\", \"Kommunen\"]")
        #expect(problems(twice) == ["4:52: error: `actors` nævner \"Kommunen\" to gange"])
        let breakVote = minimalPlan("[[blocks]]\ntitle = \"Kaffe\"\nkind = \"break\"\nminutes = 5\nvote = { dots = 2 }")
        #expect(problems(breakVote).contains { $0.contains("`vote` is for \"plenum\", \"groups\" or \"rotation\" blocks") })
    }

    @Test func dotsAreSpentWithinTheAllowanceOnTheTablesOwnPostIts() throws {
        var d = try atTheVote("dots = 3")
        let me = Voter(table: "Bord 1", group: nil)
        #expect(d.state.votablePostIts(in: "p2", by: me).map(\.id) == ["a", "b"])
        #expect(d.note(.dot(id: "a", delta: 1), at: Self.bord1) == nil)
        #expect(d.note(.dot(id: "a", delta: 1), at: Self.bord1) == nil)
        #expect(d.note(.dot(id: "c", delta: 1), at: Self.bord1) == .notVotable, "another table's post-it, scope own")
        #expect(d.note(.dot(id: "b", delta: 1), at: Self.bord1) == nil)
        #expect(d.state.votesLeft(in: "p2", by: me) == 0)
        #expect(d.note(.dot(id: "b", delta: 1), at: Self.bord1) == .noDotsLeft)
        #expect(d.note(.dot(id: "b", delta: -1), at: Self.bord1) == nil, "a dot taken off (the notetaker's undo)")
        #expect(d.note(.dot(id: "b", delta: -1), at: Self.bord1) == .noDotHere)
        #expect(d.state.votesLeft(in: "p2", by: me) == 1)
        #expect(d.note(.dot(id: "c", delta: 1), at: Self.bord2) == nil)
        let refolded = SessionState(plan: d.state.plan).applying(d.journal)
        #expect(refolded.priorities.dots == d.state.priorities.dots, "the journal alone gives the same dots")
        #expect(d.state.dots(of: d.state.postIt("a")!) == 2)
    }

    @Test func theTallyRanksWithPointsByTableAndSegmentAndFoldsThemes() throws {
        var d = try atTheVote("dots = 3", scope: ", scope = \"all\"")
        for (id, desk) in [("a", Self.bord1), ("c", Self.bord1), ("c", Self.bord1), ("c", Self.bord2), ("b", Self.bord2)] {
            #expect(d.note(.dot(id: id, delta: 1), at: desk) == nil)
        }
        let groupVoter = NoteDesk(table: "Bord 2", group: 1, author: "g")
        #expect(d.note(.dot(id: "a", delta: 1), at: groupVoter) == nil)
        var tally = VoteTally(d.state, block: "p2")
        #expect(tally.items.map(\.title) == ["Post-it c", "Post-it a", "Post-it b"])
        #expect(tally.items[0].points == 3)
        #expect(tally.items[0].byTable == [VoteTally.Share(name: "Bord 1", points: 2), VoteTally.Share(name: "Bord 2", points: 1)])
        #expect(tally.items[1].bySegment.contains(VoteTally.Share(name: "Politikere", points: 1)), "a group of one segment votes as it")
        #expect(tally.items[1].bySegment.contains(VoteTally.Share(name: nil, points: 1)), "a table of two segments is mixed")

        d.perform(.theme(id: "a", name: "Trafik"))
        d.perform(.theme(id: "b", name: "Trafik"))
        d.perform(.tagActor(id: "b", actor: "borgerne", on: true))
        #expect(d.note(.tagActor(id: "a", actor: "kommunen", on: true), at: Self.bord1) == nil)
        tally = VoteTally(d.state, block: "p2")
        #expect(tally.items.first?.theme == "Trafik" && tally.items.first?.points == 3 && tally.items.first?.postIts.count == 2)
        #expect(tally.items.first?.actors == ["kommunen", "borgerne"], "in the plan's order")
        #expect(tally.items.first?.firstPlaces == 0)
    }

    @Test func aTableWhereNoGroupsWereSeatedIsASegmentNotKnownNotAMixedTable() throws {
        var d = try SessionDriver(Self.plan(vote: "dots = 3", scope: ", scope = \"all\""))
        d.at("09:00"); d.perform(.startOrPause)
        // Only Bord 1 was seated (two segments): Bord 2's people are not known.
        d.record([.groupsFormed(block: "p1", groups: [SeatedGroup(table: "Bord 1", group: 1, members: ["A1", "B1"])])], actor: "t")
        #expect(d.note(.add(id: "a", kind: "pointe", text: "Post-it a"), at: Self.bord1) == nil)
        d.at("09:30"); d.perform(.next)
        #expect(d.note(.dot(id: "a", delta: 1), at: Self.bord1) == nil)
        #expect(d.note(.dot(id: "a", delta: 1), at: Self.bord2) == nil)
        #expect(d.state.segment(of: Voter(table: "Bord 1", group: nil), in: "p2") == .mixed)
        #expect(d.state.segment(of: Voter(table: "Bord 2", group: nil), in: "p2") == .unknown)
        let tally = VoteTally(d.state, block: "p2")
        #expect(tally.items[0].bySegment == [VoteTally.Share(name: nil, points: 1), VoteTally.Share(name: nil, points: 1, unknown: true)])
        #expect(Language.da.priorities.shares(tally.items[0].bySegment) == "blandede borde: 1, ukendt segment: 1")
        #expect(Language.en.priorities.shares(tally.items[0].bySegment) == "mixed tables: 1, segment not known: 1")
        for format in [ExportFormat.md, .html, .csv] {
            let text = format.render(state: d.state, entries: d.journal, clock: d.clock, createdAt: d.now, now: d.now, anonymous: false)
            #expect(text.contains("ukendt segment: 1"), "\(format)")
        }
        let json = ExportFormat.json.render(state: d.state, entries: d.journal, clock: d.clock, createdAt: d.now, now: d.now, anonymous: false)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ranking = try #require((data["priorities"] as? [[String: Any]])?.first?["ranking"] as? [[String: Any]])
        let shares = try #require(ranking.first?["by_segment"] as? [[String: Any]])
        #expect(shares.map { $0["known"] as? Bool } == [true, false])
        #expect(shares.allSatisfy { $0["segment"] is NSNull })
    }

    @Test func aTopListPlacesAndCountsFirstPlaceHighest() throws {
        var d = try atTheVote("rank = 2")
        #expect(d.note(.rank(id: "b", place: 1), at: Self.bord1) == nil)
        #expect(d.note(.rank(id: "a", place: 1), at: Self.bord1) == nil, "a goes first, b moves down")
        let me = Voter(table: "Bord 1", group: nil)
        #expect(d.state.priorities.ranking(in: "p2", by: me) == ["a", "b"])
        #expect(d.note(.dot(id: "a", delta: 1), at: Self.bord1) == .noVote, "a top list takes no dots")
        #expect(d.note(.rank(id: "c", place: 1), at: Self.bord2) == nil)
        let tally = VoteTally(d.state, block: "p2")
        #expect(tally.items.map { "\($0.title)=\($0.points)/\($0.firstPlaces)" } == ["Post-it a=2/1", "Post-it c=2/1", "Post-it b=1/0"])
        #expect(d.note(.rank(id: "a", place: 0), at: Self.bord1) == nil)
        #expect(d.state.priorities.ranking(in: "p2", by: me) == ["b"])
    }

    @Test func aClosedVoteRefusesNotetakersAndTheConsolesUndoOpensIt() throws {
        var d = try atTheVote("dots = 2")
        #expect(d.note(.dot(id: "a", delta: 1), at: Self.bord1) == nil)
        #expect(d.perform(.closeVote("p2", closed: true)) == nil)
        #expect(d.state.isVoteClosed("p2"))
        #expect(d.note(.dot(id: "b", delta: 1), at: Self.bord1) == .voteClosed)
        // A dot that reaches the journal after the close (a second terminal) is not counted.
        d.record([.dotted(VoteMark(block: "p2", id: "b", voter: Voter(table: "Bord 1", group: nil), change: 1))], actor: "x")
        #expect(d.state.priorities.dotsUsed(in: "p2", by: Voter(table: "Bord 1", group: nil)) == 1)
        #expect(d.perform(.undo) == nil)
        #expect(!d.state.isVoteClosed("p2"), "u takes the close back")
        #expect(d.state.priorities.dotsUsed(in: "p2", by: Voter(table: "Bord 1", group: nil)) == 2,
                "as if the vote had never been closed: the dot written meanwhile counts")
        #expect(d.note(.dot(id: "b", delta: -1), at: Self.bord1) == nil)
        #expect(d.perform(.closeVote("p1", closed: true)) == .noVote)
    }

    @Test func quickWinsKeepTheFacilitatorsOrder() throws {
        var d = try atTheVote("dots = 3")
        for id in ["a", "b", "c"] { d.perform(.quickWin(id: id, on: true)) }
        #expect(d.note(.dot(id: "b", delta: 1), at: Self.bord1) == nil)
        #expect(d.state.orderedQuickWins.map(\.id) == ["b", "a", "c"], "unordered: most dots first")
        d.perform(.orderQuickWins(["c", "a", "b"]))
        #expect(d.state.orderedQuickWins.map(\.id) == ["c", "a", "b"])
        d.perform(.quickWin(id: "a", on: false))
        #expect(d.state.orderedQuickWins.map(\.id) == ["c", "b"])
        #expect(SessionDigest.quickWins(of: d.state).map(\.id) == ["c", "b"])
    }

    @Test func aHeldDaysLearningNamesTheActorsItsQuickWinsWereTaggedWith() throws {
        var d = try atTheVote("dots = 3")
        d.perform(.quickWin(id: "a", on: true))
        d.perform(.tagActor(id: "a", actor: "kommunen", on: true))
        d.perform(.tagActor(id: "a", actor: "borgerne", on: true))
        let learning = DayLearning(state: d.state)
        #expect(ProcessLearning.quickWin(learning.quickWins[0], tagged: learning.actors).actor == "kommunen, borgerne")
        #expect(ProcessLearning.quickWin(learning.quickWins[0]).actor == nil, "untagged and no actor in its text")
    }

    @Test func everyNewFactIsReadBackAsWritten() throws {
        let facts: [Fact] = [
            .dotted(VoteMark(block: "p2", id: "a", voter: Voter(table: "Bord 1", group: 2), change: -1)),
            .ranked(VoteMark(block: "p2.t1.b2", id: "b", voter: Voter(table: "Bord 3", group: nil), change: 4)),
            .voteClosed(block: "p2", closed: true), .actorTagged(id: "a", actor: "borgerne", on: false),
            .quickWinsOrdered(ids: ["c", "a"]), .stageShown(.tally), .stageShown(.quickWins),
        ]
        for fact in facts {
            let back = try FactCoding.fact(type: fact.type, payload: FactCoding.payload(fact).rendered(pretty: false))
            #expect(back == fact)
        }
        #expect(throws: FactCoding.Unreadable.self) { try FactCoding.fact(type: "dotted", payload: "{\"block\":\"p2\",\"id\":\"a\",\"table\":\"B\"}") }
    }
}
