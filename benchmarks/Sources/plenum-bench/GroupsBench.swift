import Foundation
import PlenumCore

/// The seating figures: the standard instances of issue 5, seated in this process.
func groupsFigures() {
    func measure(_ name: String, _ instance: StandardInstances.Instance) {
        var result: Result<[RoundSeating], SeatingProblem> = .failure(SeatingProblem("not run"))
        let ms = milliseconds { result = StandardInstances.seat(instance) }
        guard case .success(let seatings) = result else {
            print("\(name)_failed: 1 count")
            return
        }
        report("\(name)_ms", ms, "ms")
        print("\(name)_repeats: \(StandardInstances.repeatedPairs(seatings)) pairs")
        if !instance.segments.isEmpty {
            let lacking = seatings.flatMap(\.groups).filter { group in
                Set(group.members.compactMap { name in instance.attendees.first { $0.name == name }?.segment }).count < instance.segments.count
            }.count
            print("\(name)_groups_missing_a_segment: \(lacking) groups")
        }
    }
    measure("sgp_8_4_10", StandardInstances.socialGolfers())
    measure("groups_120x5_mixed", StandardInstances.bootcamp(rounds: 5))
    measure("groups_120x10_mixed", StandardInstances.bootcamp(rounds: 10))
    reseatFigure()
}

/// Issue 5's "done when": the demo bootcamp (48 participants, 4 segments, 4 tables, 8 hosts, three
/// rules) has run its morning; six people go home at lunch; the session is seated again, the
/// morning's groups kept (the median of 5 seatings).
func reseatFigure() {
    let plan = PlanLoader.load(text: DemoPlans.text(.da), defaultLanguage: .da).plan!
    var state = SessionState(plan: plan)
    var seq: Int64 = 0
    func record(_ facts: [Fact]) {
        for fact in facts {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: Date(), actor: "bench", fact: fact))
        }
    }
    let seed: UInt64 = 42
    record([.dayStarted])
    for block in ["p1", "p2", "p3", "p4", "p5", "p6"] {
        record([.blockStarted(block: block)])
        guard case .success(let day) = SessionSeating.make(state, seed: seed) else { return }
        record(SessionSeating.formationFacts(starting: block, state: state, seating: day))
    }
    record(plan.participants.prefix(6).map { .attendanceMarked(name: $0.name, status: .left) })
    var runs: [Double] = []
    var result: Result<DaySeating, SeatingProblem> = .failure(SeatingProblem("not run"))
    for _ in 0..<5 { runs.append(milliseconds { result = SessionSeating.make(state, seed: seed) }) }
    guard case .success(let day) = result else {
        print("reseat_48_after_lunch_failed: 1 count")
        return
    }
    report("reseat_48_after_lunch_ms", runs.sorted()[2], "ms")
    print("reseat_48_after_lunch_rounds: \(day.entries.filter { state.formations[$0.round.id] == nil }.count) rounds")
}
