import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

@Suite struct NotesSnapshotTests {
    let desk = NoteDesk(table: "Bord 1", group: 2, author: "Åse Ørsted")

    /// The wide-character plan of the console snapshots, running its card block at 09:31:30 with
    /// post-its from two tables.
    func scene(_ language: Language = .da) throws -> Scene {
        var scene = try Scene(ConsoleSnapshotTests.wide, language: language)
        scene.at(9, 2); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        scene.at(9, 25)
        scene.note(.add(id: "a", kind: "pointe", text: "Færgen skal gå oftere om aftenen – især fredag 🚢"), at: desk)
        scene.note(.add(id: "b", kind: "mulighed", text: "会議室を市民に開放する"), at: desk)
        scene.note(.add(id: "c", kind: "pointe", text: "Cafe\u{301} ved havnen som mødested for unge og ældre, med gratis kaffe om lørdagen og et opslagstavle for foreninger"), at: desk)
        scene.note(.add(id: "d", kind: "pointe", text: "Andet bords post-it"), at: NoteDesk(table: "Bord 2", group: 1, author: "Bo"))
        scene.at(9, 31, 30)
        return scene
    }

    func typing(_ text: String, strings: UIStrings) -> NotesUI {
        var ui = NotesUI(strings: strings, desk: desk, makeID: { "new" })
        for c in text { _ = ui.handle(.character(c), state: try! scene().state) }
        return ui
    }

    @Test func theCaptureScreenAt80x24And120x40() throws {
        let scene = try scene()
        let ui = typing("Bedre busforbindelse til 会場 👍🏽 og en lang sætning der ombrydes i feltet", strings: Language.da.ui)
        assertSnapshot(scene.notes(80, 24, ui: ui), "notes-typing-80x24-da")
        assertSnapshot(scene.notes(120, 40, ui: ui), "notes-typing-120x40-da")
        let screen = scene.notes(80, 24, ui: ui)
        #expect(screen.cursor != nil, "the cursor stands in the input line")
    }

    @Test func englishWithASelectedPostItAndTheHelp() throws {
        let scene = try scene(.en)
        var ui = NotesUI(strings: Language.en.ui, desk: desk)
        _ = ui.handle(.up, state: scene.state)
        _ = ui.handle(.up, state: scene.state)
        assertSnapshot(scene.notes(80, 24, ui: ui), "notes-selected-80x24-en")
        _ = ui.handle(.escape, state: scene.state)
        _ = ui.handle(.function(1), state: scene.state)
        assertSnapshot(scene.notes(80, 24, ui: ui), "notes-help-80x24-en")
        for _ in 0..<40 { _ = ui.handle(.down, state: scene.state) }
        let end = scene.notes(80, 24, ui: ui)
        assertSnapshot(end, "notes-help-end-80x24-en")
        #expect(end.text.contains("│ Back and quitting") && end.text.contains("redraw the screen") && end.text.contains("↑ ↓ scroll"))
    }

    /// The help (F1, or `?` on an empty line) in Danish: the keymaps' rows under their groups'
    /// headings, ↑/↓ scroll it at 80×24, and the key that closes it is not typed.
    @Test func theHelpInDanishScrollsAndAnyOtherKeyClosesIt() throws {
        let scene = try scene()
        var ui = NotesUI(strings: Language.da.ui, desk: desk)
        _ = ui.handle(.character("?"), state: scene.state)
        #expect(ui.showsHelp)
        let top = scene.notes(80, 24, ui: ui)
        assertSnapshot(top, "notes-help-80x24-da")
        #expect(top.text.contains("│ Skriv og ret post-its") && !top.text.contains("Tilbage og afslut"))
        for _ in 0..<3 { _ = ui.handle(.pageDown, state: scene.state) }
        let end = scene.notes(80, 24, ui: ui)
        assertSnapshot(end, "notes-help-end-80x24-da")
        #expect(end.text.contains("│ Tilbage og afslut") && end.text.contains("tegn skærmen igen"))
        _ = ui.handle(.pageUp, state: scene.state)
        _ = ui.handle(.character("x"), state: scene.state)
        #expect(!ui.showsHelp && ui.editor.text.isEmpty)
        _ = ui.handle(.function(1), state: scene.state)
        #expect(ui.showsHelp && ui.helpScroll == 0, "the help opens at its top again")
    }

