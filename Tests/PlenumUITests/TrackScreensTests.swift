import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// Bootcamp III's tracks on screen: a notetaker at a track's table, the stage in one track's room,
/// and the plain stage with every track side by side.
@Suite struct TrackScreensTests {
    /// The day at 10:33: track 2 is at the panel rotation (its first group visiting), track 1 in its
    /// summary, track 3 still in its first block with its second card.
    func scene(_ language: Language = .da) throws -> Scene {
        var text = try examplePlan("bootcamp-spor")
        if language == .en {
            text = text.replacingOccurrences(of: "language = \"da\"", with: "language = \"en\"")
                .replacingOccurrences(of: "Bord ", with: "Table ")
        }
        var scene = try Scene(text, language: language)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        scene.at(10, 5); scene.perform(.advanceTrack(0)); scene.perform(.advanceTrack(1))
        scene.at(10, 25); scene.perform(.advanceTrack(1))
        scene.at(10, 33)
        let table = language == .da ? "Bord 3" : "Table 3"
        scene.note(.add(id: "a", kind: "spørgsmål", text: "Hvem betaler for stierne?"), at: NoteDesk(table: table, group: 1, author: "Peter Due"))
        return scene
    }

    @Test func theNotetakerSeesTheTrackItsRoomAndWhoIsAtThePanel() throws {
        let scene = try scene()
        let ui = NotesUI(strings: Language.da.ui, desk: NoteDesk(table: "Bord 3", group: 1, author: "Peter Due"))
        let screen = scene.notes(80, 24, ui: ui)
        assertSnapshot(screen, "notes-track-panel-80x24-da")
        #expect(screen.text.contains("Spor Natur og klima · Mødelokale 1 · blok 3 af 3"))
        #expect(screen.text.contains("Politikerpanel: Bord 3 · gruppe 1"))
        #expect(screen.text.contains("Hvem betaler for stierne?"))
        #expect(screen.text.contains("Næste runde om 20 min: Politikerpanel: Bord 3 · gruppe 2"))
        #expect(screen.text.contains("Næste ved Politikerpanel om 6 min: Bord 5 · gruppe 1 (Bosætning og mobilitet)"))
        let en = try self.scene(.en)
        let other = NotesUI(strings: Language.en.ui, desk: NoteDesk(table: "Table 5", group: 2, author: "Sanne Bech"))
        assertSnapshot(en.notes(80, 24, ui: other), "notes-track-card-80x24-en")
    }

    @Test func aStagePerRoomAndAllTracksSideBySide() throws {
        let scene = try scene()
        let room = scene.stage(80, 24, track: 1)
        assertSnapshot(room, "stage-track-80x24-da")
        #expect(room.text.contains("Forudsætninger og politikerpanel"))
        assertSnapshot(scene.stage(120, 40), "stage-tracks-120x40-da")
        assertSnapshot(try self.scene(.en).stage(80, 24), "stage-tracks-80x24-en")
    }

    @Test func theGroupsScreenShowsEveryTracksBlocksAndThePanelsHosts() throws {
        var scene = try scene()
        var ui = ConsoleUI(strings: Language.da.ui)
        let seating = scene.seating()
        // g opens at the first track's running (or next) groups: its panel rotation.
        press([.character("g")], &ui, &scene, seating: seating)
        let screen = scene.console(120, 40, ui: ui, seating: seating)
        assertSnapshot(screen, "groups-track-rotation-120x40-da")
        #expect(screen.text.contains("Forudsætninger og politikerpanel · spor Fællesskaber · blandede"))
        #expect(screen.text.contains("◆ Politikerpanel · værter: "))
        #expect(screen.text.contains("2/9"))
    }

    @Test func theConsoleShowsEachTracksBlockCardAndRound() throws {
        let scene = try scene()
        let screen = scene.console(120, 40)
        assertSnapshot(screen, "console-bootcamp-spor-120x40-da")
        #expect(screen.text.contains("[2] Natur og klima: Forudsætninger og politikerpanel"))
        #expect(screen.text.contains("Kort 3 af 3: Hvad skal være anderledes om fem år?"))
    }
}
