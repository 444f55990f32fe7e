import Foundation
import PlenumSession
@testable import PlenumCore

/// Drives a session as a console would, through the session layer (`LiveSession` on a journal in
/// memory) with a hand-set clock, for tests.
struct SessionDriver {
    let live: LiveSession
    let memory: MemoryJournal
    var clock: SessionClock
    var now: Date
    /// Whether a starting block gets its groups fixed in the same write, as the console does
    /// (off by default: most tests look at other facts).
    var formsGroups = false

    init(_ text: String, at time: String = "08:55", seed: UInt64 = 42) throws {
        let outcome = load(text)
        guard let plan = outcome.plan else { throw DriverError.badPlan("\(outcome.diagnostics)") }
        clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        now = clock.date(ClockTime.parse(time)!)
        memory = MemoryJournal(info: SessionInfo(planSource: text, planFile: "test.toml", day: clock.day, timeZone: "Europe/Copenhagen",
                                                 createdAt: now, seed: seed, language: plan.language, rehearsal: nil))
        let frozen = now
        live = try LiveSession(journal: memory, defaultLanguage: plan.language, localClock: { frozen })
        // Stamped exactly at the hand-set clock, even several changes at one instant.
        live.keepsWritesApart = false
    }

    enum DriverError: Error { case badPlan(String) }

    /// The session as folded so far.
    var state: SessionState { live.state }

    /// Every fact written, in order.
    var journal: [JournalEntry] { (try? memory.entries()) ?? [] }

    /// Sets the clock to "HH:MM" (or "HH:MM:SS") on the session's day.
    mutating func at(_ time: String) {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        now = clock.date(ClockTime(hour: parts[0], minute: parts[1])).addingTimeInterval(TimeInterval(parts.count > 2 ? parts[2] : 0))
    }

    /// Does what the facilitator asked; returns the refusal, if any.
    @discardableResult
    mutating func perform(_ intent: Intent) -> Refusal? {
        let noSeating = SeatingCache(seed: 0)
        do {
            return try live.perform(intent, actor: "test", at: now, seating: formsGroups ? nil : { _ in noSeating })
        } catch {
            fatalError("a journal in memory refused: \(error.message)")
        }
    }

    /// Writes facts as they are (as a second terminal would).
    mutating func record(_ facts: [Fact], actor: String = "test") {
        do {
            try live.record(facts, actor: actor, at: now)
        } catch {
            fatalError("a journal in memory refused: \(error.message)")
        }
    }

    var projection: Projection { Projection.project(state, clock: clock, now: now) }

    /// "HH:MM" of a date on the session's day.
    func hm(_ date: Date?) -> String { date.map { clock.time($0).description } ?? "-" }
}

extension SessionDriver {
    /// Does what a notetaker at `desk` asked; returns the refusal, if any.
    @discardableResult
    mutating func note(_ intent: NoteIntent, at desk: NoteDesk) -> NoteRefusal? {
        do {
            return try live.perform([intent], at: desk, at: now)
        } catch {
            fatalError("a journal in memory refused: \(error.message)")
        }
    }
}