    @Test func beforeTheDayAndTooSmall() throws {
        let scene = try Scene(ConsoleSnapshotTests.wide)
        let ui = NotesUI(strings: Language.da.ui, desk: NoteDesk(table: "Bord 2", group: nil, author: "Bo"))
        assertSnapshot(scene.notes(80, 24, ui: ui), "notes-before-80x24-da")
        let small = scene.notes(39, 11, ui: ui).text
        #expect(small.contains("Terminalen er for lille") && !small.contains("pointe ›"))
    }

    @Test func theTablePicker() throws {
        let scene = try Scene(ConsoleSnapshotTests.wide)
        var picker = TablePicker(plan: scene.state.plan, strings: Language.da.ui)
        #expect(picker.handle(.down) == .nothing)
        assertSnapshot(picker.render(width: 80, height: 24, title: scene.state.plan.title), "notes-picker-80x24-da")
        #expect(picker.handle(.enter) == .chosen(TablePicker.Choice(table: "Bord 1", group: 2)))
    }

    @Test func theConsoleCountsAndTheWall() throws {
        let scene = try scene()
        assertSnapshot(scene.console(120, 40), "console-postit-counts-120x40-da")
        var ui = ConsoleUI(strings: Language.da.ui)
        _ = ui.handle(.character("w"), state: scene.state, clock: scene.clock, now: scene.now)
        assertSnapshot(scene.console(80, 24, ui: ui), "console-wall-80x24-da")
        _ = ui.handle(.right, state: scene.state, clock: scene.clock, now: scene.now)
        assertSnapshot(scene.console(120, 40, ui: ui), "console-wall-120x40-da")
    }
}

@Suite struct NotesUITests {
    let desk = NoteDesk(table: "Bord 1", group: nil, author: "Anne")

    func state() throws -> SessionState { try Scene(ConsoleSnapshotTests.wide).state }

    @Test func enterAsksToSaveAndOnlySavingClearsTheLine() throws {
        let state = try state()
        var ui = NotesUI(strings: Language.da.ui, desk: desk, makeID: { "id1" })
        for c in "god idé" { _ = ui.handle(.character(c), state: state) }
        let command = ui.handle(.enter, state: state)
        #expect(command == .perform([.add(id: "id1", kind: "pointe", text: "god idé")]))
        #expect(ui.editor.text == "god idé", "nothing is cleared before the disk has it")
        ui.saveFailed("the disk is full")
        #expect(ui.editor.text == "god idé")
        #expect(ui.messageIsError)
        ui.saved([.add(id: "id1", kind: "pointe", text: "god idé")])
        #expect(ui.editor.text.isEmpty)
    }

    @Test func aPasteOfSeveralLinesIsOnePostItPerLine() throws {
        let state = try state()
        let counter = Counter()
        var ui = NotesUI(strings: Language.da.ui, desk: desk, makeID: { counter.next() })
        let command = ui.handle(.paste("første\n\nanden æøå\r\ntredje"), state: state)
        guard case .perform(let intents) = command else { Issue.record("no save"); return }
        #expect(intents.map { if case .add(_, _, let t) = $0 { t } else { "" } } == ["første", "anden æøå", "tredje"])
        ui.saveFailed("read-only")
        #expect(ui.editor.text == "første anden æøå tredje", "a failed paste comes back into the line")
    }

    @Test func tabCyclesTheKindsAndQQuitsOnlyOnAnEmptyLine() throws {
        let state = try state()
        var ui = NotesUI(strings: Language.da.ui, desk: desk)
        let kinds = ui.kinds(state)
        #expect(ui.kind(state) == kinds[0])
        _ = ui.handle(.tab, state: state)
        #expect(ui.kind(state) == kinds[1 % kinds.count])
        _ = ui.handle(.character("a"), state: state)
        #expect(ui.handle(.character("q"), state: state) == .nothing)
        #expect(ui.editor.text == "aq")
        _ = ui.handle(.control("u"), state: state)
        #expect(ui.handle(.character("q"), state: state) == .quit)
    }

