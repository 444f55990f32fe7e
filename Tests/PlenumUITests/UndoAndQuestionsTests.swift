import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// What asks first in the console (a jump that skips blocks, the end of the day, reopening it),
/// what `u` says it undid, check-in marks that are set and not toggled, the wall that stays open
/// on `w`, and the notetaker's keys that all count.
@Suite struct UndoAndQuestionsTests {
    static let english = """
        title = "Short day"
        start = "09:00"
        language = "en"

        [[blocks]]
        title = "Welcome"
        kind = "plenum"
        minutes = 10

        [[blocks]]
        title = "Wrap-up"
        kind = "plenum"
        minutes = 10
        """

    @Test func aJumpThatSkipsBlocksAsksFirstNamingThemAndTheFixedLunch() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 5)
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.down, .down, .down, .enter], &ui, &scene)
        #expect(scene.state.currentID == "p1", "nothing happens before the answer")
        assertSnapshot(scene.console(80, 24, ui: ui), "console-jump-question-80x24-da")
        let text = scene.console(80, 24, ui: ui).text
        #expect(text.contains("Frokost (fast kl. 10:00)") && text.contains("Dialog: 日本語 og æøå"))
        press([.escape], &ui, &scene)
        #expect(ui.overlay == nil && scene.state.currentID == "p1", "Esc jumps nowhere")
        press([.enter, .enter], &ui, &scene)
        #expect(scene.state.currentID == "p4")
        var next = ConsoleUI(strings: Language.da.ui)
        scene.at(9, 6)
        press([.up, .enter], &next, &scene)
        #expect(next.overlay == nil && scene.state.currentID == "p3", "going back skips nothing: no question")
    }

    @Test func theLastNextAsksAndAnEndedDayCanBeOpenedAgain() throws {
        var scene = try Scene(Self.english, language: .en)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 10); scene.perform(.next)
        scene.at(9, 21)
        var ui = ConsoleUI(strings: Language.en.ui)
        press([.character("n")], &ui, &scene)
        #expect(!scene.state.hasEnded)
        assertSnapshot(scene.console(80, 24, ui: ui), "console-end-question-80x24-en")
        press([.character("n")], &ui, &scene)
        #expect(ui.overlay == nil && !scene.state.hasEnded, "a second n answers no")
        press([.character("n"), .enter], &ui, &scene)
        #expect(scene.state.hasEnded)
        scene.at(9, 23)
        press([.character(" ")], &ui, &scene)
        assertSnapshot(scene.console(80, 24, ui: ui), "console-reopen-question-80x24-en")
        press([.enter], &ui, &scene)
        #expect(!scene.state.hasEnded && scene.state.currentID == "p2")
    }

    @Test func theConsoleSaysWhatWasUndoneInBothLanguages() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 1); scene.perform(.extend(minutes: 2))
        var ui = ConsoleUI(strings: Language.da.ui)
        #expect(ui.handle(.character("u"), state: scene.state, clock: scene.clock, now: scene.now) == .perform([.undo]))
        let change = try #require(scene.state.lastUndoableChange)
        scene.at(9, 2); scene.perform(.undo)
        let da = Language.da.ui.undoneMessage(change.entries, state: scene.state)
        #expect(da == "Fortrudt: +2 min på »Velkomst på Ærø«. u fortryder den før.")
        #expect(Language.en.ui.undoneMessage(change.entries, state: scene.state)
                == "Undone: +2 min on “Velkomst på Ærø”. u undoes the one before.")
        ui.say(da)
        assertSnapshot(scene.console(80, 24, ui: ui), "console-undone-80x24-da")
        let start = try #require(scene.state.lastUndoableChange)
        #expect(Language.en.ui.undoneMessage(start.entries, state: scene.state).hasPrefix("Undone: starting the day."))
    }

    @Test func anUndoneJumpInEnglish() throws {
        var scene = try Scene(Self.english, language: .en)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 4); scene.perform(.next)
        let change = try #require(scene.state.lastUndoableChange)
        scene.at(9, 5); scene.perform(.undo)
        var ui = ConsoleUI(strings: Language.en.ui)
        ui.say(Language.en.ui.undoneMessage(change.entries, state: scene.state))
        #expect(ui.message == "Undone: starting “Wrap-up”. u undoes the one before.")
        assertSnapshot(scene.console(80, 24, ui: ui), "console-undone-80x24-en")
        #expect(scene.state.currentID == "p1" && scene.state.remaining("p1", at: scene.now) == 5 * 60)
    }

    @Test func checkInEnterTwiceKeepsSomeoneCheckedInAndUUndoes() throws {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0)
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("k"), .enter], &ui, &scene)
        scene.at(9, 1)
        press([.enter], &ui, &scene)
        #expect(scene.state.attendance["Anne Vang"] == .came, "a second Enter does not un-check")
        let command = ui.handle(.character("u"), state: scene.state, clock: scene.clock, now: scene.now)
        #expect(command == .perform([.undo]))
        press([.backspace], &ui, &scene)
        #expect(scene.state.attendance["Anne Vang"] == .expected, "Backspace: not checked in")
        press([.character("/"), .paste("oster"), .enter], &ui, &scene)
        var rows = CheckInRow.rows(scene.state, filter: "oster")
        #expect(rows.map(\.name).contains("Dorthe Østergaard"))
        press([.character("/"), .paste("soeren")], &ui, &scene)
        guard case .checkIn(let cursor) = ui.overlay else { Issue.record("check-in closed"); return }
        #expect(cursor.search.text == "soeren", "/ starts a new search")
        rows = CheckInRow.rows(scene.state, filter: cursor.search.text)
        #expect(rows.map(\.name) == ["Søren Vang"])
        #expect(CheckInRow.rows(scene.state, filter: "jorgensen").count == 3)
        #expect(SearchFold.fold("Østergaard") == SearchFold.fold("oestergard"))
        #expect(SearchFold.fold("Bæk") == SearchFold.fold("baek") && SearchFold.fold("Åse") == SearchFold.fold("aase"))
    }

    @Test func wOnTheWallKeepsItOpen() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        var ui = ConsoleUI(strings: Language.en.ui)
        press([.character("w"), .character("w"), .down, .enter], &ui, &scene)
        guard case .wall = ui.overlay else { Issue.record("the wall closed"); return }
        #expect(scene.state.currentID == "p1", "↓ and Enter stayed on the wall")
    }
}

