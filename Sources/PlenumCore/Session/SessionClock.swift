import Foundation

/// Turns the plan's times of day ("12:00") into moments on the session's day, and back, in the
/// session's time zone. A value, so projections stay pure and testable.
///
/// Plan times are wall-clock times: "04:00" is when the clocks in the room say 04:00, also on a
/// day the clocks change. A time the clocks skip (02:30 on a spring-forward night) is as many
/// minutes after the jump as it names after its start (03:30); a time they show twice (02:30 on
/// a fall-back night) is the first of the two.
public struct SessionClock: Sendable {
    public var day: PlanDate
    public var timeZone: TimeZone

    public init(day: PlanDate, timeZone: TimeZone) {
        self.day = day
        self.timeZone = timeZone
    }

    private var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        return c
    }

    /// The moment `time` on the session's day (minutes past 24:00 are that time on the next day).
    public func date(_ time: ClockTime) -> Date {
        let days = Int((Double(time.minutes) / 1440).rounded(.down))
        let minutes = time.minutes - days * 1440
        let on = day.adding(days: days)
        let parts = DateComponents(year: on.year, month: on.month, day: on.day, hour: minutes / 60, minute: minutes % 60)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: TimeInterval(on.daysSinceEpoch * 86400 + minutes * 60))
    }

    /// The time of day of `date`, to the minute (rounded down).
    public func time(_ date: Date) -> ClockTime {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return ClockTime(hour: c.hour ?? 0, minute: c.minute ?? 0)
    }

    /// The local day of `date`.
    public static func day(of date: Date, in timeZone: TimeZone) -> PlanDate {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        let parts = c.dateComponents([.year, .month, .day], from: date)
        return PlanDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
