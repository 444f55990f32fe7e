import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The groups screen (console `g`), check-in (`k`) and the stage's "find your table", as text,
/// on the demo bootcamp (48 participants, 4 segments, 4 tables with hosts).
@Suite struct GroupsSnapshotTests {
    func bootcamp() throws -> Scene {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0)
        scene.perform(.startOrPause)
        return scene
    }

    @Test func theGroupsOfTheSelectedBlockTableByTable() throws {
        var scene = try bootcamp()
        scene.startFormed("p2")
        var ui = ConsoleUI(strings: Language.da.ui)
        let seating = scene.seating()
        press([.character("g")], &ui, &scene, seating: seating)
        assertSnapshot(scene.console(120, 40, ui: ui, seating: seating), "groups-mixed-120x40-da")
        assertSnapshot(scene.console(80, 24, ui: ui, seating: seating), "groups-mixed-80x24-da")
        press([.right, .right, .right], &ui, &scene, seating: seating)
        assertSnapshot(scene.console(120, 40, ui: ui, seating: seating), "groups-table-120x40-da")
    }

    /// The Lejre bootcamp (issue 16): three citizens apart, only two groups of citizens in
    /// "Aktiviteter"; the screen says the rule is bent there, in the plan's language.
    @Test(arguments: [Language.da, .en])
    func aBentRuleIsSaidAboveTheBlocksGroups(_ language: Language) throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Plans/lejre.toml")
        let text = try String(contentsOf: file.standardized, encoding: .utf8)
            .replacingOccurrences(of: "language = \"da\"", with: "language = \"\(language.rawValue)\"")
            .replacingOccurrences(of: "table = \"Bord", with: language == .da ? "table = \"Bord" : "table = \"Table")
        var scene = try Scene(text, language: language)
        var ui = ConsoleUI(strings: language.ui)
        let seating = scene.seating()
        press([.character("g"), .right, .right], &ui, &scene, seating: seating)
        let screen = scene.console(100, 30, ui: ui, seating: seating)
        #expect(screen.text.contains(language == .da ? "Regel bøjet: Bo Dahl" : "Rule bent: Bo Dahl"))
        assertSnapshot(screen, "groups-bent-rule-100x30-\(language.rawValue)")
    }

    @Test func checkInMarksAndAWalkInWithAnUnknownSegment() throws {
        var scene = try bootcamp()
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("k"), .enter, .down, .character("-"), .down, .character("l")], &ui, &scene)
        #expect(scene.state.attendance == ["Anne Vang": .came, "Birgitte Kjær": .absent, "Bo Lund": .left])
        press([.character("n"), .paste("Ny Person"), .tab, .paste("XYZ"), .enter], &ui, &scene)
        #expect(scene.state.walkIns.isEmpty, "an unknown segment is refused in the form")
        assertSnapshot(scene.console(80, 24, ui: ui, seating: scene.seating()), "checkin-walkin-error-80x24-da")
        press([.control("u"), .paste("borgere"), .enter], &ui, &scene)
        #expect(scene.state.walkIns == [Attendee(name: "Ny Person", segment: "BOR")])
        press([.character("/"), .paste("vang"), .enter], &ui, &scene)
        assertSnapshot(scene.console(80, 24, ui: ui, seating: scene.seating()), "checkin-search-80x24-da")
        press([.escape, .escape], &ui, &scene)
        #expect(ui.overlay == nil)
    }

    @Test func theRestCanBeMarkedAbsentAtOnce() throws {
        var scene = try bootcamp()
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("k"), .enter, .down, .enter, .character("A")], &ui, &scene)
        assertSnapshot(scene.console(80, 24, ui: ui, seating: scene.seating()), "checkin-rest-absent-80x24-da")
        press([.escape], &ui, &scene)
        #expect(!scene.state.attendance.values.contains(.absent), "Esc marks nobody")
        press([.character("A"), .enter], &ui, &scene)
        let absent = scene.state.attendance.filter { $0.value == .absent }.count
        #expect(absent == 46 && scene.state.attendance.filter { $0.value == .came }.count == 2)
        #expect(scene.state.attendance["Karsten Juul"] == nil, "hosts are not marked")
    }

    @Test func theStageShowsWhereEveryoneSits() throws {
        var scene = try bootcamp()
        scene.perform(.showOnStage(.findTable))
        scene.startFormed("p2")
        scene.at(9, 25, 10)
        assertSnapshot(scene.stage(120, 40, seating: scene.seating().seating), "stage-findtable-120x40-da")
        // 48 names do not fit 80×24: the list turns its pages by itself.
        let first = scene.stage(80, 24, seating: scene.seating().seating)
        scene.at(9, 25, 20)
        let second = scene.stage(80, 24, seating: scene.seating().seating)
        #expect(first.text != second.text)
        #expect([first, second].contains { $0.text.contains("side 1 af 2") } && [first, second].contains { $0.text.contains("side 2 af 2") })
        assertSnapshot(first, "stage-findtable-80x24-da")
    }

    @Test func aBlockThatCannotBeSeatedAfterCheckInKeepsItsLastGoodGroups() throws {
        var scene = try Scene("""
            title = "Segmenter"
            start = "09:00"
            people = [{ name = "A1", segment = "A" }, { name = "A2", segment = "A" },
                      { name = "B1", segment = "B" }, { name = "B2", segment = "B" }]
            [tables]
            count = 2
            [segments]
            A = "Alfa"
            B = "Beta"
            [[blocks]]
            title = "Pr. segment"
            kind = "groups"
            formation = "segment"
            minutes = 20
            """)
        var cache = SeatingCache(seed: 1)
        cache.update(scene.state)
        let good = try #require(cache.seating)
        scene.perform(.markAttendance(name: "A2", status: .absent))
        let changed = cache.update(scene.state)
        #expect(changed)
        // The block alone cannot be seated now: it says why and keeps its last good groups, without A2.
        let entry = try #require(cache.seating?.entries.first)
        #expect(entry.problem?.message.contains("A1") == true)
        #expect(entry.seating.groups.map { $0.members } == good.entries[0].seating.groups.map { $0.members.filter { $0 != "A2" } })
        #expect(cache.unseatable(scene.state).count == 1)
        let facts = cache.formationFacts(starting: "p1", state: scene.state)
        #expect(facts == [.groupsFormed(block: "p1", groups: entry.seating.groups)])
        var ui = ConsoleUI(strings: Language.da.ui)
        press([.character("g")], &ui, &scene, seating: cache)
        let screen = scene.console(80, 24, ui: ui, seating: cache)
        #expect(screen.text.contains("Blokken kan ikke sættes: segment A has only one person (A1)"))
    }

    @Test func theNotetakerSeesWhoIsInTheGroup() throws {
        var scene = try bootcamp()
        let notes = NotesUI(strings: Language.da.ui, desk: NoteDesk(table: "Bord 2", group: 1, author: "referent"))
        #expect(!scene.notes(80, 24, ui: notes).text.contains("Gruppe 1:"), "no groups before they are formed")
        scene.startFormed("p2")
        let members = try #require(scene.state.formations["p2"]?.groups.first { $0.table == "Bord 2" && $0.group == 1 }?.members)
        let screen = scene.notes(80, 24, ui: notes)
        #expect(screen.text.contains("Gruppe 1: " + members[0]))
        assertSnapshot(screen, "notes-group-80x24-da")
    }

    @Test func keysTypedTogetherAreEachTheirOwnKey() throws {
        var scene = try bootcamp()
        var ui = ConsoleUI(strings: Language.da.ui)
        let command = ui.handle(.paste("++"), state: scene.state, clock: scene.clock, now: scene.now)
        #expect(command == .perform([.extend(minutes: 1), .extend(minutes: 1)]))
        #expect(ui.handle(.paste("kq"), state: scene.state, clock: scene.clock, now: scene.now) == .nothing)
        #expect(ui.overlay == nil, "k opened check-in, q closed it")
        _ = scene
    }
}
