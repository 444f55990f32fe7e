import Foundation
import Testing

/// The wall in the real console: dots, a theme and a quick win made in one console show in a
/// second console on the same session, and are in the exported data.
@Suite(.serialized) struct WallInTmuxTests {
    @Test func marksOnTheWallShowInAnotherConsole() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let file = folder + "/wall.plenum"
        let first = try Tmux.start(["run", packageRoot + "/sessions/bootcamp.toml", "--session", file], in: folder,
                                   width: 120, height: 36)
        defer { first.kill() }
        #expect(first.waitFor("Velkomst og dagens formål"))
        try first.send("Space")
        #expect(first.waitFor("Kører"))
        try first.send("n")
        #expect(first.waitFor("Blok 2 af"))
        let input = folder + "/in.txt"
        try "Færgen sejler for sjældent\nFlere cykelstier\n".write(toFile: input, atomically: true, encoding: .utf8)
        let note = try PlenumProcess.run(["note", file, "--table", "1", "--group", "1"], in: folder, stdin: input)
        #expect(note.status == 0, "\(note.stderr)")
        let second = try Tmux.start(["run", packageRoot + "/sessions/bootcamp.toml", "--session", file], in: folder,
                                    width: 120, height: 36)
        defer { second.kill() }
        #expect(second.waitFor("Blok 2 af"))
        try second.send("w")
        #expect(second.waitFor("Bord 1 (2)"))

        try first.send("w")
        #expect(first.waitFor("Færgen sejler"))
        try first.send("v")
        try first.send("v")
        #expect(second.waitFor("●●"), "the dots show in the other console")
        try first.send("t")
        #expect(first.waitFor("Tema for post-it"))
        try first.send("Transport")
        try first.send("Enter")
        try first.send("*")
        #expect(second.waitFor("#Transport") && second.waitFor("★ quick win"))
        try first.send("T")
        #expect(first.waitFor("# Transport  2 prikker"))

        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let postIts = try #require(json["postits"] as? [[String: Any]])
        let marked = try #require(postIts.first { ($0["text"] as? String)?.hasPrefix("Færgen") == true })
        #expect(marked["votes"] as? Int == 2 && marked["theme"] as? String == "Transport" && marked["quick_win"] as? Bool == true)
    }
}
