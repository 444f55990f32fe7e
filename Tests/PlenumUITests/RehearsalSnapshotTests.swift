import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The console's title bar says which plan runs (title and file) and, in a rehearsal, says so
/// next to the clock, where a narrow terminal never cuts it off; a notetaker's screen says so too.
@Suite struct RehearsalSnapshotTests {
    static let english = """
        title = "Design workshop"
        date = 2026-12-05
        start = "09:00"
        language = "en"

        [[blocks]]
        title = "Welcome"
        kind = "plenum"
        minutes = 30

        [[blocks]]
        title = "Lunch"
        kind = "break"
        minutes = 30
        at = "11:00"
        """

    static func rehearsalConsole(_ text: String, language: Language, width: Int, height: Int) throws -> Screen {
        var scene = try Scene(text, language: language)
        scene.state = SessionState(plan: scene.state.plan, rehearsal: Rehearsal(shiftMinutes: 5 * 60 + 7))
        scene.at(14, 7)
        var ui = ConsoleUI(strings: language.ui)
        ui.sync(with: scene.state)
        return ConsoleView(state: scene.state, projection: scene.projection, clock: scene.clock, now: scene.now, ui: ui,
                           planName: "plan.toml").render(width: width, height: height)
    }

    @Test func aDanishRehearsalWithAWideTitle() throws {
        let screen = try Self.rehearsalConsole(ConsoleSnapshotTests.wide, language: .da, width: 80, height: 24)
        assertSnapshot(screen, "console-rehearsal-80x24-da")
        #expect(screen.text.split(separator: "\n").first?.contains("PRØVEKØRSEL · 14:07") == true)
        // On a narrow console the title gives way; the file's name and the rehearsal stay whole.
        let narrow = try Self.rehearsalConsole(ConsoleSnapshotTests.wide, language: .da, width: 60, height: 16)
        let title = narrow.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.contains("… · plan.toml") && title.contains("PRØVEKØRSEL · 14:07"), "\(title)")
    }

    @Test func anEnglishRehearsalNamesItsPlanFile() throws {
        let screen = try Self.rehearsalConsole(Self.english, language: .en, width: 80, height: 24)
        assertSnapshot(screen, "console-rehearsal-80x24-en")
        let title = screen.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.contains("Design workshop · plan.toml") && title.contains("REHEARSAL · 14:07"))
    }

    @Test(arguments: [Language.da, .en]) func aNotetakerSeesItIsARehearsal(_ language: Language) throws {
        var scene = try Scene(Self.english, language: language)
        scene.state = SessionState(plan: scene.state.plan, rehearsal: Rehearsal(shiftMinutes: 5 * 60 + 7))
        scene.at(14, 7)
        let ui = NotesUI(strings: language.ui, desk: NoteDesk(table: "Bord 1", group: nil, author: "Åse"))
        let screen = NotesView(state: scene.state, clock: scene.clock, now: scene.now, ui: ui).render(width: 80, height: 24)
        let title = screen.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.contains((language == .da ? "PRØVEKØRSEL" : "REHEARSAL") + " · 14:07"), "\(title)")
    }
}
