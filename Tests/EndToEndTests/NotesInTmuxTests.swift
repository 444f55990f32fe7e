import Foundation
import Testing

/// The real binary in tmux: notetakers and a console on one session.
@Suite(.serialized) struct NotesInTmuxTests {
    @Test func twoNotetakersAndAConsoleWallAndAKilledNotetakerLosesNothing() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst og dagens formål"))
        let file = try #require(console.sessionFile())
        try console.send("Space")
        let anne = try Tmux.start(["note", file, "--table", "Bord 1", "--group", "1", "--name", "Anne"], in: folder, width: 80, height: 24)
        defer { anne.kill() }
        let bo = try Tmux.start(["note", file, "--table", "2", "--name", "Bo"], in: folder, width: 80, height: 24)
        defer { bo.kill() }
        #expect(anne.waitFor("pointe ›") && bo.waitFor("pointe ›"))
        try anne.send("-l", "Flere cykelstier i Ørestad 🚲")
        try anne.send("Enter")
        try bo.send("-l", "Café ved havnen")
        try bo.send("Enter")
        #expect(anne.waitFor("• [pointe] Flere cykelstier i Ørestad 🚲"))
        #expect(bo.waitFor("✓ Gemt"))
        #expect(console.waitFor("Bord 1: 1 · Bord 2: 1"))
        try console.send("w")
        #expect(console.waitFor("Væggen"))
        #expect(console.waitFor("Café ved"))
        #expect(console.waitFor("cykelstier"))

        // A notetaker killed mid-way loses nothing that was shown as saved.
        try anne.send("-l", "Endnu en idé")
        try anne.send("Enter")
        #expect(anne.waitFor("• [pointe] Endnu en idé"))
        let pid = try #require(anne.plenumPID())
        kill(pid, SIGKILL)
        #expect(anne.waitFor("PLENUM-EXIT="))
        let again = try Tmux.start(["note", file, "--table", "1", "--group", "1", "--name", "Anne"], in: folder, width: 80, height: 24)
        defer { again.kill() }
        #expect(again.waitFor("• [pointe] Endnu en idé"))
        #expect(again.screen().contains("Bord 1: 2 post-its i blokken"))
    }

    @Test func withoutATableTheNotetakerChoosesOne() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Not started"))
        let file = try #require(console.sessionFile())
        let note = try Tmux.start(["note", file, "--name", "Kim"], in: folder, width: 80, height: 24)
        defer { note.kill() }
        #expect(note.waitFor("Which table are you taking notes for?"))
        try note.send("Down", "Enter")
        #expect(note.waitFor("Green table · Kim"))
        #expect(note.waitFor("No post-its yet."))
        try note.send("q")
        #expect(note.waitFor("PLENUM-EXIT=0"))
    }
}
