/// The built-in demo days (the bootcamp in Danish, the workshop in English), moved in time so the
/// day starts when the demo does.
public enum DemoPlans {
    /// The demo plan's text for a language, with the texts of the material files it names (as a
    /// session keeps them), so the demo needs no files.
    public static func text(_ language: Language) -> String {
        switch language {
        case .da: PlanLoader.text(bootcampText, holding: bootcampMaterials)
        case .en: workshopText
        }
    }

    /// `text` with `date` removed and `start`, `end` and every `at` moved so the day starts at
    /// `start` (keeping every gap and anchor of the original). A plan's times are times of one
    /// day, so a day that would run past midnight from `start` is placed to end at 23:59 instead:
    /// in the evening the demo starts behind its plan rather than not at all.
    public static func shifted(_ text: String, toStart start: ClockTime) -> String {
        let times = timeLines(text)
        guard let first = times.first(where: { $0.key == "start" }) ?? times.first else { return text }
        let latest = times.map(\.time.minutes).max() ?? first.time.minutes
        let lastStart = ClockTime(minutes: 23 * 60 + 59 - (latest - first.time.minutes))
        let delta = min(start, lastStart).minutes - first.time.minutes
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("date ") || trimmed.hasPrefix("date=") { continue }
            guard let found = timeLine(line) else {
                lines.append(String(line))
                continue
            }
            let moved = ClockTime(minutes: found.time.minutes + delta)
            lines.append(String(line[..<found.open]) + "\"\(moved)\"" + String(line[line.index(after: found.close)...]))
        }
        return lines.joined(separator: "\n")
    }

    /// Every `start`, `end` and `at` line's time, in order.
    private static func timeLines(_ text: String) -> [(key: String, time: ClockTime)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            timeLine(line).map { ($0.key, $0.time) }
        }
    }

    /// The key, the quoted time and where its quotes are, of a `start`, `end` or `at` line.
    private static func timeLine(_ line: Substring) -> (key: String, time: ClockTime, open: Substring.Index, close: Substring.Index)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let key = ["start", "end", "at"].first(where: { trimmed.hasPrefix($0 + " ") || trimmed.hasPrefix($0 + "=") }),
              let open = line.firstIndex(of: "\""),
              let close = line[line.index(after: open)...].firstIndex(of: "\""),
              let time = ClockTime.parse(String(line[line.index(after: open)..<close])) else { return nil }
        return (key, time, open, close)
    }
}

import Foundation
