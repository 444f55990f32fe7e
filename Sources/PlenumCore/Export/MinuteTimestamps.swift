import Foundation

/// Times as "yyyy-MM-dd HH:mm:ss" in one time zone, with Foundation's formatter asked once a
/// minute and the seconds written by hand: a csv of 100,000 post-its spent 15 % of its time
/// formatting dates, and a day's post-its come many to a minute.
struct MinuteTimestamps {
    private let minutes: DateFormatter
    private let seconds: DateFormatter
    private let timeZone: TimeZone
    private var minute: Int64 = .min
    /// The minute's "yyyy-MM-dd HH:mm", or nil when the zone's offset then is not whole minutes.
    private var prefix: String?

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        func formatter(_ format: String) -> DateFormatter {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = timeZone
            f.dateFormat = format
            return f
        }
        minutes = formatter("yyyy-MM-dd HH:mm")
        seconds = formatter("yyyy-MM-dd HH:mm:ss")
    }

    mutating func string(from date: Date) -> String {
        // As ICU does: to the millisecond first (a journal's times are whole milliseconds), then the second.
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let whole = milliseconds >= 0 ? milliseconds / 1000 : -((-milliseconds + 999) / 1000)
        let start = whole - ((whole % 60) + 60) % 60
        if start != minute {
            minute = start
            let at = Date(timeIntervalSince1970: Double(start))
            prefix = timeZone.secondsFromGMT(for: at) % 60 == 0 ? minutes.string(from: at) : nil
        }
        guard let prefix else { return seconds.string(from: date) }
        let second = whole - start
        return prefix + (second < 10 ? ":0" : ":") + String(second)
    }
}
