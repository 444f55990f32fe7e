import Foundation
import Testing
@testable import PlenumCore

/// The evaluation: one fact per rating, taken back by the table that typed it, tallied per
/// question, and carried by every export with its distribution and mean.
@Suite struct RatingTests {
    static let plan = """
        title = "Dag"
        start = "09:00"
        language = "da"

        [tables]
        count = 2

        [[blocks]]
        title = "Evaluering"
        kind = "plenum"
        minutes = 15
        capture = ["godt", "kan blive bedre"]
        rate = ["Dagens form", "Udbytte 会議"]

        [[blocks]]
        title = "Tak"
        kind = "plenum"
        minutes = 5
        """

    let bord1 = NoteDesk(table: "Bord 1", group: nil, author: "Åse")
    let bord2 = NoteDesk(table: "Bord 2", group: nil, author: "Bo")

    func rated() throws -> SessionDriver {
        var day = try SessionDriver(Self.plan)
        day.at("09:00")
        day.perform(.startOrPause)
        for (k, value) in [4, 5, 3, 4].enumerated() { #expect(day.note(.rate(id: "a\(k)", question: 0, value: value), at: bord1) == nil) }
        #expect(day.note(.rate(id: "b0", question: 0, value: 2), at: bord2) == nil)
        #expect(day.note(.rate(id: "b1", question: 1, value: 5), at: bord2) == nil)
        return day
    }

    @Test func eachRatingIsAFactAndTheTallyFollows() throws {
        var day = try rated()
        var tallies = day.state.ratingTallies("p1")
        #expect(tallies[0].counts == [0, 1, 1, 2, 1] && tallies[0].total == 5)
        #expect(tallies[0].mean == 18.0 / 5)
        #expect(tallies[1].counts == [0, 0, 0, 0, 1])
        #expect(day.state.ratingTallies("p1", table: "Bord 1")[0].total == 4)
        // Backspace at Bord 1 takes its last rating of the question back, not Bord 2's.
        let last = try #require(day.state.lastRating("p1", table: "Bord 1", question: 0))
        #expect(last.id == "a3")
        #expect(day.note(.withdrawRating(id: "b0"), at: bord1) == .anotherTablesPostIt)
        #expect(day.note(.withdrawRating(id: last.id), at: bord1) == nil)
        tallies = day.state.ratingTallies("p1")
        #expect(tallies[0].counts == [0, 1, 1, 1, 1])
        #expect(day.state.lastRating("p1", table: "Bord 1", question: 0)?.id == "a2")
        // Off the scale, or a question the block does not ask: refused, nothing written.
        #expect(day.note(.rate(id: "x", question: 0, value: 6), at: bord1) == .outsideScale(5))
        #expect(day.note(.rate(id: "x", question: 2, value: 3), at: bord1) == .notRated)
        day.perform(.next)
        #expect(day.note(.rate(id: "y", question: 0, value: 3), at: bord1) == .notRated)
        #expect(day.journal.count == 10)
    }

    @Test func factsAreStoredAndReadBackAndAForeignOneIsIgnored() throws {
        let fact = Fact.rated(Rating(id: "r", block: "p1", table: "Bord 1", question: 1, value: 3, author: "Åse"))
        for f in [fact, .ratingWithdrawn(id: "r")] {
            #expect(try FactCoding.fact(type: f.type, payload: FactCoding.payload(f).rendered()) == f)
        }
        #expect(!fact.isUndoable, "the facilitator's u never takes a notetaker's rating")
        var day = try rated()
        // A rating from another program with a value off the block's scale is not counted.
        day.record([.rated(Rating(id: "z", block: "p1", table: "Bord 1", question: 0, value: 9, author: "x"))], actor: "x")
        #expect(day.state.ratingTallies("p1")[0].total == 5)
    }

    @Test func theExportsCarryTheDistributionAndTheMean() throws {
        let day = try rated()
        let digest = SessionDigest(state: day.state, clock: day.clock, now: day.now)
        let md = MarkdownExport(digest).render()
        #expect(md.contains("**Evaluering**"))
        #expect(md.contains("| Spørgsmål | 1 | 2 | 3 | 4 | 5 | Svar | Gennemsnit |"))
        #expect(md.contains("| Dagens form | 0 | 1 | 1 | 2 | 1 | 5 | 3,6 |"))
        #expect(md.contains("| Udbytte 会議 | 0 | 0 | 0 | 0 | 1 | 1 | 5 |"))
        let csv = CSVReader.rows(String(CSVExport(digest).render().dropFirst()), separator: ";")
        #expect(csv.allSatisfy { $0.count == CSVExport.header.count }, "every row as wide as the header")
        #expect(csv.contains { $0[0] == "1. Evaluering" && $0[3] == "evaluering"
                                && $0[4] == "Dagens form: gennemsnit 3,6 · 1: 0 · 2: 1 · 3: 1 · 4: 2 · 5: 1 · 5 svar" })
        let html = HTMLExport(digest).render()
        #expect(html.contains("<h4>Evaluering</h4>") && html.contains("<td><bdi>Udbytte 会議</bdi></td>"))
        let text = SessionJSON.render(state: day.state, entries: day.journal, clock: day.clock, now: day.now)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let block = try #require((json["blocks"] as? [[String: Any]])?.first)
        let ratings = try #require(block["ratings"] as? [[String: Any]])
        #expect(ratings.first?["counts"] as? [Int] == [0, 1, 1, 2, 1])
        #expect(ratings.first?["mean"] as? Double == 3.6)
        #expect(ratings.first?["question"] as? String == "Dagens form")
        #expect((json["events"] as? [[String: Any]])?.contains { $0["type"] as? String == "rated" } == true)
    }
}
