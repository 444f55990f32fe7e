import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// A block's survey as bars per segment and the evaluation's live histogram, on the stage, the
/// notetaker's screen and the console, with Danish letters and wide characters, in da and en.
@Suite struct MaterialSnapshotTests {
    static func plan(_ language: Language) -> String {
        let text = """
            title = "Bootcamp på Ærø – 会議"
            start = "09:00"
            language = "\(language.rawValue)"

            [segments]
            BOR = "Borgere på øen"
            POL = "Politikere 政治家"
            ERH = "Erhvervsliv"

            [tables]
            count = 2

            [[blocks]]
            title    = "Surveyen før dagen"
            kind     = "plenum"
            minutes  = 20
            material = "svar.csv"

            [[blocks]]
            title    = "Dialog"
            kind     = "groups"
            minutes  = 30
            material = "ark.md"

            [[blocks]]
            title   = "Evaluering af dagen"
            kind    = "plenum"
            minutes = 15
            capture = ["godt", "kan blive bedre"]
            rate    = ["Dagens form", "Udbytte 会議", "Maden på Ærø"]
            """
        return PlanLoader.text(text, holding: [("svar.csv", survey), ("ark.md", sheet)])
    }

    static let survey = "\u{FEFF}Segment;Tilfredshed med færgen (1-5);Hvad er vigtigst for øen?;Kommentar\r\n"
        + [("BOR", "4", "Færgen"), ("BOR", "2", "Skolen"), ("BOR", "3", "Færgen"), ("POL", "5", "Erhverv 会社"),
           ("POL", "4", "Færgen"), ("ERH", "3,5", "Erhverv 会社"), ("ERH", "", "Færgen")]
        .enumerated().map { "\($1.0);\($1.1);\($1.2);kommentar \($0)" }.joined(separator: "\r\n") + "\r\n"

    static let sheet = "# Hjælpeark – 手引き\n\nSkriv én pointe pr. post-it.\n\n- Hvad skal lykkes på Ærø?\n- Hvem bidrager: kommunen, erhvervslivet, borgerne?\n"

    func scene(_ language: Language, block: Int) throws -> Scene {
        var scene = try Scene(Self.plan(language), language: language)
        scene.at(9, 0); scene.perform(.startOrPause)
        if block > 0 { scene.at(9, 1); scene.perform(.start(SessionState.planBlockID(block))) }
        scene.at(9, 2)
        return scene
    }

    func rated(_ language: Language) throws -> Scene {
        var scene = try scene(language, block: 2)
        let one = NoteDesk(table: language == .da ? "Bord 1" : "Table 1", group: nil, author: "Åse")
        let two = NoteDesk(table: language == .da ? "Bord 2" : "Table 2", group: nil, author: "Bo")
        for (k, v) in [5, 4, 4, 3, 5, 4].enumerated() { scene.note(.rate(id: "a\(k)", question: 0, value: v), at: one) }
        for (k, v) in [2, 4].enumerated() { scene.note(.rate(id: "b\(k)", question: 1, value: v), at: two) }
        scene.at(9, 4, 30)
        return scene
    }

    @Test func theSurveyOnTheStage() throws {
        for language in [Language.da, .en] {
            let scene = try scene(language, block: 0)
            assertSnapshot(scene.stage(100, 30), "stage-survey-100x30-\(language.rawValue)")
            assertSnapshot(scene.stage(200, 60), "stage-survey-200x60-\(language.rawValue)")
        }
        let text = try scene(.da, block: 0).stage(200, 60).text
        #expect(text.contains("7 besvarelser: Borgere på øen 3 · Politikere 政治家 2 · Erhvervsliv 2"))
        #expect(text.contains("Kommentar · 7 svar i fritekst") == false, "seven different comments are still counted")
    }

    @Test func theHistogramOnTheStageAndTheCountsInTheConsole() throws {
        for language in [Language.da, .en] {
            let scene = try rated(language)
            assertSnapshot(scene.stage(100, 30), "stage-ratings-100x30-\(language.rawValue)")
            assertSnapshot(scene.stage(200, 60), "stage-ratings-200x60-\(language.rawValue)")
        }
        let scene = try rated(.da)
        assertSnapshot(scene.console(120, 40), "console-ratings-120x40-da")
        #expect(scene.console(120, 40).text.contains("Dagens form · 6 svar · gns. 4,2 · 1:0 2:0 3:1 4:3 5:2"))
        #expect(scene.stage(100, 30).text.contains("6 svar · gns. 4,2"))
    }

    @Test func theNotetakerRatesAndReadsTheMaterial() throws {
        var scene = try rated(.da)
        let desk = NoteDesk(table: "Bord 1", group: nil, author: "Åse")
        var ui = NotesUI(strings: Language.da.ui, desk: desk, makeID: { "new" })
        _ = ui.handle(.tab, state: scene.state)
        _ = ui.handle(.tab, state: scene.state)
        #expect(ui.ratingQuestion(scene.state) == 0)
        #expect(ui.handle(.character("3"), state: scene.state) == .perform([.rate(id: "new", question: 0, value: 3)]))
        #expect(ui.handle(.character("0"), state: scene.state) == .nothing)
        #expect(ui.message == "Tast et tal fra 1 til 5.")
        #expect(ui.handle(.paste("45"), state: scene.state) == .perform([.rate(id: "new", question: 0, value: 4), .rate(id: "new", question: 0, value: 5)]))
        #expect(ui.handle(.backspace, state: scene.state) == .perform([.withdrawRating(id: "a5")]))
        var failed = ui
        failed.ratingsFailed("disken er fuld")
        #expect(failed.message == "IKKE GEMT: disken er fuld. Tast bedømmelsen igen." && failed.messageIsError)
        assertSnapshot(scene.notes(80, 24, ui: ui), "notes-rating-80x24-da")
        var help = NotesUI(strings: Language.da.ui, desk: desk)
        _ = help.handle(.function(1), state: scene.state)
        // In a block with ratings the help opens with their keys.
        let helpScreen = scene.notes(80, 24, ui: help)
        assertSnapshot(helpScreen, "notes-help-rating-80x24-da")
        #expect(helpScreen.text.contains("Bedømmelse af blokken og dens grundlag"))
        _ = ui.handle(.enter, state: scene.state)
        #expect(ui.ratingQuestion(scene.state) == 1)
        // A letter goes back to the post-its with the letter in the line.
        _ = ui.handle(.character("G"), state: scene.state)
        #expect(ui.ratingQuestion(scene.state) == nil && ui.editor.text == "G")

        scene.perform(.start("p2"))
        var reader = NotesUI(strings: Language.en.ui, desk: desk)
        _ = reader.handle(.function(2), state: scene.state)
        assertSnapshot(scene.notes(80, 24, ui: reader), "notes-material-80x24-en")
        _ = reader.handle(.escape, state: scene.state)
        #expect(!reader.showsMaterial)
    }

