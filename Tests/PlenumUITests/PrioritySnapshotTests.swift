import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The tables' votes on the notetaker's screen, the tally on the console and the stage, the actors
/// picker and the quick wins screen, in Danish (the demo bootcamp) and English (the workshop).
@Suite struct PrioritySnapshotTests {
    /// Presses keys on a notetaker's screen as the notes run loop does: intents saved at once.
    func type(_ keys: [Key], _ ui: inout NotesUI, _ scene: inout Scene) {
        for key in keys {
            guard case .perform(let intents) = ui.handle(key, state: scene.state) else { continue }
            var refused: NoteRefusal?
            for intent in intents {
                if case .failure(let r) = NoteEngine.facts(for: intent, at: ui.desk, in: scene.state, now: scene.now) { refused = r; break }
                scene.note(intent, at: ui.desk)
            }
            if let refused { ui.refused(refused) } else { ui.saved(intents) }
        }
    }

    /// The demo bootcamp at its dot vote ("Bordene går sammen"), with post-its from the morning.
    func bootcamp() throws -> (Scene, BlockID) {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        let morning = [("Bord 1", "Færgen sejler for sjældent"), ("Bord 1", "Flere cykelstier til skolen"),
                       ("Bord 1", "Et fælles hus for foreningerne – med café"), ("Bord 2", "Bedre busser til landsbyerne"),
                       ("Bord 2", "Cykelparkering ved stationen")]
        for (k, note) in morning.enumerated() {
            scene.record([.postItAdded(PostItDraft(id: "m\(k)", block: "p2", table: note.0, group: 1, kind: "pointe",
                                                   text: note.1, author: "referent"))])
        }
        let vote = try #require(scene.state.agenda.first { $0.block.vote != nil }?.id)
        scene.at(12, 45); scene.perform(.start(vote))
        return (scene, vote)
    }

    @Test func aNotetakerSpreadsDotsTagsActorsAndUndoes() throws {
        var (scene, vote) = try bootcamp()
        var ui = NotesUI(strings: Language.da.ui, desk: NoteDesk(table: "Bord 1", group: nil, author: "Jakob"))
        assertSnapshot(scene.notes(80, 24, ui: ui), "vote-notes-start-80x24-da")
        type([.up, .character("+"), .character("+"), .up, .up, .character("+")], &ui, &scene)
        let me = Voter(table: "Bord 1", group: nil)
        #expect(scene.state.priorities.dots[vote]?[me] == ["m2": 2, "m0": 1])
        #expect(scene.state.votesLeft(in: vote, by: me) == 0)
        type([.character("+")], &ui, &scene)
        #expect(ui.message == Language.da.ui.noteRefusal(.noDotsLeft))
        type([.character("a"), .down, .down, .character(" ")], &ui, &scene)
        #expect(scene.state.priorities.actors(of: "m0") == ["borgerne"])
        assertSnapshot(scene.notes(80, 24, ui: ui), "vote-notes-actors-80x24-da")
        type([.escape], &ui, &scene)
        assertSnapshot(scene.notes(80, 24, ui: ui), "vote-notes-dots-80x24-da")
        type([.control("z")], &ui, &scene)
        #expect(scene.state.priorities.actors(of: "m0").isEmpty, "Ctrl-Z takes the tag back")
        type([.control("z")], &ui, &scene)
        #expect(scene.state.votesLeft(in: vote, by: me) == 1, "then the last dot")
        scene.perform(.closeVote(vote, closed: true))
        type([.character("+")], &ui, &scene)
        #expect(ui.message == Language.da.ui.noteRefusal(.voteClosed))
        assertSnapshot(scene.notes(80, 24, ui: ui), "vote-notes-closed-80x24-da")
    }

