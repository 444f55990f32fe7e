import Foundation

/// What an invitation letter or an email says in its sentences rather than in its agenda: the
/// meeting's date and times inside a sentence ("mødet … den 31. oktober 2012, kl. 16:15 - 18:15 i
/// Stormgade 4"), the theme in quotes, and how often the questions are dealt ("med 7 - 10
/// minutters mellemrum").
enum LetterReading {
    /// The meeting a sentence announces.
    struct Meeting {
        var date: WrittenDate
        var start: ClockTime
        var end: ClockTime
        /// The phrase in quotes, if the sentence has one: the meeting's theme.
        var title: String?
        /// The place after the times ("i Stormgade 4, stuen").
        var venue: String?
    }

    /// The meeting announced somewhere inside `line` (not at its start: such a line is a timed row):
    /// a date followed by a time range.
    static func meeting(in line: String) -> Meeting? {
        let characters = Array(line)
        guard characters.count <= 600 else { return nil }
        for k in 1..<max(1, characters.count) {
            let before = characters[k - 1]
            guard !before.isLetter, !before.isNumber, characters[k].isLetter || characters[k].isNumber else { continue }
            let reading = AgendaLineReader.read(String(characters[k...]))
            guard reading.shape == .timed, let date = reading.date, let start = reading.start, let end = reading.end,
                  end.clock > start.clock else { continue }
            var venue: String?
            let rest = reading.rest
            for word in ["i ", "på ", "in ", "at ", "hos ", "í "] where rest.lowercased().hasPrefix(word) {
                let place = String(rest.dropFirst(word.count)).strippingEnds(of: " .")
                if !place.isEmpty, place.count <= 80 { venue = place }
            }
            return Meeting(date: date, start: start.clock, end: end.clock, title: quoted(line), venue: venue)
        }
        return nil
    }

    /// The first phrase in quotes ("…", “…”, „…“, «…»).
    static func quoted(_ line: String) -> String? {
        let pairs: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("„", "“"), ("«", "»"), ("”", "”")]
        for (open, close) in pairs {
            guard let start = line.firstIndex(of: open) else { continue }
            let after = line.index(after: start)
            guard let end = line[after...].firstIndex(of: close) else { continue }
            let phrase = String(line[after..<end]).strippingEnds(of: " ")
            if phrase.count >= 3 { return phrase }
        }
        return nil
    }

    private static let intervalPatterns: [(NSRegularExpression, Bool)] = [
        (#"(\d{1,2})\s*(?:-|–|til|to|till)\s*(\d{1,2})\s*minut\w*\s+(?:mellemrum|mellanrum|mellomrom|interval|apart)"#, true),
        (#"(?:hvert|hver|every|var|hvart)\s+(\d{1,2})\s*(?:-|–|til|to|till)\s*(\d{1,2})(?:\.|:e)?\s*min"#, true),
        (#"(\d{1,2})\s*minut\w*\s+(?:mellemrum|mellanrum|mellomrom|interval|apart)"#, false),
        (#"(?:hvert|hver|every|var|hvart)\s+(\d{1,2})(?:\.|:e)?\s*min"#, false),
    ].compactMap { pattern, range in
        (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])).map { ($0, range) }
    }

    /// The minutes between cards a sentence gives: "med 7 - 10 minutters mellemrum" → 8 (the middle,
    /// rounded down), "every 10 minutes" → 10.
    static func cardInterval(in line: String) -> Int? {
        let range = NSRange(line.startIndex..., in: line)
        for (pattern, isRange) in intervalPatterns {
            guard let match = pattern.firstMatch(in: line, range: range) else { continue }
            func number(_ k: Int) -> Int? {
                Range(match.range(at: k), in: line).flatMap { Int(line[$0]) }
            }
            guard let first = number(1), first >= 1 else { continue }
            if isRange, let second = number(2), second >= first { return (first + second) / 2 }
            return first
        }
        return nil
    }
}
