import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// `plenum review`'s screens and keys: the timeline, a block, search, the export form.
@Suite struct ReviewTests {
    func scene() throws -> Scene {
        var scene = try WallTests().scene()
        scene.perform(.extend(minutes: 5))
        scene.perform(.vote(id: "n0", delta: 1))
        scene.perform(.theme(id: "n1", name: "Cykler"))
        scene.at(10, 10); scene.perform(.next)
        scene.at(10, 20); scene.perform(.start("p5"))
        scene.at(10, 31)
        return scene
    }

    func review(_ scene: Scene, _ ui: ReviewUI, _ width: Int, _ height: Int) -> Screen {
        ReviewView(state: scene.state, clock: scene.clock, now: scene.now, ui: ui).render(width: width, height: height)
    }

    @Test func theTimelineBlocksAndSearch() throws {
        let scene = try scene()
        var ui = ReviewUI(strings: Language.da.ui, baseName: "bootcamp")
        assertSnapshot(review(scene, ui, 120, 30), "review-timeline-120x30-da")
        assertSnapshot(review(scene, ui, 80, 24), "review-timeline-80x24-da")
        for key in [Key.down, .enter] { _ = ui.handle(key, state: scene.state) }
        #expect(ui.mode == .block("p2", scroll: 0))
        assertSnapshot(review(scene, ui, 80, 24), "review-block-80x24-da")
        _ = ui.handle(.escape, state: scene.state)
        for key in [Key.character("/"), .paste("cykel"), .enter] { _ = ui.handle(key, state: scene.state) }
        #expect(ReviewUI.search(scene.state, "cykel").map(\.id) == ["n1", "n4"])
        assertSnapshot(review(scene, ui, 80, 24), "review-search-80x24-da")
        for key in [Key.down, .enter] { _ = ui.handle(key, state: scene.state) }
        #expect(ui.mode == .block("p2", scroll: 0) && ui.selected == 1)
    }

    @Test func theExportFormAsksFormatFileAndAnonymous() throws {
        let scene = try scene()
        var ui = ReviewUI(strings: Language.da.ui, baseName: "bootcamp")
        _ = ui.handle(.character("x"), state: scene.state)
        assertSnapshot(review(scene, ui, 80, 24), "review-export-80x24-da")
        _ = ui.handle(.right, state: scene.state)
        _ = ui.handle(.tab, state: scene.state)
        _ = ui.handle(.tab, state: scene.state)
        _ = ui.handle(.character(" "), state: scene.state)
        #expect(ui.handle(.enter, state: scene.state) == .export(.html, path: "bootcamp.html", anonymous: true))
        #expect(ui.mode == .timeline)
    }
}
