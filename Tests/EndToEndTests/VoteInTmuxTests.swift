import Foundation
import Testing

/// The tables' vote in the real programs: a notetaker spreads dots in tmux, the stage shows the
/// tally the facilitator put on it, the close reaches the notetaker, and the exports carry it.
@Suite(.serialized) struct VoteInTmuxTests {
    static let plan = """
        title = "Prioriteringsdag"
        start = "09:00"
        language = "da"
        actors = ["kommunen", "borgerne"]

        [tables]
        count = 2

        [[blocks]]
        title = "Idéer"
        kind = "plenum"
        minutes = 30

        [[blocks]]
        title = "Prioritering"
        kind = "plenum"
        minutes = 20
        vote = { dots = 3 }
        """

    @Test func aNotetakerVotesAndTheStageShowsTheTally() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let planFile = folder + "/dag.toml"
        let file = folder + "/dag.plenum"
        try Self.plan.write(toFile: planFile, atomically: true, encoding: .utf8)
        let console = try Tmux.start(["run", planFile, "--session", file], in: folder, width: 120, height: 36)
        defer { console.kill() }
        #expect(console.waitFor("Idéer"))
        try console.send("Space")
        #expect(console.waitFor("Kører"))
        let input = folder + "/in.txt"
        try "Færgen sejler for sjældent\nFlere cykelstier\n".write(toFile: input, atomically: true, encoding: .utf8)
        let piped = try PlenumProcess.run(["note", file, "--table", "1"], in: folder, stdin: input)
        #expect(piped.status == 0, "\(piped.stderr)")
        try console.send("n")
        #expect(console.waitFor("Blok 2 af 2"))

        let notes = try Tmux.start(["note", file, "--table", "1"], in: folder, width: 90, height: 24)
        defer { notes.kill() }
        #expect(notes.waitFor("Prioritér: 3 af 3 prikker tilbage"))
        try notes.send("Up")
        try notes.send("+")
        #expect(notes.waitFor("2 af 3 prikker tilbage"))
        try notes.send("+")
        #expect(notes.waitFor("1 af 3 prikker tilbage") && notes.waitFor("●● [pointe] Flere cykelstier"))
        try notes.send("a")
        #expect(notes.waitFor("Hvem bidrager?"))
        try notes.send("Space")
        #expect(notes.waitFor("[x] kommunen"))
        try notes.send("Escape")

        let stage = try Tmux.start(["stage", file], in: folder, width: 100, height: 30)
        defer { stage.kill() }
        #expect(stage.waitFor("Prioritering"))
        try console.send("v")
        #expect(console.waitFor("1. Flere cykelstier"))
        #expect(console.waitFor("Bord 1: 2") && console.waitFor("Bidrager: kommunen"))
        try console.send("s")
        #expect(stage.waitFor("1. Flere cykelstier"), "the stage shows the tally")
        #expect(stage.waitFor("●") && stage.waitFor("Bord 1: 2"))

        try notes.send("Up")
        try notes.send("+")
        #expect(stage.waitFor("2. Færgen sejler"), "the third dot reaches the stage live")
        try console.send("x")
        #expect(console.waitFor("LUKKET"))
        #expect(notes.waitFor("Afstemningen er lukket"))
        try notes.send("-")
        #expect(notes.waitFor("Afstemningen er lukket."), "a closed vote refuses the notetaker's keys")

        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let votes = try #require(json["priorities"] as? [[String: Any]])
        let ranking = try #require(votes.first?["ranking"] as? [[String: Any]])
        #expect(votes.first?["closed"] as? Bool == true)
        #expect(ranking.map { $0["text"] as? String } == ["Flere cykelstier", "Færgen sejler for sjældent"])
        #expect(ranking.first?["points"] as? Int == 2 && ranking.first?["actors"] as? [String] == ["kommunen"])
        let minutes = try PlenumProcess.run(["export", file, "--format", "md"], in: folder)
        #expect(minutes.stdout.contains("| 1 | Flere cykelstier | 2 | Bord 1: 2 | – | kommunen |"))
    }

    /// A day with two votes and segments but no groups seated: the people at a table are not known.
    static let twoVotes = """
        title = "Priorities day"
        start = "09:00"
        language = "en"
        people = [{ name = "Ann", segment = "RES" }, { name = "Bo", segment = "POL" }]

        [segments]
        RES = "Residents"
        POL = "Politicians"

        [tables]
        count = 2

        [[blocks]]
        title = "Ideas"
        kind = "plenum"
        minutes = 30

        [[blocks]]
        title = "Dots on places"
        kind = "plenum"
        minutes = 20
        vote = { dots = 3 }

        [[blocks]]
        title = "Top three"
        kind = "plenum"
        minutes = 20
        vote = { rank = 3, scope = "all" }
        """

    @Test func theStageShowsTheVoteTheFacilitatorChoseWhileAnotherBlockRuns() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let planFile = folder + "/day.toml"
        let file = folder + "/day.plenum"
        try Self.twoVotes.write(toFile: planFile, atomically: true, encoding: .utf8)
        let console = try Tmux.start(["run", planFile, "--session", file], in: folder, width: 120, height: 36)
        defer { console.kill() }
        #expect(console.waitFor("Ideas"))
        try console.send("Space")
        #expect(console.waitFor("Running"))
        let input = folder + "/in.txt"
        try "A ferry every hour\n".write(toFile: input, atomically: true, encoding: .utf8)
        let piped = try PlenumProcess.run(["note", file, "--table", "1"], in: folder, stdin: input)
        #expect(piped.status == 0, "\(piped.stderr)")
        try console.send("n")
        #expect(console.waitFor("Block 2 of 3"))

        let notes = try Tmux.start(["note", file, "--table", "1"], in: folder, width: 90, height: 24)
        defer { notes.kill() }
        #expect(notes.waitFor("Prioritise: 3 of 3 dots left"))
        try notes.send("Up")
        try notes.send("+")
        #expect(notes.waitFor("Prioritise: 2 of 3 dots left"))
        try console.send("n")
        #expect(console.waitFor("Block 3 of 3"))

        let stage = try Tmux.start(["stage", file], in: folder, width: 100, height: 30)
        defer { stage.kill() }
        #expect(stage.waitFor("Top three"))
        try console.send("v")
        #expect(console.waitFor("No votes yet."), "the tally opens at the running block's vote")
        try console.send("Left")
        #expect(console.waitFor("1. A ferry every hour"))
        try console.send("s")
        #expect(stage.waitFor("Priorities · Dots on places"), "the stage shows the vote chosen, not the running one")
        #expect(stage.waitFor("Table 1: 1 · segment not known: 1"), "a table where no groups sat is not called mixed")
        try console.send("Right")
        try console.send("s")
        #expect(stage.waitFor("Priorities · Top three"), "another vote sent replaces it")
        try console.send("s")
        #expect(stage.waitUntilGone("Priorities · Top three"), "s on the vote the stage shows takes it off")
        try console.send("Escape")
        try console.send("u")
        #expect(stage.waitFor("Priorities · Top three"), "u brings it back")
        try console.send("u")
        #expect(stage.waitFor("Priorities · Dots on places"), "and then the vote sent before")
    }
}
