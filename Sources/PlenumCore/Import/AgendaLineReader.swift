/// A time as an agenda writes it: "9:00", "09.00", "1:30 pm", "kl. 9".
struct WrittenTime: Sendable, Equatable {
    /// Before and after noon, where the text says so.
    enum Meridiem: Sendable { case am, pm }

    var hour: Int
    var minute: Int
    var meridiem: Meridiem?
    /// 1-based column where the time starts.
    var column: Int
    /// How it was written, for messages.
    var text: String

    /// The clock time the text means on its own (am/pm applied, 12-hour otherwise unresolved).
    var clock: ClockTime {
        var h = hour
        if meridiem == .pm, h < 12 { h += 12 }
        if meridiem == .am, h == 12 { h = 0 }
        return ClockTime(hour: h, minute: minute)
    }
}

/// A day as an agenda writes it: "06.02.19", "17. februar", "2019-02-06", "March 3".
struct WrittenDate: Sendable, Equatable {
    var day: Int
    var month: Int
    var year: Int?

    /// The calendar day, where the year is known and the day exists.
    var planDate: PlanDate? {
        guard let year else { return nil }
        let date = PlanDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }
}

/// What one agenda line holds: a day header, a time or range with its text, a dated process step,
/// or plain text.
struct AgendaLineReading: Sendable, Equatable {
    /// What kind of line it is.
    enum Shape: Sendable, Equatable {
        case timed, dayHeader, datedNote, text
    }

    var shape: Shape = .text
    var weekday: String?
    var date: WrittenDate?
    /// "Day 2", "Dag 3".
    var dayNumber: Int?
    var start: WrittenTime?
    var end: WrittenTime?
    /// The text after the times (or after the date), columns still tab-separated.
    var rest: String = ""
    /// A time-looking token that is no time of day ("25:00", "12.75"), and its column.
    var impossibleTime: (text: String, column: Int)?

    static func == (a: AgendaLineReading, b: AgendaLineReading) -> Bool {
        a.shape == b.shape && a.weekday == b.weekday && a.date == b.date && a.dayNumber == b.dayNumber
            && a.start == b.start && a.end == b.end && a.rest == b.rest
            && a.impossibleTime?.text == b.impossibleTime?.text
    }
}

/// Reads one cleaned agenda line from the left: bullet, weekday, date, "kl.", time, range, text.
struct AgendaLineReader {
    private let characters: [Character]
    private var index = 0

    private init(_ line: String) { characters = Array(line) }

    /// What the line holds.
    static func read(_ line: String) -> AgendaLineReading {
        var reader = AgendaLineReader(line)
        return reader.readLine()
    }

    private mutating func readLine() -> AgendaLineReading {
        var reading = AgendaLineReading()
        skipBullet()
        let weekdayStart = index
        if let word = peekWord(), AgendaWords.weekdays.contains(word.lowercased().strippingEnds(of: ".,:")) {
            advance(word.count)
            reading.weekday = word.lowercased().strippingEnds(of: ".,:")
            skipSeparators()
            for filler in ["d.", "den", "the", "d"] where peekWord()?.lowercased() == filler {
                advance(filler.count)
                skipSeparators()
            }
        }
        if let date = readDate() {
            reading.date = date
            skipSeparators()
        }
        if reading.weekday == nil, reading.date == nil, let word = peekWord(),
           AgendaWords.dayWords.contains(word.lowercased()) {
            let save = index
            advance(word.count)
            skipSpaces()
            if let number = readNumber(maxDigits: 2), !(peekIs(":") || peekIs(".")) || !peekDigit(offset: 1) {
                reading.dayNumber = number
                skipSeparators()
            } else {
                index = save
            }
        }
        let beforeTime = index
        let hadClockWord = skipClockWords()
        switch readTime(hourOnly: hadClockWord) {
        case .time(let start):
            reading.start = start
            readRangeEnd(into: &reading)
            skipTrailingPunctuation()
            reading.shape = .timed
        case .impossible(let text, let column):
            reading.impossibleTime = (text, column)
            index = beforeTime
        case .none:
            index = beforeTime
        }
        reading.rest = String(characters[index...]).strippingEnds(of: " \t-–—:|,")
        if reading.shape != .timed, let weekday = reading.weekday, weekday.count <= 4, reading.date == nil {
            // "Man kan …" starts a sentence, not Monday: short weekday names need a date or a time.
            reading.weekday = nil
        }
        if reading.shape != .timed {
            if reading.weekday != nil || reading.dayNumber != nil {
                reading.shape = .dayHeader
            } else if reading.date != nil {
                reading.shape = reading.rest.isEmpty ? .dayHeader : .datedNote
            } else {
                index = weekdayStart
                reading.rest = String(characters[index...]).strippingEnds(of: " \t")
            }
        }
        return reading
    }