/// The notetaker's screen: every key of a burst counts, and a letter is always text.
@Suite struct NotesKeysTests {
    let desk = NoteDesk(table: "Bord 1", group: 2, author: "Åse Ørsted")

    @Test func anEditArrivingInOneBurstIsSaved() throws {
        let scene = try NotesSnapshotTests().scene()
        var ui = NotesUI(strings: Language.da.ui, desk: desk, makeID: { "new" })
        _ = ui.handle(.up, state: scene.state)
        _ = ui.handle(.enter, state: scene.state)
        #expect(ui.editingID != nil)
        let command = ui.handle(.paste(" (rettet)\nog en ny\n"), state: scene.state)
        let edited = try #require(scene.state.postIts(in: "p2", table: "Bord 1").last)
        #expect(command == .perform([.edit(id: edited.id, text: edited.text + " (rettet)", kind: edited.kind),
                                     .add(id: "new", kind: edited.kind, text: "og en ny")]))
        var selected = NotesUI(strings: Language.en.ui, desk: desk, makeID: { "new" })
        _ = selected.handle(.up, state: scene.state)
        let typed = selected.handle(.paste("xyz\n"), state: scene.state)
        #expect(typed == .perform([.add(id: "new", kind: "pointe", text: "xyz")]), "typing on a selection is kept")
    }

    @Test func uIsTextAndCtrlZBringsTheDeletedPostItBack() throws {
        var scene = try NotesSnapshotTests().scene()
        var ui = NotesUI(strings: Language.da.ui, desk: desk)
        scene.note(.delete(id: "a"), at: desk)
        ui.saved([.delete(id: "a")])
        assertSnapshot(scene.notes(80, 24, ui: ui), "notes-deleted-80x24-da")
        for c in "unge" { _ = ui.handle(.character(c), state: scene.state) }
        #expect(ui.editor.text == "unge", "u after a delete is a letter")
        #expect(ui.handle(.control("z"), state: scene.state) == .perform([.restore(id: "a")]))
        #expect(ui.editor.text == "unge")
        _ = ui.handle(.up, state: scene.state)
        #expect(ui.handle(.character("u"), state: scene.state) == .perform([.restore(id: "a")]), "u on a selected post-it")
    }
}
