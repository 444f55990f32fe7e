import Foundation
import PlenumCore
import PlenumSession

/// `plenum-bench --follow SESSION N NAME`: one writer and one follower (another connection, as
/// another terminal) on an existing session, a file or a server URL. Each of N appends is timed
/// from the call to its durable commit (`NAME_commit_p50/p99_ms`), and from the commit to the
/// moment the follower has read it (`NAME_commit_to_other_p50/p99_ms`): the follower checks
/// `hasChangedElsewhere()` every 0.2 ms and reads the journal when it says so, as a console does
/// on each refresh (the console refreshes at least every 250 ms, and at once on a key).
func followFigures(location text: String, count: Int, name: String) throws {
    let password = ServerPassword()
    let location = try SessionLocation(text, defaultUser: ProcessInfo.processInfo.environment["USER"] ?? "plenum")
    let writer = try location.open(password: password)
    let follower = try location.open(readOnly: true, password: password)
    var seen = try follower.entries().last?.seq ?? 0
    _ = follower.hasChangedElsewhere()
    var commits: [Double] = [], propagation: [Double] = []
    for n in 0..<count {
        let start = DispatchTime.now().uptimeNanoseconds
        let written = try writer.append([.voted(id: "follow-bench", delta: n % 2 == 0 ? 1 : -1)], actor: "bench", at: Date(), id: UUID())
        let committed = DispatchTime.now().uptimeNanoseconds
        let wanted = written.last?.seq ?? 0
        let deadline = committed + 10_000_000_000
        while seen < wanted, DispatchTime.now().uptimeNanoseconds < deadline {
            if follower.hasChangedElsewhere() {
                seen = try follower.entries(after: seen).last?.seq ?? seen
            } else {
                usleep(200)
            }
        }
        guard seen >= wanted else { throw JournalError("the follower did not see fact \(wanted) within 10 s") }
        let read = DispatchTime.now().uptimeNanoseconds
        commits.append(Double(committed - start) / 1e6)
        propagation.append(Double(read - committed) / 1e6)
    }
    func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }
    print(String(format: "%@_commit_p50_ms: %.2f ms", name, percentile(commits, 0.5)))
    print(String(format: "%@_commit_p99_ms: %.2f ms", name, percentile(commits, 0.99)))
    print(String(format: "%@_commit_to_other_p50_ms: %.2f ms", name, percentile(propagation, 0.5)))
    print(String(format: "%@_commit_to_other_p99_ms: %.2f ms", name, percentile(propagation, 0.99)))
}
