import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

@Suite struct ConsoleSnapshotTests {
    static let wide = """
        title = "Møde om øens fremtid – 会議 👍🏽"
        start = "09:00"
        end = "11:00"
        language = "da"

        [tables]
        count = 2
        groups = 2

        [[blocks]]
        title = "Velkomst på Ærø"
        kind = "plenum"
        minutes = 15
        notes = "Husk at byde borgmesteren velkommen – og tak kaffeholdet 🙏"

        [[blocks]]
        title = "Dialog: 日本語 og æøå"
        kind = "groups"
        minutes = 30
        cards = ["Hvad gør os glade på øen? 😀", "どうすれば良くなりますか？", "Næste skridt?"]
        card_minutes = 10

        [[blocks]]
        title = "Frokost"
        kind = "break"
        at = "10:00"
        minutes = 30

        [[blocks]]
        title = "Bordene fremlægger"
        kind = "plenum"
        minutes = 20
        present = "tables"
        """

    @Test func aLongTitleEndsAfterAWholeWordAtTheNarrowestConsole() throws {
        let long = Self.wide.replacingOccurrences(of: "Møde om øens fremtid – 会議 👍🏽",
                                                  with: "Bootcamp: Fremtidens kommune – sammen om næste skridt")
        let scene = try Scene(long)
        let screen = scene.console(60, 16)
        assertSnapshot(screen, "console-long-title-60x16-da")
        let bar = screen.text.components(separatedBy: "\n")[0]
        #expect(bar.contains(" plenum · Bootcamp: Fremtidens kommune – sammen om…"), "the title ends after a whole word: \(bar)")
    }

    @Test func beforeTheDayStarts() throws {
        let scene = try Scene(Self.wide)
        assertSnapshot(scene.console(80, 24), "console-before-80x24-da")
    }

    @Test func aRunningGroupsBlockWithACard() throws {
        var scene = try Scene(Self.wide)
        scene.at(9, 2); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        scene.at(9, 31, 30)
        assertSnapshot(scene.console(80, 24), "console-card-80x24-da")
        assertSnapshot(scene.console(120, 40), "console-card-120x40-da")
    }

