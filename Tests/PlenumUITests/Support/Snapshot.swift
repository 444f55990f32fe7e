import Foundation
import Testing
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

/// A session driven to a point in the day, for screen tests.
struct Scene {
    var state: SessionState
    let clock: SessionClock
    var now: Date
    var seq: Int64 = 0

    init(_ planText: String, language: Language = .da) throws {
        let outcome = PlanLoader.load(Array(planText.utf8), defaultLanguage: language)
        guard let plan = outcome.plan else { throw SceneError.badPlan("\(outcome.diagnostics)") }
        state = SessionState(plan: plan)
        clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        now = clock.date(ClockTime(hour: 8, minute: 50))
    }

    enum SceneError: Error { case badPlan(String) }

    mutating func at(_ h: Int, _ m: Int, _ s: Int = 0) {
        now = clock.date(ClockTime(hour: h, minute: m)).addingTimeInterval(TimeInterval(s))
    }

    mutating func perform(_ intent: Intent) {
        guard case .success(let facts) = Engine.facts(for: intent, in: state, now: now) else { return }
        for fact in facts {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: now, actor: "test", fact: fact))
        }
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
        perform(.start(block))
        for fact in seating().formationFacts(starting: block, state: state) {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: now, actor: "test", fact: fact))
        }
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
        guard case .success(let facts) = NoteEngine.facts(for: intent, at: desk, in: state, now: now) else { return }
        for fact in facts {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: now, actor: desk.author, fact: fact))
        }
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
