import Foundation
import Testing

/// Bootcamp III end to end: the real binary in tmux with a console, a stage in each track's room,
/// the plain stage, and a notetaker at each of the six tables.
@Suite(.serialized) struct TracksInTmuxTests {
    @Test func threeTracksInTheirRoomsWithAStagePerRoomAndANotetakerPerTable() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: packageRoot + "/sessions/bootcamp-spor.toml", toPath: folder + "/spor.toml")
        let console = try Tmux.start(["run", "spor.toml"], in: folder, width: 120, height: 40)
        defer { console.kill() }
        #expect(console.waitFor("Scenen sættes i plenum", seconds: 20))
        let file = try #require(console.sessionFile())
        try console.send("Space")
        try console.send("n")
        #expect(console.waitFor("[3] Bosætning og mobilitet"))

        let rooms = [("1", "Spor Fællesskaber · Byrådssalen"), ("Mødelokale 1", "Spor Natur og klima · Mødelokale 1"),
                     ("3", "Spor Bosætning og mobilitet · Mødelokale 2")]
        var stages: [Tmux] = []
        defer { stages.forEach { $0.kill() } }
        for (track, _) in rooms {
            stages.append(try Tmux.start(["stage", file, "--track", track], in: folder, width: 80, height: 24))
        }
        for (stage, room) in zip(stages, rooms) { #expect(stage.waitFor(room.1 + " · blok 1 af 3", seconds: 20)) }
        #expect(stages[0].screen().contains("Formål"))
        let hall = try Tmux.start(["stage", file], in: folder, width: 120, height: 30)
        defer { hall.kill() }
        #expect(hall.waitFor("Bosætning og mobilitet", seconds: 20))
        #expect(hall.screen().contains("Byrådssalen"))

        var notetakers: [Tmux] = []
        defer { notetakers.forEach { $0.kill() } }
        for table in 1...6 {
            notetakers.append(try Tmux.start(["note", file, "--table", "Bord \(table)", "--group", "1", "--name", "Ref \(table)"],
                                             in: folder, width: 80, height: 24))
        }
        for (n, note) in notetakers.enumerated() {
            #expect(note.waitFor(rooms[n / 2].1, seconds: 20), "Bord \(n + 1) sees its track and room")
            #expect(note.waitFor("Formål · Noter: pointe, idé"))
            #expect(note.waitFor("Gruppe 1: "), "Bord \(n + 1) sees who is in its group")
            try note.send("-l", "Bord \(n + 1) siger noget")
            try note.send("Enter")
            #expect(note.waitFor("• [pointe] Bord \(n + 1) siger noget"))
        }

        // Track 2 moves on twice: its room, its tables, not the others.
        try console.send("2")
        #expect(stages[1].waitFor("Opsamling i sporet"))
        #expect(notetakers[2].waitFor("Opsamling i sporet · Noter: pointe"))
        try notetakers[2].send("-l", "Efter opsamlingen")
        try notetakers[2].send("Enter")
        #expect(notetakers[2].waitFor("• [pointe] Efter opsamlingen"))
        try console.send("2")
        #expect(notetakers[3].waitFor("Forudsætninger og politikerpanel · Noter: forudsætning, spørgsmål"))
        #expect(notetakers[3].waitFor("Runde 1 af 4 · alle grupper ved bordene"))
        #expect(stages[1].waitFor("Næste runde om"))
        try notetakers[3].send("-l", "Hvad koster det?")
        try notetakers[3].send("Enter")
        #expect(notetakers[3].waitFor("• [forudsætning] Hvad koster det?"))
        #expect(notetakers[0].screen().contains("Formål · Noter: pointe, idé"))
        #expect(stages[0].screen().contains("Formål"))

        // Seated once per block of their track: the groups fixed so far (each track's first block,
        // track 2's panel rotation without the politicians) and the rest as planned.
        let groups = try PlenumProcess.run(["groups", file, "--format", "json"], in: folder).stdout
        let day = try #require(try JSONSerialization.jsonObject(with: Data(groups.utf8)) as? [String: Any])
        let blocks = try #require(day["blocks"] as? [[String: Any]])
        #expect(blocks.count == 9)
        var trackOf: [String: String] = [:]
        for block in blocks {
            let members = (block["groups"] as? [[String: Any]] ?? []).flatMap { $0["members"] as? [String] ?? [] }
            let rotation = block["formation"] as? String == "rotation"
            #expect(members.count == (rotation ? 18 : 22) && Set(members).count == members.count, "\(block["title"] ?? "")")
            for name in members { trackOf[name] = trackOf[name] ?? (block["track"] as? String) }
            for name in members { #expect(trackOf[name] == block["track"] as? String) }
            if rotation {
                let rounds = block["stations"] as? [[String: Any]] ?? []
                #expect(rounds.count == 4 && rounds.allSatisfy { ($0["start"] as? String)?.count == 5 })
            }
        }
        #expect(trackOf.count == 66)
        try console.send("g")
        #expect(console.waitFor("spor Fællesskaber"))
        try console.send("Escape")

        // Every post-it is in the file under its track's block.
        let json = try PlenumProcess.run(["export", file, "--format", "json"], in: folder).stdout
        #expect(json.components(separatedBy: "\"track_block\": ").count - 1 == 8)
        #expect(json.contains("\"block\": \"p2.t2.b2\""))
        #expect(json.contains("\"block\": \"p2.t2.b3\""))
        // Groups were fixed as each track's block started: the three first blocks, then track 2's panel.
        #expect(json.components(separatedBy: "\"type\": \"groupsFormed\"").count - 1 == 4)
        let md = try PlenumProcess.run(["export", file, "--format", "md"], in: folder).stdout
        #expect(md.contains("## 2. Tre parallelle spor: spor Bosætning og mobilitet · Mødelokale 2"))
        #expect(md.contains("- Bord 6 siger noget _(gruppe 1)_"))
    }

    @Test func anUnknownTrackIsASentence() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: packageRoot + "/sessions/bootcamp-spor.toml", toPath: folder + "/spor.toml")
        let console = try Tmux.start(["run", "spor.toml"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Scenen sættes i plenum", seconds: 20))
        let file = try #require(console.sessionFile())
        let r = try PlenumProcess.run(["stage", file, "--track", "Kælderen"], in: folder)
        #expect(r.status == 2)
        #expect(r.stderr.contains("planen har intet spor \"Kælderen\"; vælg et nummer eller et lokale: 1 (Byrådssalen), 2 (Mødelokale 1), 3 (Mødelokale 2)"))
    }
}
