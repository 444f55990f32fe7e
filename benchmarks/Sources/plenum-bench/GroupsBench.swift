import Foundation
import PlenumCore
import SeatingInstances

/// The seating figures: the standard instances of issue 5, seated in this process.
func groupsFigures() {
    func measure(_ name: String, _ instance: StandardInstances.Instance) {
        var result: Result<[RoundSeating], SeatingProblem> = .failure(SeatingProblem("not run"))
        var ms = 0.0
        let cpu = threadCPUMilliseconds { ms = milliseconds { result = StandardInstances.seat(instance) } }
        guard case .success(let seatings) = result else {
            print("\(name)_failed: 1 count")
            return
        }
        report("\(name)_ms", ms, "ms")
        report("\(name)_cpu_ms", cpu, "ms")
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
    perfectRoundsFigures()
    reseatFigure()
}

/// Issue 16's table: instances whose best seating is known, each seated with seeds 1 … 6 (standard
/// effort, in-process): the most repeats and the slowest seating over the seeds.
func perfectRoundsFigures() {
    let instances: [(String, StandardInstances.Instance)] = [
        ("kirkman_15_5x3_7", StandardInstances.socialGolfers(people: 15, size: 3, rounds: 7)),
        ("sgp_6_3_8", StandardInstances.socialGolfers(people: 18, size: 3, rounds: 8)),
        ("sgp_8_4_10_seeds", StandardInstances.socialGolfers(people: 32, size: 4, rounds: 10)),
        ("sgp_10_4_10", StandardInstances.socialGolfers(people: 40, size: 4, rounds: 10)),
        ("bootcamp_48x5_8_apart", StandardInstances.bootcamp(people: 48, rounds: 5, apartRules: 8)),
        ("bootcamp_1000x5", StandardInstances.bootcamp(people: 1000, rounds: 5)),
    ]
    for (name, instance) in instances {
        var worst = 0, slowest = 0.0, slowestCPU = 0.0, seeded = 0
        var broken = 0
        for seed in 1...6 as ClosedRange<UInt64> {
            var result: Result<[RoundSeating], SeatingProblem> = .failure(SeatingProblem("not run"))
            let cpu = threadCPUMilliseconds {
                slowest = max(slowest, milliseconds { result = StandardInstances.seat(instance, seed: seed) })
            }
            slowestCPU = max(slowestCPU, cpu)
            guard case .success(let seatings) = result else { continue }
            seeded += 1
            worst = max(worst, StandardInstances.repeatedPairs(seatings))
            for seating in seatings {
                for rule in instance.rules where seating.group(of: rule.names[0]) == seating.group(of: rule.names[1]) { broken += 1 }
            }
        }
        print("\(name)_repeats_max: \(worst) pairs")
        report("\(name)_ms_max", slowest, "ms")
        report("\(name)_cpu_ms_max", slowestCPU, "ms")
        if seeded < 6 { print("\(name)_failed: \(6 - seeded) seeds") }
        if !instance.rules.isEmpty { print("\(name)_rules_broken: \(broken) pairs") }
    }
    // The first deal alone (no search), one mixed round: it grows with the people, not their square
    // (the pair-meeting table it fills is the one square part).
    for people in [1000, 4000] {
        let instance = StandardInstances.bootcamp(people: people, rounds: 1)
        let cpu = threadCPUMilliseconds {
            _ = StandardInstances.seat(instance, seed: 1, effort: Allocation.Effort(perRound: 0, whole: 0, tabu: 0))
        }
        report("first_deal_\(people)_cpu_ms", cpu, "ms")
    }
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

/// The CPU time this thread spends in `work`: what the seating costs when other processes share
/// the cores (the wall-clock figure next to it is what a user waits).
func threadCPUMilliseconds(_ work: () -> Void) -> Double {
    func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
    }
    let start = now()
    work()
    return now() - start
}
