import Foundation

/// Turns the plan's times of day ("12:00") into moments on the session's day, and back, in the
/// session's time zone. A value, so projections stay pure and testable.
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

    /// The moment `time` on the session's day (minutes past 24:00 run into the next day).
    public func date(_ time: ClockTime) -> Date {
        let midnight = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
        return midnight.addingTimeInterval(TimeInterval(time.minutes * 60))
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
