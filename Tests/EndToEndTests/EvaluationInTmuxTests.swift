import Foundation
import Testing

/// The real binary in tmux: a survey beside the plan on the stage (also once the file is gone),
/// and a notetaker typing the evaluation while the stage draws its histogram.
@Suite(.serialized) struct EvaluationInTmuxTests {
    static let plan = """
        title = "Evalueringsdag"
        start = "09:00"
        language = "da"

        [segments]
        BOR = "Borgere"
        POL = "Politikere"

        [tables]
        count = 2

        [[blocks]]
        title    = "Surveyen"
        kind     = "plenum"
        minutes  = 20
        material = "svar.csv"

        [[blocks]]
        title   = "Evaluering"
        kind    = "plenum"
        minutes = 15
        capture = ["godt", "kan blive bedre"]
        rate    = ["Dagens form", "Udbytte"]
        """

    /// A survey as Danish Excel writes it: a BOM, `;`, CRLF, a quoted answer with a `;` in it.
    static let survey = "\u{FEFF}Segment;Tilfredshed (1-5);Vil du bidrage?\r\nBOR;4;Ja\r\nBOR;2;\"Måske; senere\"\r\nPOL;5;Ja\r\nPOL;3;Nej\r\n"

    @Test func aNotetakerRatesAndTheStageShowsTheHistogram() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try Self.plan.write(toFile: folder + "/plan.toml", atomically: true, encoding: .utf8)
        try Self.survey.write(toFile: folder + "/svar.csv", atomically: true, encoding: .utf8)
        let console = try Tmux.start(["run", "plan.toml", "--session", "dag.plenum"], in: folder, width: 120, height: 40)
        defer { console.kill() }
        #expect(console.waitFor("Surveyen"))
        try console.send("Space")
        #expect(console.waitFor("Grundlag: svar.csv"))
        // The session holds the survey: the stage shows it without the file.
        try FileManager.default.removeItem(atPath: folder + "/svar.csv")
        let stage = try Tmux.start(["stage", "dag.plenum"], in: folder, width: 100, height: 30)
        defer { stage.kill() }
        #expect(stage.waitFor("4 besvarelser: Borgere 2 · Politikere 2"))
        #expect(stage.waitFor("Måske; senere"))
        #expect(stage.waitFor("Gennemsnit"))

        try console.send("n")
        #expect(console.waitFor("Evaluering"))
        #expect(stage.waitFor("0 svar"))
        let note = try Tmux.start(["note", "dag.plenum", "--table", "Bord 1", "--name", "Åse"], in: folder, width: 80, height: 24)
        defer { note.kill() }
        #expect(note.waitFor("Tab ★ bedøm"))
        try note.send("Tab", "Tab")
        #expect(note.waitFor("★ Dagens form 1–5 ›"))
        for (k, digit) in ["4", "5", "3", "4"].enumerated() {
            try note.send(digit)
            #expect(note.waitFor("(\(k + 1) i alt)"))
        }
        try note.send("7")
        #expect(note.waitFor("Tast et tal fra 1 til 5."))
        // Backspace takes the last rating back; the stage and the console follow.
        try note.send("BSpace")
        #expect(note.waitFor("Bedømmelsen 4 er taget tilbage"))
        #expect(stage.waitFor("3 svar · gns. 4"))
        #expect(console.waitFor("Dagens form · 3 svar · gns. 4 · 1:0 2:0 3:1 4:1 5:1"))
        // Enter goes on to the next question; a letter goes back to the post-its, nothing lost.
        try note.send("Enter")
        #expect(note.waitFor("★ Udbytte 1–5 ›"))
        try note.send("2")
        #expect(stage.waitFor("1 svar · gns. 2"))
        try note.send("-l", "Godt med surveyen")
        try note.send("Enter")
        #expect(note.waitFor("• [godt] Godt med surveyen"))

        let export = try PlenumProcess.run(["export", "dag.plenum", "--format", "md"], in: folder)
        #expect(export.stdout.contains("| Dagens form | 0 | 0 | 1 | 1 | 1 | 3 | 4 |"))
        #expect(export.stdout.contains("| Udbytte | 0 | 1 | 0 | 0 | 0 | 1 | 2 |"))
        #expect(export.stdout.contains("**Grundlag: svar.csv**"))

        // Resumed from the plan where the survey file is gone: the session's copy of it is used.
        console.kill()
        let again = try Tmux.start(["run", "plan.toml", "--session", "dag.plenum"], in: folder, width: 120, height: 40)
        defer { again.kill() }
        #expect(again.waitFor("Udbytte · 1 svar · gns. 2"))
    }
}