    /// A save the server did not take (its network dropped): at 80 columns the line still says
    /// what to do, however long the reason, and Enter again sends the same post-it (its id kept,
    /// so a save that did arrive before is not saved twice).
    @Test(arguments: [(Language.da, "tryk Enter igen"), (.en, "press Enter again")])
    func aFailedSaveSaysPressEnterAgainAtAnyWidthAndTheRetryIsTheSamePostIt(_ language: Language, _ again: String) throws {
        let scene = try NotesSnapshotTests().scene(language)
        let counter = Counter()
        var ui = NotesUI(strings: language.ui, desk: desk, makeID: { counter.next() })
        for c in "Kaffe hele dagen" { _ = ui.handle(.character(c), state: scene.state) }
        let first = ui.handle(.enter, state: scene.state)
        ui.saveFailed("kan ikke nå postgres://venue@plenum-server.local/plenum?session=bootcamp-2026-03-12: serveren afviste forbindelsen")
        let screen = scene.notes(80, 24, ui: ui).text
        #expect(screen.contains(again), "\(screen)")
        #expect(ui.editor.text == "Kaffe hele dagen")
        #expect(ui.handle(.enter, state: scene.state) == first)
    }

    /// A save that may go through later (the server could not be reached) is sent again by itself
    /// while the line and the kind stay as they were; a changed line waits for Enter.
    @Test(arguments: [(Language.da, "gemmes af sig selv, når serveren svarer (eller tryk Enter)"),
                      (.en, "saved by itself once the server answers (or press Enter)")])
    func aSaveThatMayGoThroughLaterIsTriedAgainByItselfUntilTheLineChanges(_ language: Language, _ said: String) throws {
        let scene = try NotesSnapshotTests().scene(language)
        var ui = NotesUI(strings: language.ui, desk: desk, makeID: { "k1" })
        for c in "Kaffe" { _ = ui.handle(.character(c), state: scene.state) }
        guard case .perform(let intents) = ui.handle(.enter, state: scene.state) else { Issue.record("no save"); return }
        ui.saveFailed("the disk is full")
        #expect(ui.retrying == nil, "a failure that will not pass is not tried again")
        ui.saveFailed("kan ikke nå postgres://venue@plenum-server.local/plenum?session=bootcamp-2026-03-12: forbindelsen gik tabt", again: intents)
        #expect(ui.retrying == intents)
        #expect(scene.notes(80, 24, ui: ui).text.contains(said))
        _ = ui.handle(.character("!"), state: scene.state)
        #expect(ui.retrying == nil, "a changed line is saved by Enter only")
        _ = ui.handle(.backspace, state: scene.state)
        #expect(ui.retrying == intents)
        ui.saved(intents)
        #expect(ui.retrying == nil && ui.editor.text.isEmpty)
        // Dots and the like are not text in the line: not tried again by themselves.
        ui.saveFailed("forbindelsen gik tabt", again: [.dot(id: "k1", delta: 1)])
        #expect(ui.retrying == nil)
    }
}

/// Numbered identities for tests.
final class Counter: @unchecked Sendable {
    private var n = 0
    func next() -> String { n += 1; return "id\(n)" }
}

/// The screen of a stage or notetaker started before the console made the session file.
@Suite struct WaitingSnapshotTests {
    @Test(arguments: [Language.da, .en]) func waitingForASessionOnTheServerSaysSoNotFile(_ language: Language) {
        let url = "postgres://venue@plenum-server.local/plenum?session=bootcamp-2026-03-12"
        let text = WaitingView(path: url, strings: language.ui, onServer: true).render(width: 80, height: 24).text
        #expect(text.contains(language == .da ? "Venter på sessionen på serveren" : "Waiting for the session on the server"))
        #expect(!text.contains(language == .da ? "sessionsfilen" : "session file"))
        #expect(text.contains(url))
    }

    @Test func waitingForTheSessionFile() {
        assertSnapshot(WaitingView(path: "sessions/2026-03-12-bootcamp-fremtidens-kommune.plenum", strings: Language.da.ui)
            .render(width: 80, height: 24), "waiting-80x24-da")
        assertSnapshot(WaitingView(path: "sessions/workshop.plenum", strings: Language.en.ui).render(width: 60, height: 12),
                       "waiting-60x12-en")
    }
}
