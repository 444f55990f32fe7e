/// The parts of a letter, an email or a process plan that are not rows of an agenda: working
/// questions under a heading, the minutes between them, periods that head a phase, the meeting a
/// sentence announces, and a day's name on the line above its header.
extension DayCollector {
    /// Takes a text line that is one of these; false when it is ordinary text.
    mutating func takeLetterLine(_ line: AgendaSourceLine, reading: AgendaLineReading) -> Bool {
        let text = reading.rest
        let day = days.count - 1
        if inQuestions, let last = questions.indices.last {
            if let bullet = Self.bulletText(line.text) {
                questions[last].cards.append(bullet)
                return true
            }
            if let minutes = LetterReading.cardInterval(in: text) {
                questions[last].interval = minutes
                questions[last].notes.append(text)
                return true
            }
            if questions[last].cards.isEmpty, text.hasSuffix(":") {
                questions[last].notes.append(text)
                return true
            }
            inQuestions = false
        }
        if AgendaWords.questionHeadings.contains(text.lowercased().strippingEnds(of: " :")) {
            questions.append(QuestionList(day: day, heading: text.strippingEnds(of: " :"), line: line.number))
            inQuestions = true
            return true
        }
        if let minutes = LetterReading.cardInterval(in: text), let last = questions.indices.last, questions[last].interval == nil {
            questions[last].interval = minutes
        }
        if let period = PeriodText.read(text, year: knownYear) {
            phases.append(PhaseDraft(reading: period, line: line.number, notes: period.rest.isEmpty ? [] : [period.rest]))
            inPhase = true
            settleDetachedText(nextEntryFollows: false)
            return true
        }
        if inPhase, let last = phases.indices.last {
            phases[last].notes.append(text)
            lastText = (text, .other)
            return true
        }
        if !sawTime, days[day].entries.isEmpty, let meeting = LetterReading.meeting(in: text) {
            // The date of writing was read as the day's header: it stays a note of the letter.
            if let written = days[day].label, days[day].date != meeting.date {
                preamble += [days[day].name, written].compactMap { $0 }
                days[day].label = nil
                days[day].name = nil
            }
            days[day].date = meeting.date
            days[day].meetingEnd = meeting.end
            if let theme = meeting.title, meetingTitle == nil {
                meetingTitle = theme
                if let old = title { preamble.insert(old, at: 0) }
                title = theme
            }
            if venue == nil { venue = meeting.venue }
            preamble.append(text)
            knownYear = meeting.date.year ?? knownYear
            return true
        }
        return false
    }

    /// The text of a bullet ("• …", "- …", "1. …", "2) …"), or nil for a line that is none.
    static func bulletText(_ line: String) -> String? {
        let trimmed = line.strippingEnds(of: " \t")
        if let first = trimmed.first, "-*•·–▪◦>".contains(first), trimmed.dropFirst().first == " " {
            return String(trimmed.dropFirst(2)).strippingEnds(of: " \t")
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = trimmed.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return String(rest.dropFirst(2)).strippingEnds(of: " \t")
            }
        }
        return nil
    }

    /// A short line just above a day header or a dated step is its name ("Bootcamp II"): it is
    /// taken back from where it was put. Sentences and the agenda's title are not names.
    mutating func takeBackName(_ previous: (text: String, place: TextPlace)?) -> String? {
        guard let previous, !Self.isSentence(previous.text), !previous.text.hasSuffix(":"),
              !(previous.text.first?.isNumber ?? true),
              previous.text.split(separator: " ").count <= 8 else { return nil }
        let day = days.count - 1
        switch previous.place {
        case .preamble:
            guard preamble.last == previous.text else { return nil }
            preamble.removeLast()
        case .dayNotes:
            let owner = days[day].notes.last == previous.text ? day : day - 1
            guard owner >= 0, days[owner].notes.last == previous.text else { return nil }
            days[owner].notes.removeLast()
        case .entryDetached:
            let owner = days[day].entries.isEmpty ? day - 1 : day
            guard owner >= 0, let entry = days[owner].entries.indices.last else { return nil }
            if days[owner].entries[entry].detached.last == previous.text {
                days[owner].entries[entry].detached.removeLast()
            } else if days[owner].notes.last == previous.text {
                days[owner].notes.removeLast()
            } else {
                return nil
            }
        case .entryNotes, .other:
            return nil
        }
        return previous.text
    }

    /// A sentence rather than a title: it ends like one ("…:", "….", "…!") and has several words.
    static func isSentence(_ text: String) -> Bool {
        guard let last = text.last, ".:!?".contains(last) else { return false }
        return text.split(separator: " ").count >= 5
    }

    /// The latest time of `day` when it reaches the evening (17:00 or later, written so), else nil.
    static func evening(_ day: DayDraft) -> ClockTime? {
        let times = day.entries.flatMap { [$0.reading.start, $0.reading.end].compactMap { $0 } }
        guard let latest = times.map(\.clock).max(), latest.minutes >= 17 * 60,
              times.contains(where: { $0.meridiem != nil || $0.hour >= 17 }) else { return nil }
        return latest
    }

    /// The day after `date` (the same year when it has none).
    static func dayAfter(_ date: WrittenDate) -> WrittenDate {
        let next = PlanDate(year: date.year ?? 2001, month: date.month, day: date.day).adding(days: 1)
        return WrittenDate(day: next.day, month: next.month, year: date.year == nil ? nil : next.year)
    }
}
