import Foundation
@testable import PlenumCore

/// Drives a session through the engine with a hand-set clock, as a console would, for tests.
struct SessionDriver {
    var state: SessionState
    var clock: SessionClock
    var now: Date
    var journal: [JournalEntry] = []

    init(_ text: String, at time: String = "08:55") throws {
        let outcome = load(text)
        guard let plan = outcome.plan else { throw DriverError.badPlan("\(outcome.diagnostics)") }
        state = SessionState(plan: plan)
        clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        now = clock.date(ClockTime.parse(time)!)
    }

    enum DriverError: Error { case badPlan(String) }

    /// Sets the clock to "HH:MM" (or "HH:MM:SS") on the session's day.
    mutating func at(_ time: String) {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        now = clock.date(ClockTime(hour: parts[0], minute: parts[1])).addingTimeInterval(TimeInterval(parts.count > 2 ? parts[2] : 0))
    }

    /// Does what the facilitator asked; returns the refusal, if any.
    @discardableResult
    mutating func perform(_ intent: Intent) -> Refusal? {
        switch Engine.facts(for: intent, in: state, now: now) {
        case .failure(let refusal):
            return refusal
        case .success(let facts):
            for fact in facts {
                let entry = JournalEntry(seq: Int64(journal.count + 1), at: now, actor: "test", fact: fact)
                journal.append(entry)
                state.apply(entry)
            }
            return nil
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
        switch NoteEngine.facts(for: intent, at: desk, in: state, now: now) {
        case .failure(let refusal):
            return refusal
        case .success(let facts):
            for fact in facts {
                let entry = JournalEntry(seq: Int64(journal.count + 1), at: now, actor: desk.author, fact: fact)
                journal.append(entry)
                state.apply(entry)
            }
            return nil
        }
    }
}
