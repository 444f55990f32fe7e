import Foundation
import Testing

/// The real binary in tmux: tables present in turn (`>`/`<`), notetakers mark what their table
/// reports, and the screens tell one truth (spans not clock times, Pause on the stage, one time in a
/// break, a skipped block skipped everywhere, the session's commands, seats instead of names).
@Suite(.serialized) struct PresentationsInTmuxTests {
    @Test func tablesPresentInTurnWithWhatTheirNotetakersMarked() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder, width: 120, height: 40)
        defer { console.kill() }
        #expect(console.waitFor("Referenter:"), "the idle console says how notetakers join")
        #expect(console.waitFor("plenum note"))
        try console.send("?")
        #expect(console.waitFor("plenum note " + folder), "the help gives the command with the session's full path")
        try console.send("Escape")
        let file = try #require(console.sessionFile())
        let stage = try Tmux.start(["stage", file], in: folder, width: 80, height: 24)
        defer { stage.kill() }
        try console.send("Space")
        try console.send("n")
        #expect(console.waitFor("Blok 2 af 14"))
        #expect(console.screen().range(of: #"næste kort om \d+ min( \d+ s)?"#, options: .regularExpression) != nil,
                "the time to the next card is a span, not a time of day")
        let anne = try Tmux.start(["note", file, "--table", "Bord 1", "--name", "Anne"], in: folder, width: 80, height: 24)
        defer { anne.kill() }
        #expect(anne.waitFor("pointe ›"))
        try anne.send("-l", "Flere cykelstier i Ørestad")
        try anne.send("Enter")
        #expect(anne.waitFor("• [pointe] Flere cykelstier i Ørestad"))
        try anne.send("Up")
        try anne.send("p")
        #expect(anne.waitFor("▲ Markeret til plenum"))
        #expect(anne.waitFor("▲ [pointe] Flere cykelstier i Ørestad"))

        // The break: one time on the stage, the one to be back at.
        try console.send("n")
        #expect(stage.waitFor("Pause — tilbage kl."))
        #expect(stage.waitFor("Næste: Grupper pr. segment"), "the next block without a second time")

        for _ in 0..<8 { try console.send("n") }
        #expect(console.waitFor("Blok 11 af 14"))
        #expect(console.waitFor("Fremlægger nu: Bord 1 (1 af 4)"))
        #expect(console.waitFor("> næste fremlægger · < forrige"))
        #expect(stage.waitFor("Bord 1 fremlægger (1 af 4)"))
        #expect(stage.waitFor("til plenum"))
        #expect(stage.waitFor("Flere cykelstier i Ørestad"))
        #expect(anne.waitFor("── Dialog i blandede grupper"), "the notetaker sees the table's earlier blocks")

        try console.send(">")
        #expect(console.waitFor("Fremlægger nu: Bord 2 (2 af 4)"))
        #expect(console.waitFor("Bord 2 fremlægger nu."))
        #expect(stage.waitFor("Bord 2 fremlægger (2 af 4)"))
        try console.send("<")
        #expect(console.waitFor("Fremlægger nu: Bord 1 (1 af 4)"))
        try console.send(">", ">", ">")
        #expect(console.waitFor("Fremlægger nu: Bord 4 (4 af 4)"))
        try console.send(">")
        #expect(console.waitFor("Det er den sidste fremlægger"))
        try console.send("q")
        #expect(console.waitFor("Referenter: plenum note " + file), "the words after q name the notetakers' command")

        let md = try PlenumProcess.run(["export", file, "--format", "md"], in: folder)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("**Fremlæggelser**"))
        #expect(md.stdout.contains("| Bord 1 | 10 min |"))
        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let turns = events.filter { $0["type"] as? String == "presenterStarted" }.compactMap { $0["presenter"] as? Int }
        #expect(turns == [1, 0, 1, 2, 3])
        #expect(events.contains { $0["type"] as? String == "plenumMarked" && $0["on"] as? Bool == true })
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        let presenters = try #require(blocks[10]["presenters"] as? [[String: Any]])
        #expect(presenters.map { $0["name"] as? String } == ["Bord 1", "Bord 2", "Bord 3", "Bord 4"])
        #expect(presenters.allSatisfy { $0["planned_minutes"] as? Double == 10 })
        let postIts = try #require(json["postits"] as? [[String: Any]])
        #expect(postIts.first?["for_plenum"] as? Bool == true)
    }

    @Test func theEnglishScreensTellOneTruth() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder, width: 120, height: 40)
        defer { console.kill() }
        #expect(console.waitFor("Notetakers:"))
        #expect(console.waitFor("? shows the commands for notetakers and the stage"))
        let file = try #require(console.sessionFile())
        try console.send("?")
        #expect(console.waitFor("plenum stage " + folder))
        try console.send("Escape")
        let stage = try Tmux.start(["stage", file], in: folder, width: 80, height: 24)
        defer { stage.kill() }
        try console.send("Space")
        #expect(stage.waitFor("Welcome and purpose"))
        try console.send("Space")
        #expect(console.waitFor("⏸ Paused"))
        #expect(stage.waitFor("Paused"), "the paused stage says so")
        try console.send("Space")
        try console.send("n")
        #expect(console.waitFor("Block 2 of 9"))
        let kim = try Tmux.start(["note", file, "--table", "Red table", "--name", "Kim"], in: folder, width: 80, height: 24)
        defer { kim.kill() }
        #expect(kim.waitFor("Group 1: 8 seats"), "seats, not invented people")
        #expect(kim.screen().range(of: #"\bP[0-9]+\b"#, options: .regularExpression) == nil)
        try console.send("f")
        #expect(stage.waitFor("Red table: 8 seats"))
        #expect(stage.screen().range(of: #"\bP[0-9]+\b"#, options: .regularExpression) == nil)
        try console.send("f")

        // Jump from the warm-up to the expert corner: the user journeys and the coffee are skipped.
        try console.send("Down", "Down", "Down", "Enter")
        // Where a jump that skips blocks asks first, Enter answers yes.
        var screen = ""
        #expect(eventually { screen = console.screen(); return screen.contains("Block 5 of 9") || screen.contains("That skips") })
        if screen.contains("That skips") { try console.send("Enter") }
        #expect(console.waitFor("Block 5 of 9"))
        try console.send("g")
        #expect(console.waitFor("Groups · 5. Expert corner"))
        try console.send("Left")
        #expect(console.waitFor("Skipped: the block did not run"))
        try console.send("Escape")
        let skipped = try PlenumProcess.run(["export", file, "--format", "md"], in: folder)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(!skipped.stdout.contains("Which moment of the visit is the most frustrating?"),
                "a skipped block's questions were never asked")
        #expect(skipped.stdout.contains("| 3 | User journeys: where does it hurt? |") && skipped.stdout.contains("skipped"))
        // Back to a skipped groups block: it is seated again and its groups are fixed as it starts.
        try console.send("Up", "Up", "Enter")
        #expect(console.waitFor("Block 3 of 9"))
        #expect(kim.waitFor("User journeys"))
        #expect(kim.waitFor("Group 1: 8 seats"), "the groups of a block that was skipped are formed when it runs")
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
        let md = try PlenumProcess.run(["export", file, "--format", "md"], in: folder)
        #expect(md.stdout.contains("Which moment of the visit is the most frustrating?"), "once it ran, its questions count")
        let json = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"type\" : \"groupsFormed\"") || json.stdout.contains("\"type\": \"groupsFormed\""))
    }
}