    @Test func theTallyOnTheConsoleAndTheStage() throws {
        var (scene, vote) = try bootcamp()
        let desks = [NoteDesk(table: "Bord 1", group: nil, author: "a"), NoteDesk(table: "Bord 2", group: nil, author: "b")]
        for (desk, id) in [(desks[0], "m0"), (desks[0], "m0"), (desks[0], "m2"), (desks[1], "m3"), (desks[1], "m3"), (desks[1], "m4")] {
            scene.note(.dot(id: id, delta: 1), at: desk)
        }
        scene.perform(.tagActor(id: "m3", actor: "kommunen", on: true))
        scene.perform(.tagActor(id: "m3", actor: "politikerne", on: true))
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("v")], &ui, &scene)
        assertSnapshot(scene.console(120, 40, ui: ui), "tally-console-120x40-da")
        assertSnapshot(scene.console(80, 24, ui: ui), "tally-console-80x24-da")
        press([.character("s")], &ui, &scene)
        #expect(scene.state.stageContent == .tally)
        assertSnapshot(scene.stage(80, 24), "tally-stage-80x24-da")
        press([.character("x")], &ui, &scene)
        #expect(scene.state.isVoteClosed(vote))
        press([.escape, .character("u")], &ui, &scene)
        #expect(!scene.state.isVoteClosed(vote), "u in the console opens the vote again")
    }

    @Test func theStageShowsTheVoteTheFacilitatorChoseNotTheRunningOne() throws {
        var (scene, dots) = try bootcamp()
        scene.note(.dot(id: "m0", delta: 1), at: NoteDesk(table: "Bord 1", group: nil, author: "a"))
        let votes = scene.state.voteBlocks
        let rank = try #require(votes.last)
        try #require(votes.count == 2 && rank != dots)
        scene.at(14, 30); scene.perform(.start(rank))
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("v")], &ui, &scene)
        guard case .tally(let opened)? = ui.overlay else { Issue.record("v opens the tally"); return }
        #expect(opened.block == rank, "the tally opens at the running block's vote")
        press([.left, .character("s")], &ui, &scene)
        #expect(scene.state.stageContent == .tally)
        #expect(scene.state.stagedTally == dots)
        let title = try #require(scene.state.anyBlock(dots)?.title)
        #expect(scene.stage(80, 24).text.contains(title), "the stage shows the chosen vote's tally")
        #expect(!scene.stage(80, 24).text.contains(try #require(scene.state.anyBlock(rank)?.title)))
        // A minute between the keys: each is a change of its own for u (facts written at one
        // moment by one writer are one change).
        scene.at(14, 31); press([.right, .character("s")], &ui, &scene)
        #expect(scene.state.stagedTally == rank, "s on another vote sends that one instead")
        scene.at(14, 32); press([.character("s")], &ui, &scene)
        #expect(scene.state.stageContent == .timer, "s on the vote the stage shows takes it off")
        press([.escape, .character("u")], &ui, &scene)
        #expect(scene.state.stageContent == .tally && scene.state.stagedTally == rank, "u brings it back")
        press([.character("u")], &ui, &scene)
        #expect(scene.state.stagedTally == dots, "and then the vote sent before")
        press([.character("v")], &ui, &scene)
        guard case .tally(let again)? = ui.overlay else { Issue.record("v opens the tally"); return }
        #expect(again.block == dots, "the tally opens at the vote the stage shows")
    }

    @Test func quickWinsAcrossTheDayInTheFacilitatorsOrder() throws {
        var (scene, _) = try bootcamp()
        for id in ["m1", "m3", "m4"] { scene.perform(.quickWin(id: id, on: true)) }
        scene.note(.dot(id: "m4", delta: 1), at: NoteDesk(table: "Bord 2", group: nil, author: "b"))
        scene.perform(.tagActor(id: "m1", actor: "kommunen", on: true))
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("Q"), .down, .down, .character("+")], &ui, &scene)
        #expect(scene.state.orderedQuickWins.map(\.id) == ["m4", "m3", "m1"])
        assertSnapshot(scene.console(80, 24, ui: ui), "quickwins-console-80x24-da")
        scene.at(12, 45, 30); press([.character("s")], &ui, &scene)
        assertSnapshot(scene.stage(80, 24), "quickwins-stage-80x24-da")
        // The order is the facilitator's, as the agenda is: u takes the last move back, then the stage.
        scene.at(12, 50); press([.character("-"), .escape], &ui, &scene)
        #expect(scene.state.orderedQuickWins.map(\.id) == ["m4", "m1", "m3"])
        press([.character("u")], &ui, &scene)
        #expect(scene.state.orderedQuickWins.map(\.id) == ["m4", "m3", "m1"], "u takes the last move back")
        let undo = try #require(scene.state.lastUndo)
        guard case .undone(let seqs) = undo.fact else { Issue.record("an undo"); return }
        #expect(Language.da.ui.undoneMessage(scene.state.entriesUndone(by: seqs), state: scene.state)
                == Language.da.ui.undone(Language.da.ui.undoneQuickWinsOrder), "the console says what u took back")
        press([.character("u")], &ui, &scene)
        #expect(scene.state.stageContent == .timer, "then the stage switch")
        press([.character("u")], &ui, &scene)
        #expect(scene.state.orderedQuickWins.map(\.id) == ["m4", "m1", "m3"], "then the first move: dots first again")
    }

    @Test func theWorkshopVotesOverEveryTableInEnglish() throws {
        var scene = try Scene(DemoPlans.text(.en), language: .en)
        scene.at(9, 0); scene.perform(.startOrPause)
        let tables = scene.state.plan.tables.map(\.name)
        for (k, text) in ["Open on Sundays", "A makerspace in the basement", "Homework café"].enumerated() {
            scene.record([.postItAdded(PostItDraft(id: "w\(k)", block: "p1", table: tables[k % tables.count], group: nil,
                                                   kind: "insight", text: text, author: "n"))])
        }
        let vote = try #require(scene.state.agenda.first { $0.block.vote != nil }?.id)
        scene.perform(.start(vote))
        var ui = NotesUI(strings: Language.en.ui, desk: NoteDesk(table: tables[0], group: nil, author: "n"))
        #expect(ui.visiblePostIts(scene.state).count == 3, "scope all: every table's post-its")
        type([.up, .character("+"), .up, .character("+")], &ui, &scene)
        type([.character("a"), .enter, .escape], &ui, &scene)
        assertSnapshot(scene.notes(80, 24, ui: ui), "vote-notes-all-80x24-en")
        var console = ConsoleUI(strings: Language.en.ui)
        press([.character("v"), .character("s")], &console, &scene)
        assertSnapshot(scene.console(80, 24, ui: console), "tally-console-80x24-en")
        assertSnapshot(scene.stage(80, 24), "tally-stage-80x24-en")
        scene.perform(.quickWin(id: "w1", on: true))
        press([.escape, .character("Q")], &console, &scene)
        assertSnapshot(scene.console(80, 24, ui: console), "quickwins-console-80x24-en")
    }
}