    @Test func overTimeAndALateAnchor() throws {
        var scene = try Scene(Self.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        scene.perform(.extend(minutes: 10))
        scene.at(10, 1)
        assertSnapshot(scene.console(80, 24), "console-over-80x24-da")
    }

    @Test func helpAndCatchUpOverlays() throws {
        var scene = try Scene(Self.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 20); scene.perform(.next)
        scene.perform(.extend(minutes: 10))
        scene.at(9, 25)
        var ui = ConsoleUI(strings: Language.da.ui)
        _ = ui.handle(.character("a"), state: scene.state, clock: scene.clock, now: scene.now)
        assertSnapshot(scene.console(80, 24, ui: ui), "console-catchup-80x24-da")
        var help = ConsoleUI(strings: Language.da.ui)
        _ = help.handle(.character("?"), state: scene.state, clock: scene.clock, now: scene.now)
        assertSnapshot(scene.console(80, 24, ui: help), "console-help-80x24-da")
    }

    /// The help's last lines at 80 columns: a long row goes on under its text, the last group is
    /// whole and the footer still shows.
    @Test func theHelpScrolledToItsEndInEnglish() throws {
        let scene = try Scene(Self.wide)
        var help = ConsoleUI(strings: Language.en.ui)
        _ = help.handle(.character("?"), state: scene.state, clock: scene.clock, now: scene.now)
        for _ in 0..<40 { _ = help.handle(.down, state: scene.state, clock: scene.clock, now: scene.now) }
        let screen = scene.console(80, 24, ui: help)
        assertSnapshot(screen, "console-help-end-80x24-en")
        let rows = screen.text.components(separatedBy: "\n")
        #expect(rows.contains { $0.contains("│ Quitting ") } && rows.contains { $0.contains("q  Ctrl-L   quit (nothing is ever lost)") })
        #expect(rows.contains { $0.contains("↑ ↓ scroll · Esc or ? closes") }, "the footer is shown")
        let v = try #require(rows.firstIndex { $0.contains("│ v           the priorities:") })
        #expect(rows[v + 1].hasPrefix(" │             "), "the row goes on under its text: \(rows[v + 1])")
    }

    @Test func theEnglishWorkshopWithARotation() throws {
        var scene = try Scene(try examplePlan("workshop"), language: .en)
        scene.at(13, 0); scene.perform(.startOrPause)
        scene.perform(.start("p5"))
        scene.at(13, 14)
        assertSnapshot(scene.console(80, 24), "console-rotation-80x24-en")
        assertSnapshot(scene.console(120, 40), "console-rotation-120x40-en")
    }

    @Test func parallelTracks() throws {
        var scene = try Scene(try examplePlan("bootcamp"))
        scene.at(13, 15); scene.perform(.start("p9"))
        scene.at(13, 40); scene.perform(.advanceTrack(1))
        scene.at(13, 41)
        assertSnapshot(scene.console(120, 40), "console-tracks-120x40-da")
    }

    @Test func aTooSmallTerminal() throws {
        let scene = try Scene(Self.wide)
        assertSnapshot(scene.console(40, 10), "console-too-small")
    }

    @Test func theFormEditsTheSelectedBlock() throws {
        var scene = try Scene(Self.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        var ui = ConsoleUI(strings: Language.da.ui)
        ui.sync(with: scene.state)
        _ = ui.handle(.down, state: scene.state, clock: scene.clock, now: scene.now)
        _ = ui.handle(.character("e"), state: scene.state, clock: scene.clock, now: scene.now)
        for _ in 0..<5 { _ = ui.handle(.backspace, state: scene.state, clock: scene.clock, now: scene.now) }
        _ = ui.handle(.paste("æøå"), state: scene.state, clock: scene.clock, now: scene.now)
        _ = ui.handle(.tab, state: scene.state, clock: scene.clock, now: scene.now)
        _ = ui.handle(.control("u"), state: scene.state, clock: scene.clock, now: scene.now)
        _ = ui.handle(.character("2"), state: scene.state, clock: scene.clock, now: scene.now)
        _ = ui.handle(.character("5"), state: scene.state, clock: scene.clock, now: scene.now)
        assertSnapshot(scene.console(80, 24, ui: ui), "console-edit-80x24-da")
        let command = ui.handle(.enter, state: scene.state, clock: scene.clock, now: scene.now)
        #expect(command == .perform([.edit("p2", title: "Dialog: 日本語 oæøå", minutes: 25, at: .clear)]))
    }
}

@Suite struct StageSnapshotTests {
    @Test func runningCardAt80x24AndLargerAt120x40() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 15); scene.perform(.next)
        scene.at(9, 27, 10)
        let small = scene.stage(80, 24)
        assertSnapshot(small, "stage-card-80x24-da")
        let digitRows = (0..<24).filter { small.line($0).contains("██") }.count
        #expect(digitRows >= 5, "digits at least 5 rows tall at 80×24")
        assertSnapshot(scene.stage(120, 40), "stage-card-120x40-da")
    }

    @Test func aBreakSaysWhenWeAreBack() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(10, 0); scene.perform(.start("p3"))
        scene.at(10, 12)
        let screen = scene.stage(80, 24)
        assertSnapshot(screen, "stage-break-80x24-da")
        #expect(screen.text.contains("Pause — tilbage kl. 10:30"))
    }

    @Test func presentersInEnglish() throws {
        var scene = try Scene(try examplePlan("workshop"), language: .en)
        scene.at(16, 0); scene.perform(.start("p7"))
        scene.at(16, 10); scene.perform(.movePresenter(by: 1))
        scene.at(16, 12)
        let screen = scene.stage(80, 24)
        assertSnapshot(screen, "stage-present-80x24-en")
        #expect(screen.text.contains("Green table presents (2 of 3)"))
    }

    @Test func beforeAndAfter() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        assertSnapshot(scene.stage(80, 24), "stage-before-80x24-da")
        scene.at(9, 0)
        for _ in 0..<5 { scene.perform(.next) }
        assertSnapshot(scene.stage(80, 24), "stage-after-80x24-da")
    }
}
