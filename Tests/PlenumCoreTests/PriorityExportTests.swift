import Foundation
import Testing
@testable import PlenumCore

/// The minutes, html, csv and json of a day with a vote, actors and ordered quick wins: each
/// carries the ranking with its points by table and segment, who contributes, and the quick wins
/// in the facilitator's order. The csv (a Danish day's, separated by `;`) is read back by Python's csv module.
@Suite struct PriorityExportTests {
    /// The vote of `PrioritiesTests`: Bord 1 dots "a" twice and "b" once, Bord 2's group 1 (all
    /// politicians) dots "c"; "a" and "b" are under the theme "Trafik"; quick wins c then a.
    static func session() throws -> SessionDriver {
        var d = try PrioritiesTests().atTheVote("dots = 3", scope: ", scope = \"all\"")
        let group = NoteDesk(table: "Bord 2", group: 1, author: "g")
        for (id, desk) in [("a", PrioritiesTests.bord1), ("a", PrioritiesTests.bord1), ("b", PrioritiesTests.bord1), ("c", group)] {
            #expect(d.note(.dot(id: id, delta: 1), at: desk) == nil)
        }
        d.perform(.theme(id: "a", name: "Trafik"))
        d.perform(.theme(id: "b", name: "Trafik"))
        d.perform(.tagActor(id: "a", actor: "borgerne", on: true))
        d.perform(.tagActor(id: "c", actor: "kommunen", on: true))
        d.perform(.quickWin(id: "a", on: true))
        d.perform(.quickWin(id: "c", on: true))
        d.perform(.orderQuickWins(["c", "a"]))
        d.perform(.closeVote("p2", closed: true))
        return d
    }

    static func render(_ format: ExportFormat) throws -> String {
        let d = try session()
        return format.render(state: d.state, entries: d.journal, clock: d.clock, createdAt: d.now, now: d.now, anonymous: false)
    }

    @Test func theMinutesAndTheReportRankWithTheirBreakdown() throws {
        let md = try Self.render(.md)
        #expect(md.contains("## Prioriteringer"))
        #expect(md.contains("_3 prikker pr. bord · 2 borde stemte · lukket_"))
        #expect(md.contains("| 1 | Tema: Trafik (2 post-its) | 3 | Bord 1: 3 | blandede borde: 3 | borgerne |"))
        #expect(md.contains("| 2 | Post-it c | 1 | Bord 2: 1 | Politikere: 1 | kommunen |"))
        let wins = md.components(separatedBy: "## Quick wins").last ?? ""
        #expect(wins.contains("1. Post-it c _(Bord 2, Idéer, 1 prik, bidrager: kommunen)_"))
        #expect(wins.contains("2. Post-it a _(Bord 1, Idéer, 2 prikker, bidrager: borgerne)_"))
        let html = try Self.render(.html)
        #expect(html.contains("<h2>Prioriteringer</h2>"))
        #expect(html.contains("<tr><td>1</td><td><bdi>Tema: Trafik (2 post-its)</bdi></td><td>3</td><td><bdi>Bord 1: 3</bdi></td><td><bdi>blandede borde: 3</bdi></td><td><bdi>borgerne</bdi></td></tr>"))
    }

    @Test func theJSONCarriesTheRankingAndTheQuickWinsOrder() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(.json).utf8)) as? [String: Any])
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(plan["actors"] as? [String] == ["kommunen", "erhvervslivet", "borgerne"])
        let vote = try #require((json["priorities"] as? [[String: Any]])?.first)
        #expect(vote["kind"] as? String == "dots" && vote["allowance"] as? Int == 3 && vote["scope"] as? String == "all")
        #expect(vote["closed"] as? Bool == true && vote["block_id"] as? String == "p2" && vote["block"] as? Int == 1)
        let voters = try #require(vote["voters"] as? [[String: Any]])
        #expect(voters.map { $0["segment"] as? String } == [nil, "Politikere"])
        let ranking = try #require(vote["ranking"] as? [[String: Any]])
        #expect(ranking.map { $0["rank"] as? Int } == [1, 2])
        #expect(ranking[0]["theme"] as? String == "Trafik" && ranking[0]["postits"] as? [String] == ["a", "b"])
        #expect((ranking[1]["by_segment"] as? [[String: Any]])?.first?["segment"] as? String == "Politikere")
        #expect((ranking[0]["by_table"] as? [[String: Any]])?.first?["points"] as? Int == 3)
        let wins = try #require(json["quick_wins"] as? [[String: Any]])
        #expect(wins.map { $0["id"] as? String } == ["c", "a"] && wins[1]["dots"] as? Int == 2)
        let postIts = try #require(json["postits"] as? [[String: Any]])
        #expect(postIts.first { $0["id"] as? String == "a" }?["actors"] as? [String] == ["borgerne"])
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.contains { $0["type"] as? String == "actorTagged" && $0["contributor"] as? String == "borgerne" })
    }

    @Test func pythonsCSVReaderReadsTheRankingColumns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plenum-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("day.csv")
        try Self.render(.csv).write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.DictReader(f, delimiter=';'))))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        #expect(rows.count == 3)
        let a = try #require(rows.first { $0["text"] == "Post-it a" })
        #expect(a["dots"] == "2" && a["actors"] == "borgerne" && a["quick_win_order"] == "2")
        #expect(a["priority"] == "Prioritér #1" && a["points"] == "3" && a["points_by_table"] == "Bord 1: 3")
        #expect(a["points_by_segment"] == "blandede borde: 3")
        let c = try #require(rows.first { $0["text"] == "Post-it c" })
        #expect(c["priority"] == "Prioritér #2" && c["points_by_segment"] == "Politikere: 1" && c["quick_win_order"] == "1")
        #expect(rows.first { $0["text"] == "Post-it b" }?["dots"] == "1")
    }
}
