import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// What the console says on its own between keys is a pure step of the run loop: a card dealt by
/// the clock rings the bell once, a check-in that changes who is here says the groups were laid
/// out again, and an undo on any console is said on every console.
struct ConsoleWatchTests {
    @Test func aCardDealtByTheClockRingsOnceAndSaysSo() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        scene.at(9, 15); scene.perform(.next)
        var ui = ConsoleUI(strings: Language.da.ui)
        var watch = ConsoleWatch(scene.state)
        let seating = scene.seating()
        scene.at(9, 16)
        #expect(!watch.notice(scene.state, seating: seating, working: false, now: scene.now, ui: &ui))
        #expect(ui.message == nil)
        // card_minutes = 10: the second card is dealt at 9:25.
        scene.at(9, 25, 1)
        #expect(watch.notice(scene.state, seating: seating, working: false, now: scene.now, ui: &ui))
        #expect(ui.message == Language.da.ui.cardDealtMessage)
        scene.at(9, 25, 2)
        #expect(!watch.notice(scene.state, seating: seating, working: false, now: scene.now, ui: &ui), "rings once per card")
    }

    @Test func aCheckInSaysTheGroupsWereLaidOutAgainWhenTheNewSeatingIsReady() throws {
        var scene = try Scene("""
            title = "T"
            start = "09:00"
            [tables]
            count = 2
            [[people]]
            name = "Ane"
            [[people]]
            name = "Bo"
            [[people]]
            name = "Cai"
            [[people]]
            name = "Dea"
            [[blocks]]
            title = "Grupper"
            kind = "groups"
            minutes = 20
            """)
        var ui = ConsoleUI(strings: Language.da.ui)
        var watch = ConsoleWatch(scene.state)
        _ = watch.notice(scene.state, seating: scene.seating(), working: false, now: scene.now, ui: &ui)
        #expect(ui.message == nil, "the first seating is not news")
        scene.perform(.markAttendance(name: "Bo", status: .absent))
        // While the new seating is being made nothing is said; when it is ready, it is.
        _ = watch.notice(scene.state, seating: scene.seating(), working: true, now: scene.now, ui: &ui)
        #expect(ui.message == nil)
        _ = watch.notice(scene.state, seating: scene.seating(), working: false, now: scene.now, ui: &ui)
        #expect(ui.message?.hasPrefix("Grupperne er lagt om") == true, "\(ui.message ?? "nothing")")
    }

    @Test func anUndoIsSaidOnEveryConsoleOnce() throws {
        var scene = try Scene(ConsoleSnapshotTests.wide)
        scene.at(9, 0); scene.perform(.startOrPause)
        var ui = ConsoleUI(strings: Language.da.ui)
        var watch = ConsoleWatch(scene.state)
        let seating = scene.seating()
        scene.perform(.extend(minutes: 1))
        scene.perform(.undo)
        _ = watch.notice(scene.state, seating: seating, working: false, now: scene.now, ui: &ui)
        let said = try #require(ui.message)
        #expect(said.contains("Fortrudt") || said.contains("fortrudt"), "\(said)")
        ui.say("")
        _ = watch.notice(scene.state, seating: seating, working: false, now: scene.now, ui: &ui)
        #expect(ui.message == "", "said once")
    }
}
