import Foundation
import Testing
@testable import PlenumCore

/// The csv's timestamps, formatted once a minute, say what Foundation's formatter says for every
/// second: across a summer-time change, before 1970, and in a zone whose offset was not whole minutes.
@Suite struct MinuteTimestampsTests {
    func full(_ zone: TimeZone) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f
    }

    @Test(arguments: [("Europe/Copenhagen", 1_774_744_000.0), ("Europe/Copenhagen", 1_792_893_000.0),
                      ("Africa/Monrovia", 31_000_000.0), ("America/St_Johns", -1_000_000.0)])
    func everySecondAsTheFormatterSaysIt(_ zone: String, _ from: Double) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var timestamps = MinuteTimestamps(timeZone: timeZone)
        let formatter = full(timeZone)
        var differing: [String] = []
        // Two hours around the change (or the date) in steps of 7.3 s, and back a little now and then.
        var t = from - 3600
        while t < from + 3600 {
            let date = Date(timeIntervalSince1970: t)
            let mine = timestamps.string(from: date), theirs = formatter.string(from: date)
            if mine != theirs { differing.append("\(t): \(mine) ≠ \(theirs)") }
            t += Int(t) % 11 == 0 ? -40 : 7.3
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
