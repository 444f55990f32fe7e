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
    /// `start` (keeping every gap and anchor of the original).
    public static func shifted(_ text: String, toStart start: ClockTime) -> String {
        var delta: Int?
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("date ") || trimmed.hasPrefix("date=") { continue }
            guard let key = ["start", "end", "at"].first(where: { trimmed.hasPrefix($0 + " ") || trimmed.hasPrefix($0 + "=") }),
                  let open = line.firstIndex(of: "\""),
                  let close = line[line.index(after: open)...].firstIndex(of: "\""),
                  let time = ClockTime.parse(String(line[line.index(after: open)..<close])) else {
                lines.append(String(line))
                continue
            }
            if key == "start", delta == nil { delta = start.minutes - time.minutes }
            let moved = ClockTime(minutes: time.minutes + (delta ?? 0))
            lines.append(String(line[..<open]) + "\"\(moved)\"" + String(line[line.index(after: close)...]))
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
