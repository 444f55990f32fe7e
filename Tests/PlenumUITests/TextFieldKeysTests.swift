import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// In every line being typed, a letter is text, even one the screen around it binds (`q`, `n`, `T`,
/// `w`, `k`, `g`, `/`, `?`): typed one key at a time, the word arrives whole and the panel stays.
struct TextFieldKeysTests {
    static let word: [Key] = "qnTwkg/?x".map { .character($0) }

    func scene() throws -> Scene {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        scene.record([.postItAdded(PostItDraft(id: "n0", block: "p2", table: "Bord 1", group: 1, kind: "pointe",
                                               text: "Færgen", author: "referent"))])
        scene.perform(.theme(id: "n0", name: "Færger"))
        return scene
    }

    @Test func inTheConsolesLinesEveryLetterIsText() throws {
        let cases: [(opens: [Key], typed: (ConsoleUI.Overlay?) -> String?)] = [
            ([.character("e"), .control("u")], { if case .form(let f) = $0 { return f.title.text }; return nil }),
            ([.character("w"), .character("/")], { if case .wall(let c) = $0 { return c.search.text }; return nil }),
            ([.character("w"), .character("t"), .control("u")], { if case .wall(let c) = $0 { return c.themeEntry?.editor.text }; return nil }),
            ([.character("T"), .character("r"), .control("u")], { if case .themes(let c, _) = $0 { return c.rename?.text }; return nil }),
            ([.character("k"), .character("/")], { if case .checkIn(let c) = $0 { return c.search.text }; return nil }),
            ([.character("k"), .character("n")], { if case .checkIn(let c) = $0 { return c.walkIn?.name.text }; return nil }),
        ]
        for (opens, typed) in cases {
            var scene = try scene()
            var ui = ConsoleUI(strings: Language.da.ui)
            press(opens + Self.word, &ui, &scene)
            #expect(typed(ui.overlay) == "qnTwkg/?x", "after \(opens): \(String(describing: ui.overlay))")
        }
    }

    @Test func inTheReviewsLinesEveryLetterIsText() throws {
        let scene = try scene()
        var search = ReviewUI(strings: Language.en.ui, baseName: "day")
        for key in [Key.character("/")] + Self.word { #expect(search.handle(key, state: scene.state) == .nothing) }
        guard case .search(let editor, _, true) = search.mode else { Issue.record("\(search.mode)"); return }
        #expect(editor.text == "qnTwkg/?x")
        var export = ReviewUI(strings: Language.en.ui, baseName: "day")
        for key in [Key.character("x"), .tab, .control("u")] + Self.word { _ = export.handle(key, state: scene.state) }
        guard case .export(let form) = export.mode else { Issue.record("\(export.mode)"); return }
        #expect(form.path.text == "qnTwkg/?x")
    }

    @Test func inTheNotesLineEveryLetterButTheFirstQOrQuestionMarkIsText() throws {
        let scene = try scene()
        var ui = NotesUI(strings: Language.da.ui, desk: NoteDesk(table: "Bord 1", group: 1, author: "r"))
        #expect(ui.handle(.character("x"), state: scene.state) == .nothing)
        for key in Self.word { #expect(ui.handle(key, state: scene.state) == .nothing) }
        #expect(ui.editor.text == "xqnTwkg/?x" && !ui.showsHelp)
    }
}
