import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// Text from anywhere (a post-it from another program, a walk-in's name, a theme) reaches the
/// terminal without escape sequences, control characters or direction overrides.
@Suite struct HostileTextTests {
    static let hostile = "Klik\u{1B}[2J\u{1B}]0;owned\u{07} her\u{9B}31m\u{202E}tekst\u{0}\r\n slut"

    static func clean(_ screen: Screen) -> Bool {
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                for scalar in screen[row, column].text.unicodeScalars {
                    let v = scalar.value
                    if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v) { return false }
                }
            }
        }
        return true
    }

    @Test func everyScreenShowsHostileTextHarmlessly() throws {
        var scene = try WallTests().scene()
        scene.record([.postItAdded(PostItDraft(id: "h1", block: "p2", table: "Bord 1", group: 1, kind: "pointe",
                                               text: Self.hostile, author: Self.hostile)),
                      .themed(id: "h1", theme: Self.hostile), .walkInAdded(name: Self.hostile, segment: "POL"),
                      .quickWinMarked(id: "h1", on: true)])
        var ui = ConsoleUI(strings: Language.da.ui)
        for keys in [[Key.character("w")], [.character("w"), .end], [.character("T")], [.character("k")], [.character("?")]] {
            ui.overlay = nil
            for key in keys { _ = ui.handle(key, state: scene.state, clock: scene.clock, now: scene.now) }
            let screen = scene.console(120, 40, ui: ui, seating: scene.seating())
            #expect(Self.clean(screen), "\(keys)")
            if keys == [.character("w"), .end] { #expect(screen.text.contains("Klik[2J]0;owned"), "shown, cleaned") }
        }
        var review = ReviewUI(strings: Language.da.ui, baseName: "x")
        _ = review.handle(.down, state: scene.state)
        _ = review.handle(.enter, state: scene.state)
        let block = ReviewView(state: scene.state, clock: scene.clock, now: scene.now, ui: review).render(width: 120, height: 40)
        #expect(Self.clean(block) && block.text.contains("Klik[2J]0;owned her31mtekst"))
        scene.perform(.showOnStage(.findTable))
        #expect(Self.clean(scene.stage(120, 40, seating: scene.seating().seating)))
    }
}
