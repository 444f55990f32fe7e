/// A time of day in whole minutes after midnight, as a plan writes it ("16:15").
///
/// Values past 24:00 happen when a day runs past midnight; `description` wraps them.
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }

    /// `minutes` later; saturating instead of trapping, should a value ever be out of a day's range.
    public static func + (t: ClockTime, minutes: Int) -> ClockTime {
        let (sum, overflow) = t.minutes.addingReportingOverflow(minutes)
        return ClockTime(minutes: overflow ? (minutes > 0 ? Int.max : Int.min) : sum)
    }

    /// "HH:MM", wrapped into 00:00–23:59.
    public var description: String {
        let m = ((minutes % 1440) + 1440) % 1440
        return String(format2: m / 60) + ":" + String(format2: m % 60)
    }

    /// Reads "HH:MM" or "H:MM" (00:00–23:59); nil for anything else.
    public static func parse(_ text: String) -> ClockTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
        return ClockTime(hour: h, minute: m)
    }
}

extension String {
    /// A number with at least two digits, e.g. 7 → "07".
    init(format2 n: Int) {
        self = n < 10 && n >= 0 ? "0\(n)" : "\(n)"
    }
}
