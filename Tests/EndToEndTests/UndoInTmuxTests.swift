import Foundation
import Testing

/// Undo and the questions before what cannot be undone, in the real binary: keys in, screens and
/// the session file out, with two consoles on one session; check-in, the wall and the notes keys.
@Suite(.serialized) struct UndoInTmuxTests {
    /// The session's facts as `plenum export --format json` lists them, and its blocks.
    func journal(_ file: String, in folder: String) throws -> (types: [String], blocks: [[String: Any]], events: [[String: Any]]) {
        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let events = json["events"] as? [[String: Any]] ?? []
        return (events.compactMap { $0["type"] as? String }, json["blocks"] as? [[String: Any]] ?? [], events)
    }

    @Test func uInOneConsoleUndoesInBothAndTheFileKeepsEverything() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let file = folder + "/undo.plenum"
        let plan = packageRoot + "/sessions/bootcamp.toml"
        let first = try Tmux.start(["run", plan, "--session", file], in: folder, width: 100, height: 36)
        defer { first.kill() }
        #expect(first.waitFor("Velkomst og dagens formål"))
        try first.send("Space")
        #expect(first.waitFor("Kører"))
        try first.send("n")
        #expect(first.waitFor("Blok 2 af"))
        let second = try Tmux.start(["run", plan, "--session", file], in: folder, width: 100, height: 36)
        defer { second.kill() }
        #expect(second.waitFor("Blok 2 af"))
        try first.send("+")
        #expect(second.waitFor("Dialog i blandede grupper   41"))
        try first.send("u")
        #expect(first.waitFor("Fortrudt: +1 min på »Dialog i blandede grupper«. u fortryder den før."))
        #expect(second.waitFor("Fortrudt: +1 min på »Dialog i blandede grupper«"), "the other console says it too")
        #expect(second.waitFor("Dialog i blandede grupper   40"))
        try second.send("u")
        #expect(second.waitFor("Fortrudt: start af »Dialog i blandede grupper«"))
        #expect(first.waitFor("Blok 1 af"), "the next is undone in the first console as well")
        #expect(first.waitFor("Fortrudt: start af »Dialog i blandede grupper«"))

