/// A stretch of calendar days, inclusive: a phase of a process ("Forår 2020" → 1 March–31 May 2020).
public struct DateSpan: Sendable, Equatable {
    public var from: PlanDate
    public var to: PlanDate

    public init(from: PlanDate, to: PlanDate) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: PlanDate) -> Bool { from <= date && date <= to }
}

/// Reads the periods people write for the phases of a process — a season ("Forår 2020", "Efterår
/// 2020", "spring 2021", "höst 2020"), a part of a month ("Primo april", "ultimo maj 2019", "early
/// March"), or a month with its year ("Marts 2019") — into a span of days. A period without a year
/// takes `year` (the year of the dates around it); without either it has no span.
public enum PeriodText {
    /// What a line starts with, when it starts with a period: the words as written, the span (when a
    /// year is known) and the rest of the line.
    public struct Reading: Sendable, Equatable {
        public var phrase: String
        public var span: DateSpan?
        public var rest: String
    }

    private enum Part { case early, middle, late, whole }

    private static let seasons: [String: Int] = [
        "forår": 3, "foråret": 3, "vår": 3, "våren": 3, "spring": 3, "vor": 3,
        "sommer": 6, "sommeren": 6, "sommar": 6, "sommaren": 6, "summer": 6, "sumar": 6,
        "efterår": 9, "efteråret": 9, "høst": 9, "høsten": 9, "höst": 9, "hösten": 9, "autumn": 9, "fall": 9, "haust": 9,
        "vinter": 12, "vinteren": 12, "vintern": 12, "winter": 12, "vetur": 12,
    ]
    private static let parts: [String: Part] = [
        "primo": .early, "medio": .middle, "ultimo": .late, "early": .early, "mid": .middle, "late": .late,
        "start": .early, "begyndelsen": .early, "starten": .early, "midten": .middle, "slutningen": .late,
        "slutten": .late, "början": .early, "mitten": .middle, "slutet": .late, "end": .late,
    ]
    /// Little words between a part and its month ("begyndelsen af april", "end of May").
    private static let fillers: Set<String> = ["af", "av", "of", "i", "in", "på", "the"]

    /// The period a line starts with, or nil. A season or a month counts only with a year ("Marts
    /// 2019") or a part ("Primo april"), so a line such as "April er travl" is not a phase.
    public static func read(_ line: String, year defaultYear: Int?) -> Reading? {
        let words = tokens(line)
        guard !words.isEmpty else { return nil }
        var k = 0
        var part: Part = .whole
        var season: Int?
        var month: Int?
        if let p = parts[words[0].lower] {
            part = p
            k = 1
            while k < words.count, fillers.contains(words[k].lower) { k += 1 }
        }
        guard k < words.count else { return nil }
        if part == .whole, let s = seasons[words[k].lower] {
            season = s
        } else if let m = AgendaWords.months[words[k].lower], words[k].lower.count >= 3 {
            month = m
        } else {
            return nil
        }
        k += 1
        var year: Int?
        if k < words.count, words[k].lower.count == 4, let y = Int(words[k].lower), (1900...2200).contains(y) {
            year = y
            k += 1
        }
        // A season or month alone ('Sommer og sol') is no period; with a year or a part it is.
        if part == .whole, year == nil { return nil }
        let end = k < words.count ? words[k].start : line.endIndex
        let phrase = String(line[..<end]).strippingEnds(of: " \t:,-–—")
        let rest = String(line[end...]).strippingEnds(of: " \t:,-–—")
        let span = (year ?? defaultYear).map { y in
            season.map { seasonSpan($0, year: y) } ?? monthSpan(month ?? 1, part: part, year: y)
        }
        return Reading(phrase: phrase, span: span, rest: rest)
    }

    private static func seasonSpan(_ firstMonth: Int, year: Int) -> DateSpan {
        let from = PlanDate(year: year, month: firstMonth, day: 1)
        let lastMonth = firstMonth + 2
        let toYear = lastMonth > 12 ? year + 1 : year
        let month = lastMonth > 12 ? lastMonth - 12 : lastMonth
        return DateSpan(from: from, to: PlanDate(year: toYear, month: month, day: days(in: month, of: toYear)))
    }

    private static func monthSpan(_ month: Int, part: Part, year: Int) -> DateSpan {
        let last = days(in: month, of: year)
        let (a, b): (Int, Int)
        switch part {
        case .early: (a, b) = (1, 10)
        case .middle: (a, b) = (11, 20)
        case .late: (a, b) = (21, last)
        case .whole: (a, b) = (1, last)
        }
        return DateSpan(from: PlanDate(year: year, month: month, day: a), to: PlanDate(year: year, month: month, day: b))
    }

    static func days(in month: Int, of year: Int) -> Int {
        var day = 31
        while day > 28, !PlanDate(year: year, month: month, day: day).isValid { day -= 1 }
        return day
    }

    private struct Token { var lower: String; var start: String.Index }

    /// Words (letters or digits) with where each starts.
    private static func tokens(_ line: String) -> [Token] {
        var result: [Token] = []
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index].isLetter || line[index].isNumber else {
                index = line.index(after: index)
                continue
            }
            let start = index
            while index < line.endIndex, line[index].isLetter || line[index].isNumber { index = line.index(after: index) }
            result.append(Token(lower: line[start..<index].lowercased(), start: start))
            if result.count >= 6 { break }
        }
        return result
    }
}