    private mutating func readRangeEnd(into reading: inout AgendaLineReading) {
        let save = index
        skipSpaces()
        var separated = false
        if let c = peek(), "-–—−~".contains(c) {
            advance(1)
            if peekIs("-") { advance(1) }
            separated = true
        } else if let word = peekWord(), AgendaWords.rangeWords.contains(word.lowercased()) {
            advance(word.count)
            separated = true
        }
        guard separated else {
            index = save
            return
        }
        skipSpaces()
        _ = skipClockWords()
        if case .time(let end) = readTime(hourOnly: true) {
            reading.end = end
        } else {
            index = save
        }
    }

    private enum TimeReading {
        case time(WrittenTime)
        case impossible(String, Int)
        case none
    }

    /// H:MM, HH.MM, with am/pm; a bare hour only after "kl." or as a range's end ("11:30 - 12 Closing",
    /// but not "9:00 - 10 minutters pause").
    private mutating func readTime(hourOnly: Bool) -> TimeReading {
        let start = index
        guard let hour = readNumber(maxDigits: 2) else { return .none }
        var minute = 0
        var hasMinutes = false
        if let c = peek(), c == ":" || c == "." || c == "h", peekDigit(offset: 1), peekDigit(offset: 2), !peekDigit(offset: 3) {
            // "06.02.19" is a date, not a time.
            if c == ".", peekIs(".", offset: 3) || peekIs("/", offset: 3), peekDigit(offset: 4) {
                index = start
                return .none
            }
            advance(1)
            minute = readNumber(maxDigits: 2) ?? 0
            hasMinutes = true
        }
        if !hasMinutes {
            // A bare hour counts only after "kl." or as a range's end, and not before a word of
            // amount ("10 minutter", "12 deltagere").
            var ahead = index
            while ahead < characters.count, characters[ahead] == " " { ahead += 1 }
            let next = ahead < characters.count ? characters[ahead] : nil
            let word = String(characters[ahead...].prefix { $0.isLetter }).lowercased()
            let amountWords = ["min", "tim", "hour", "pers", "delt", "people", "gang", "stk"]
            let wordFollows = (next?.isLetter ?? false) && peekMeridiem() == nil
                && amountWords.contains { word.hasPrefix($0) }
            let notAnHour = peek().map { $0 == "%" || $0 == "," || $0 == "/" || $0 == "." && peekDigit(offset: 1) } ?? false
            guard hourOnly, !wordFollows, !notAnHour else {
                index = start
                return .none
            }
        }
        let text = String(characters[start..<index])
        let meridiem = readMeridiem()
        guard hour < 24, minute < 60, meridiem == nil || (1...12).contains(hour) else {
            return .impossible(text, start + 1)
        }
        return .time(WrittenTime(hour: hour, minute: minute, meridiem: meridiem, column: start + 1, text: text))
    }

    private func peekMeridiem() -> WrittenTime.Meridiem? {
        var copy = self
        return copy.readMeridiem()
    }

    private mutating func readMeridiem() -> WrittenTime.Meridiem? {
        let save = index
        skipSpaces()
        let candidates: [(String, WrittenTime.Meridiem)] = [("a.m.", .am), ("p.m.", .pm), ("am", .am), ("pm", .pm)]
        for (word, value) in candidates where matches(word) {
            let after = index + word.count
            if after < characters.count, characters[after].isLetter { continue }
            advance(word.count)
            return value
        }
        index = save
        return nil
    }