        let (types, blocks, events) = try journal(file, in: folder)
        #expect(types.filter { $0 == "undone" }.count == 2)
        #expect(types.contains("extended") && types.filter { $0 == "blockStarted" }.count == 2, "nothing is deleted")
        #expect(blocks[1]["actual_start"] is NSNull, "the undone block never started")
        #expect(blocks[0]["actual_end"] is NSNull, "the first block runs on")
        let undone = events.filter { $0["type"] as? String == "undone" }.compactMap { $0["seqs"] as? [Int] }
        #expect(undone.count == 2 && undone.allSatisfy { !$0.isEmpty })
    }

    @Test func skippingAheadAndEndingTheDayAskFirstAndTheDayReopens() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder, width: 100, height: 30)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        try console.send("Space")
        #expect(console.waitFor("Running"))
        try console.send("Down", "Down", "Down", "Enter")
        #expect(console.waitFor("Skip ahead?"))
        #expect(console.waitFor("That skips these 2 blocks:"))
        try console.send("Escape")
        #expect(console.waitUntilGone("Skip ahead?"), "Esc: no jump")
        #expect(console.screen().contains("Block 1 of"))
        try console.send("Down", "Down", "Down", "Down", "Down", "Enter")
        #expect(console.waitFor("Skip ahead?"))
        try console.send("Enter")
        #expect(console.waitFor("Block 9 of 9"))
        try console.send("n")
        #expect(console.waitFor("End the day?"))
        try console.send("n")
        try console.send("p")
        #expect(console.waitFor("Block 8 of 9"), "n answered no; p went back")
        try console.send("n")
        #expect(console.waitFor("Block 9 of 9"))
        try console.send("n")
        #expect(console.waitFor("End the day?"))
        try console.send("Enter")
        #expect(console.waitFor("The day is over"))
        try console.send("p")
        #expect(console.waitFor("The day is over; Space opens it again."))
        try console.send("Space")
        #expect(console.waitFor("Open the day again?"))
        try console.send("Enter")
        #expect(console.waitFor("The day is open again."))
        #expect(console.waitFor("Block 9 of 9"))
        try console.send("u")
        #expect(console.waitFor("Undone: starting “Evaluation”. u undoes the one before."))
        #expect(console.waitFor("Block 8 of 9"))
        let file = try #require(console.sessionFile())
        let (types, blocks, _) = try journal(file, in: folder)
        #expect(types.contains("dayEnded") && types.suffix(2) == ["undone", "undone"])
        #expect(blocks[7]["actual_end"] is NSNull, "the last n is undone: block 8 runs on")
        #expect(blocks[1]["skipped"] as? Bool == true)
    }

    @Test func checkInEnterTwiceAUndoneInOneStepSearchAndAWalkInByPrefix() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let file = folder + "/checkin.plenum"
        let console = try Tmux.start(["run", packageRoot + "/sessions/bootcamp.toml", "--session", file], in: folder,
                                     width: 120, height: 36)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst og dagens formål"))
        try console.send("k")
        #expect(console.waitFor("Indtjekning"))
        try console.send("Enter")
        #expect(console.waitFor("kom 1"))
        try console.send("Enter")
        try console.send("A")
        #expect(console.waitFor("Markér de 47 deltagere"), "a second Enter left Anne checked in")
        try console.send("Enter")
        #expect(console.waitFor("afbud 47"))
        try console.send("u")
        #expect(console.waitFor("Fortrudt: 47 personer markeret »afbud«"))
        #expect(console.waitFor("kom 1"))
        #expect(!console.screen().contains("afbud 47"))
        try console.send("/")
        try console.send("-l", "oster")
        #expect(console.waitFor("Dorthe Østergaard"))
        try console.send("Enter")
        try console.send("/")
        try console.send("-l", "soeren")
        #expect(console.waitFor("Søg: soeren"), "/ starts a new search")
        #expect(console.waitFor("Søren Vang"))
        try console.send("Escape")
        #expect(console.waitUntilGone("Søg: soeren"))
        try console.send("n")
        #expect(console.waitFor("Ny deltager (walk-in)"))
        try console.send("-l", "Nadia Ny")
        try console.send("Tab")
        try console.send("-l", "Borg")
        try console.send("Enter")
        #expect(console.waitFor("walk-ins 1"))
        let (types, _, events) = try journal(file, in: folder)
        #expect(types.filter { $0 == "attendanceMarked" }.count == 48, "Anne once, then 47 in one change")
        #expect(types.filter { $0 == "undone" }.count == 1)
        #expect(events.contains { $0["type"] as? String == "walkInAdded" && $0["segment"] as? String == "BOR" })
    }

    @Test func wOnTheWallKeepsItOpenSoItsKeysStayThere() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder, width: 100, height: 30)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        try console.send("Space")
        #expect(console.waitFor("Block 1 of"))
        try console.send("w")
        #expect(console.waitFor("The wall"))
        try console.send("w")
        try console.send("Down", "Enter", "n")
        try console.send("Escape")
        #expect(console.waitFor("Block 1 of"))
        #expect(console.waitFor("Space start/pause"))
        let (types, _, _) = try journal(try #require(console.sessionFile()), in: folder)
        #expect(types == ["dayStarted", "blockStarted"], "nothing reached the console")
    }

    @Test func notesUIsTextCtrlZRestoresAndABurstEditIsSaved() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst og dagens formål"))
        let file = try #require(console.sessionFile())
        try console.send("Space")
        let note = try Tmux.start(["note", file, "--table", "Bord 1", "--group", "1", "--name", "Anne"], in: folder,
                                  width: 80, height: 24)
        defer { note.kill() }
        #expect(note.waitFor("pointe ›"))
        try note.send("-l", "Flere bænke")
        try note.send("Enter")
        #expect(note.waitFor("• [pointe] Flere bænke"))
        try note.send("Up", "DC")
        #expect(note.waitFor("Ctrl-Z henter den tilbage"))
        try note.send("-l", "unge")
        #expect(note.waitFor("› unge"))
        #expect(!note.screen().contains("• [pointe] Flere bænke"), "u was a letter, not an undo")
        try note.send("C-z")
        #expect(note.waitFor("• [pointe] Flere bænke"))
        try note.send("C-u")
        // ↑, Enter, the new text and Enter in one burst.
        try note.send("Up", "Enter", " i parken", "Enter")
        #expect(note.waitFor("• [pointe] Flere bænke i parken"), "\(note.screen())")
        let (types, _, _) = try journal(file, in: folder)
        #expect(types.filter { $0 == "postItEdited" }.count == 1 && types.contains("postItRestored"))
    }

    @Test func inEnglishTooALetterIsTextAndCtrlZBringsThePostItBack() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        let file = try #require(console.sessionFile())
        try console.send("Space")
        let note = try Tmux.start(["note", file, "--table", "1", "--name", "Kim"], in: folder, width: 80, height: 24)
        defer { note.kill() }
        #expect(note.waitFor("Red table · Kim"))
        try note.send("-l", "More benches")
        try note.send("Enter")
        #expect(note.waitFor("More benches"))
        try note.send("Up", "DC")
        #expect(note.waitFor("Post-it removed — Ctrl-Z brings it back"))
        try note.send("-l", "under the trees")
        #expect(note.waitFor("› under the trees"))
        try note.send("C-z")
        #expect(note.waitFor("Post-it restored"))
        #expect(note.screen().contains("More benches") && note.screen().contains("› under the trees"))
    }
}
