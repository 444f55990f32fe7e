import Foundation
import PlenumCore
import PlenumUI

/// Seats the day on a background thread, so the console keeps answering keys while a large day
/// is seated again after a check-in. Requests for a session whose seating facts did not change are
/// free; while one seating is being made, only the newest request waits to be made next.
final class SeatingWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var cache: SeatingCache
    private var waiting: SessionState?
    private var requestedRevision: Int?
    private var busy = false
    private let queue = DispatchQueue(label: "plenum.seating", qos: .userInitiated)

    init(seed: UInt64) {
        cache = SeatingCache(seed: seed)
    }

    /// Asks for the seating of `state` when its seating facts changed since the last request.
    func request(_ state: SessionState) {
        condition.lock()
        defer { condition.unlock() }
        guard requestedRevision != state.seatingRevision else { return }
        requestedRevision = state.seatingRevision
        waiting = state
        guard !busy else { return }
        busy = true
        queue.async { self.work() }
    }

    /// The last seating made (and whether a newer one is being made).
    var latest: (cache: SeatingCache, working: Bool) {
        condition.lock()
        defer { condition.unlock() }
        return (cache, busy)
    }

    /// The seating of the newest request, waiting for it if it is still being made.
    func current() -> SeatingCache {
        condition.lock()
        defer { condition.unlock() }
        while busy { condition.wait() }
        return cache
    }

    private func work() {
        while true {
            condition.lock()
            guard let state = waiting else {
                busy = false
                condition.broadcast()
                condition.unlock()
                return
            }
            waiting = nil
            var copy = cache
            condition.unlock()
            copy.update(state)
            condition.lock()
            cache = copy
            condition.unlock()
        }
    }
}