    /// "06.02.19", "6/2-2019", "2019-02-06", "17. februar 2019", "17 Feb", "March 3rd, 2019", "17.2.".
    private mutating func readDate() -> WrittenDate? {
        let start = index
        if let iso = readISODate() { return iso }
        index = start
        if let day = readNumber(maxDigits: 2) {
            if let c = peek(), c == "." || c == "/" || c == "-", peekDigit(offset: 1) {
                advance(1)
                if let month = readNumber(maxDigits: 2), (1...12).contains(month), (1...31).contains(day) {
                    if let c2 = peek(), c2 == c || (c == "/" && c2 == "-"), peekDigit(offset: 1) {
                        advance(1)
                        let yearStart = index
                        if let year = readNumber(maxDigits: 4), !peekIs(":"), !(peekIs(".") && peekDigit(offset: 1)) {
                            let digits = index - yearStart
                            if digits == 2 || digits == 4 {
                                return WrittenDate(day: day, month: month, year: digits == 2 ? 2000 + year : year)
                            }
                        }
                    } else if c == "/" || (c == "." && peekIs(".") && !peekDigit(offset: 1)) {
                        if c == "." { advance(1) }
                        return WrittenDate(day: day, month: month, year: nil)
                    }
                }
                index = start
                return nil
            }
            if peekIs(".") { advance(1) }
            skipSpaces()
            if let word = peekWord(), let month = AgendaWords.months[word.lowercased().strippingEnds(of: ".,")],
               (1...31).contains(day) {
                advance(word.count)
                return WrittenDate(day: day, month: month, year: readYear())
            }
            index = start
            return nil
        }
        if let word = peekWord(), let month = AgendaWords.months[word.lowercased().strippingEnds(of: ".,")],
           word.count > 3 || word.hasSuffix(".") {
            advance(word.count)
            skipSpaces()
            if let day = readNumber(maxDigits: 2), (1...31).contains(day), !peekIs(":"), !(peekIs(".") && peekDigit(offset: 1)) {
                for suffix in ["st", "nd", "rd", "th"] where matches(suffix) { advance(2) }
                return WrittenDate(day: day, month: month, year: readYear())
            }
        }
        index = start
        return nil
    }

    private mutating func readISODate() -> WrittenDate? {
        guard let year = readNumber(maxDigits: 4), year >= 1900, peekIs("-") else { return nil }
        advance(1)
        guard let month = readNumber(maxDigits: 2), peekIs("-") else { return nil }
        advance(1)
        guard let day = readNumber(maxDigits: 2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return WrittenDate(day: day, month: month, year: year)
    }

    /// ", 2019" or " 2019" after a day and month.
    private mutating func readYear() -> Int? {
        let save = index
        if peekIs(",") { advance(1) }
        skipSpaces()
        let digitsStart = index
        if let year = readNumber(maxDigits: 4), index - digitsStart == 4, !peekIs(":"), !peekIs(".") || !peekDigit(offset: 1) {
            return year
        }
        index = save
        return nil
    }

    // MARK: characters

    private func peek(offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private func peekIs(_ c: Character, offset: Int = 0) -> Bool { peek(offset: offset) == c }

    private func peekDigit(offset: Int) -> Bool { peek(offset: offset).map { $0.isASCII && $0.isNumber } ?? false }

    private mutating func advance(_ n: Int) { index = min(characters.count, index + n) }

    private func matches(_ word: String) -> Bool {
        let letters = Array(word)
        guard index + letters.count <= characters.count else { return false }
        for (k, letter) in letters.enumerated() where characters[index + k].lowercased() != String(letter) {
            return false
        }
        return true
    }

    /// The letters from here (with one trailing "."), without consuming them.
    private func peekWord() -> String? {
        var end = index
        while end < characters.count, characters[end].isLetter { end += 1 }
        guard end > index else { return nil }
        if end < characters.count, characters[end] == "." { end += 1 }
        return String(characters[index..<end])
    }

    private mutating func readNumber(maxDigits: Int) -> Int? {
        var end = index
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        guard end > index, end - index <= maxDigits, let value = Int(String(characters[index..<end])) else { return nil }
        index = end
        return value
    }

    private mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" { advance(1) }
    }

    private mutating func skipSeparators() {
        while let c = peek(), " \t,:–—-|".contains(c) { advance(1) }
    }

    private mutating func skipBullet() {
        skipSpaces()
        if let c = peek(), "-*•·–>".contains(c), peek(offset: 1) == " " || peek(offset: 1) == "\t" {
            advance(1)
            skipSpaces()
        }
    }

    private mutating func skipTrailingPunctuation() {
        skipSpaces()
        while let c = peek(), ":.,)|".contains(c) {
            advance(1)
            skipSpaces()
        }
    }

    /// "kl.", "Kl", "klokken", "ca." before a time; whether any was there.
    private mutating func skipClockWords() -> Bool {
        var found = false
        while let word = peekWord(), AgendaWords.clockWords.contains(word.lowercased()) {
            advance(word.count)
            skipSpaces()
            found = true
        }
        return found
    }
}
