/// A calendar day (no time zone), as a plan's `date` gives it.
public struct PlanDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: PlanDate, b: PlanDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// ISO 8601, "2012-10-31".
    public var description: String {
        "\(year)-\(String(format2: month))-\(String(format2: day))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for weekday and arithmetic.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `days` days after this one (before it, for a negative number).
    public func adding(days: Int) -> PlanDate {
        // Howard Hinnant's civil_from_days, the inverse of `daysSinceEpoch`.
        let z = daysSinceEpoch + days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return PlanDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 }

    /// Whether the day exists in the calendar (no 31 April, 29 February only in leap years).
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
