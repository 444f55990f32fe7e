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
}
