import Foundation
import Testing
import PlenumSession
@testable import PlenumCore
@testable import PlenumUI

/// Compares a screen's text with `Snapshots/NAME.txt`; with PLENUM_RECORD=1 it writes the file.
func assertSnapshot(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let text = screen.text + "\n"
    if ProcessInfo.processInfo.environment["PLENUM_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; run with PLENUM_RECORD=1 to write it", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "snapshot \(name) differs:\n\(text)", sourceLocation: sourceLocation)
}

/// A session driven to a point in the day, for screen tests: through the session layer
/// (`LiveSession` on a journal in memory) with a hand-set clock.
struct Scene {
    let live: LiveSession
    let clock: SessionClock
    var now: Date

    init(_ planText: String, language: Language = .da, rehearsal: Rehearsal? = nil) throws {
        let outcome = PlanLoader.load(Array(planText.utf8), defaultLanguage: language)
        guard let plan = outcome.plan else { throw SceneError.badPlan("\(outcome.diagnostics)") }
        clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        now = clock.date(ClockTime(hour: 8, minute: 50))
        let info = SessionInfo(planSource: planText, planFile: "test.toml", day: clock.day, timeZone: "Europe/Copenhagen",
                               createdAt: now, seed: 42, language: plan.language, rehearsal: rehearsal)
        let frozen = now
        live = try LiveSession(journal: MemoryJournal(info: info), defaultLanguage: plan.language, localClock: { frozen })
        // Stamped exactly at the hand-set clock, even several changes at one instant.
        live.keepsWritesApart = false
    }

    enum SceneError: Error { case badPlan(String) }

    /// The session as folded so far.
    var state: SessionState { live.state }

    mutating func at(_ h: Int, _ m: Int, _ s: Int = 0) {
        now = clock.date(ClockTime(hour: h, minute: m)).addingTimeInterval(TimeInterval(s))
    }

    /// Does what the facilitator asked, without fixing groups (see `startFormed`).
    mutating func perform(_ intent: Intent) {
        let noSeating = SeatingCache(seed: 0)
        _ = try? live.perform(intent, actor: "test", at: now, seating: { _ in noSeating })
    }

    /// Writes facts as they are (as another terminal would).
    mutating func record(_ facts: [Fact]) {
        try? live.record(facts, actor: "test", at: now)
    }

    var projection: Projection { Projection.project(state, clock: clock, now: now) }

    func console(_ width: Int, _ height: Int, ui: ConsoleUI? = nil, seating: SeatingCache? = nil) -> Screen {
        var ui = ui ?? ConsoleUI(strings: state.plan.language.ui)
        ui.sync(with: state)
        return ConsoleView(state: state, projection: projection, clock: clock, now: now, ui: ui, seating: seating)
            .render(width: width, height: height)
    }

    func stage(_ width: Int, _ height: Int, seating: DaySeating? = nil, track: Int? = nil) -> Screen {
        StageView(state: state, projection: projection, clock: clock, now: now, strings: state.plan.language.ui,
                  seating: seating, track: track).render(width: width, height: height)
    }

    /// The day's seating as the console makes it, with the tests' seed.
    func seating() -> SeatingCache {
        var cache = SeatingCache(seed: 42)
        cache.update(state)
        return cache
    }

    /// Starts a block as the console does: its groups are fixed in the same write.
    mutating func startFormed(_ block: BlockID) {
        _ = try? live.perform(.start(block), actor: "test", at: now)
    }
}

/// The repository's root folder.
let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
}()

func examplePlan(_ name: String) throws -> String {
    try String(contentsOfFile: "\(packageRoot)/sessions/\(name).toml", encoding: .utf8)
}

extension Scene {
    /// Saves what a notetaker at `desk` asked for, as the notes run loop would.
    mutating func note(_ intent: NoteIntent, at desk: NoteDesk) {
        _ = try? live.perform([intent], at: desk, at: now)
    }

    func notes(_ width: Int, _ height: Int, ui: NotesUI) -> Screen {
        NotesView(state: state, clock: clock, now: now, ui: ui).render(width: width, height: height)
    }
}

/// Presses keys in the console as the run loop would: each key's intents are performed at once.
func press(_ keys: [Key], _ ui: inout ConsoleUI, _ scene: inout Scene, seating: SeatingCache? = nil) {
    for key in keys {
        ui.sync(with: scene.state)
        if case .perform(let intents) = ui.handle(key, state: scene.state, clock: scene.clock, now: scene.now,
                                                  seating: seating?.seating) {
            for intent in intents { scene.perform(intent) }
        }
    }
}
