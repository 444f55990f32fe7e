import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The wall's keys (dots, themes offered again, quick wins, search, kinds, other blocks) and the
/// themes screen (rename, merge), as the console handles them, with snapshots.
@Suite struct WallTests {
    /// The demo bootcamp in its mixed groups block with post-its at two tables.
    func scene() throws -> Scene {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        let notes = [("Bord 1", 1, "pointe", "Færgen sejler for sjældent 😀"), ("Bord 1", 1, "mulighed", "Flere cykelstier"),
                     ("Bord 1", 2, "pointe", "En havnefest hvert år – med æbleskiver"),
                     ("Bord 2", 2, "pointe", "Bedre busforbindelser til landsbyerne"), ("Bord 2", 1, "mulighed", "Cykelparkering ved stationen")]
        for (k, note) in notes.enumerated() {
            scene.at(9, 25 + k)
            scene.record([.postItAdded(PostItDraft(id: "n\(k)", block: "p2", table: note.0, group: note.1, kind: note.2,
                                                   text: note.3, author: "referent"))])
        }
        return scene
    }

    @Test func dotsThemesAndQuickWins() throws {
        var scene = try scene()
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("w"), .character("v"), .character("v"), .character("V"), .character("v")], &ui, &scene)
        #expect(scene.state.postIt("n0")?.votes == 2)
        press([.down, .character("t"), .paste("Transport"), .enter], &ui, &scene)
        #expect(scene.state.postIt("n1")?.theme == "Transport")
        // The theme is offered again at the next table: Tab takes it.
        press([.right, .down, .character("t"), .paste("tra"), .tab, .enter], &ui, &scene)
        #expect(scene.state.postIt("n4")?.theme == "Transport")
        // Typed in another case, it joins the same theme.
        press([.up, .character("t"), .paste("TRANSPORT"), .enter, .character("*")], &ui, &scene)
        #expect(scene.state.postIt("n3")?.theme == "Transport" && scene.state.postIt("n3")?.quickWin == true)
        #expect(scene.state.themes == ["Transport"])
        press([.character("V"), .character("V")], &ui, &scene)
        #expect(scene.state.postIt("n3")?.votes == 0, "no dots below zero")
        assertSnapshot(scene.console(120, 40, ui: ui), "wall-marks-120x40-da")
        assertSnapshot(scene.console(80, 24, ui: ui), "wall-marks-80x24-da")
        // An empty theme takes the post-it out of its theme.
        press([.character("t"), .control("u"), .enter], &ui, &scene)
        #expect(scene.state.postIt("n3")?.theme == nil)
    }

    @Test func searchKindsAndOtherBlocks() throws {
        var scene = try scene()
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("w"), .character("/"), .paste("cykel"), .enter], &ui, &scene)
        guard case .wall(let cursor) = ui.overlay else { Issue.record("the wall is open"); return }
        #expect(cursor.columns(scene.state).flatMap(\.postIts).map(\.id) == ["n1", "n4"])
        assertSnapshot(scene.console(80, 24, ui: ui), "wall-search-80x24-da")
        press([.escape, .character("f")], &ui, &scene)
        guard case .wall(let kinds) = ui.overlay else { Issue.record("the wall is open"); return }
        #expect(kinds.kind == "pointe" && kinds.columns(scene.state).flatMap(\.postIts).count == 3)
        press([.character("f"), .character("f")], &ui, &scene)
        guard case .wall(let all) = ui.overlay else { Issue.record("the wall is open"); return }
        #expect(all.kind == nil)
        press([.character("[")], &ui, &scene)
        guard case .wall(let earlier) = ui.overlay else { Issue.record("the wall is open"); return }
        #expect(earlier.block == "p1" && earlier.columns(scene.state).flatMap(\.postIts).isEmpty)
        press([.escape], &ui, &scene)
        #expect(ui.overlay == nil)
    }

    @Test func themesAcrossTheDayRenameAndMerge() throws {
        var scene = try scene()
        scene.perform(.theme(id: "n0", name: "Færger"))
        scene.perform(.theme(id: "n1", name: "Cykler"))
        scene.perform(.theme(id: "n4", name: "Cykler"))
        scene.perform(.vote(id: "n4", delta: 1))
        scene.perform(.quickWin(id: "n1", on: true))
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("T")], &ui, &scene)
        assertSnapshot(scene.console(80, 24, ui: ui), "themes-80x24-da")
        // "Cykler" has the votes and comes first; rename it to "Færger": the two merge.
        press([.character("r"), .control("u"), .paste("Færger"), .enter], &ui, &scene)
        #expect(scene.state.themes == ["Færger"])
        #expect(["n0", "n1", "n4"].allSatisfy { scene.state.postIt($0)?.theme == "Færger" })
        press([.escape], &ui, &scene)
        guard case .wall = ui.overlay else { Issue.record("Esc returns to the wall"); return }
    }
}

extension Scene {
    /// Writes facts as they are (as another terminal would).
    mutating func record(_ facts: [Fact]) {
        for fact in facts {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: now, actor: "test", fact: fact))
        }
    }
}
