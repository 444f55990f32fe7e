import Foundation

/// "Now" as one process sees the session: the wall clock, except that it never goes back. When the
/// wall clock is set back (a wrong clock corrected, NTP), time goes on from where it was at the
/// pace of a steady clock, and it is never earlier than the last fact in the journal. So a running
/// block's timer never jumps back, cards dealt by time stay dealt, and the facts a process writes
/// are stamped in order. A value: the caller reads the clocks and passes them in.
public struct SteadyNow: Sendable {
    private var last: (now: Date, steady: TimeInterval)?

    public init() {}

    /// The session's now, given the wall clock, a steady clock (seconds that only go forward) and
    /// the time of the last fact folded in.
    public mutating func now(wall: Date, steady: TimeInterval, notBefore floor: Date?) -> Date {
        var now = wall
        if let last { now = max(now, last.now.addingTimeInterval(max(0, steady - last.steady))) }
        if let floor { now = max(now, floor) }
        last = (now, steady)
        return now
    }
}

/// This machine's wall clock, as the session layer reads it: `{ Date() }`, or a clock set minutes
/// off in the tests that show every terminal counts down alike whatever its own clock says.
public typealias WallClock = @Sendable () -> Date