    /// In a track's block, the room's stage (`--track`) shows the part's histogram.
    @Test(arguments: [Language.da, .en]) func aTracksRoomShowsItsEvaluationAndEveryTrackItsBasis(_ language: Language) throws {
        let text = """
            title = "Spor"
            start = "09:00"
            language = "\(language.rawValue)"

            [tables]
            count = 2

            [[blocks]]
            title = "To spor"
            kind  = "tracks"

              [[blocks.tracks]]
              title  = "Skolen"
              room   = "Sal 1"
              tables = ["Bord 1"]

                [[blocks.tracks.blocks]]
                title   = "Evaluering i sporet"
                kind    = "plenum"
                minutes = 10
                rate    = ["Udbytte på Ærø"]

              [[blocks.tracks]]
              title  = "Klima"
              room   = "Sal 2"
              tables = ["Bord 2"]

                [[blocks.tracks.blocks]]
                title    = "Idéer"
                kind     = "plenum"
                minutes  = 10
                material = "ark.md"
            """
        let plan = PlanLoader.text(language == .da ? text : text.replacingOccurrences(of: "Bord ", with: "Table "), holding: [("ark.md", Self.sheet)])
        var scene = try Scene(plan, language: language)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.note(.rate(id: "r", question: 0, value: 4), at: NoteDesk(table: language == .da ? "Bord 1" : "Table 1", group: nil, author: "Åse"))
        #expect(scene.state.ratingTallies("p1.t1.b1").first?.total == 1)
        let summary = language == .da ? "1 svar · gns. 4" : "1 answer · mean 4"
        let basis = language == .da ? "Grundlag: ark.md" : "Basis: ark.md"
        let room = scene.stage(100, 30, track: 0).text
        #expect(room.contains("Udbytte på Ærø") && room.contains(summary))
        #expect(scene.stage(100, 30, track: 1).text.contains("Skriv én pointe pr. post-it."), "the other room shows its material")
        // Where the facilitator looks: the plain stage's columns and the console, a line each.
        let all = scene.stage(100, 30)
        #expect(all.text.contains("Udbytte på Ærø") && all.text.contains(summary) && all.text.contains(basis))
        assertSnapshot(all, "stage-tracks-basis-100x30-\(language.rawValue)")
        let console = scene.console(120, 40).text
        #expect(console.contains("Udbytte på Ærø · " + summary + " · 1:0 2:0 3:0 4:1 5:0") && console.contains(basis))
    }

    /// Review: a block shows its basis and its evaluation.
    @Test func reviewShowsTheBasisAndTheEvaluation() throws {
        let scene = try rated(.da)
        var ui = ReviewUI(strings: Language.da.ui, baseName: "dag")
        for key in [Key.down, .down, .enter] { _ = ui.handle(key, state: scene.state) }
        #expect(ui.mode == .block("p3", scroll: 0))
        let text = ReviewView(state: scene.state, clock: scene.clock, now: scene.now, ui: ui).render(width: 100, height: 40).text
        #expect(text.contains("Evaluering") && text.contains("6 svar · gns. 4,2"))
        var first = ReviewUI(strings: Language.da.ui, baseName: "dag")
        _ = first.handle(.enter, state: scene.state)
        let survey = ReviewView(state: scene.state, clock: scene.clock, now: scene.now, ui: first).render(width: 100, height: 40).text
        #expect(survey.contains("Grundlag: svar.csv") && survey.contains("7 besvarelser"))
    }

    /// Too narrow for a column per segment: a line per segment under each answer; hostile text
    /// in a material file never reaches the terminal.
    @Test func narrowStacksTheSegmentsAndHostileTextIsCleaned() throws {
        let csv = "Segment;Svar\nBorgere på øen;Ja\nPolitikere 政治家;Nej\nErhverv;Ja\n\u{1B}[31mRød;Ja\n"
        let material = try MaterialReader.read(file: "svar.csv", text: csv, language: .da).get()
        let lines = MaterialLines(material, strings: Language.da.ui).lines(width: 40).map(\.text)
        #expect(lines.contains("Ja"))
        #expect(lines.contains { $0.hasPrefix("  Borgere") }, "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(!lines.joined().contains("\u{1B}"))
        let text = try MaterialReader.read(file: "ark.md", text: "# Over\u{202E}skrift\nTekst \u{1B}]0;titel\u{7}her\n", language: .en).get()
        let shown = MaterialLines(text, strings: Language.en.ui).lines(width: 30).map(\.text).joined(separator: "\n")
        #expect(!shown.contains("\u{1B}") && !shown.contains("\u{202E}") && !shown.contains("\u{7}"))
    }
}
