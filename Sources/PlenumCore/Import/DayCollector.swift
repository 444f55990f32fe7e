/// A line with a time, gathered with the text lines that follow it.
struct AgendaEntry {
    var line: Int
    var reading: AgendaLineReading
    var title: String
    var notes: [String]
    /// Text lines after a blank line, not yet known to be the block's or the day's.
    var detached: [String] = []
}

/// The lines of one day, before times are resolved.
struct DayDraft {
    var label: String?
    var date: WrittenDate?
    var weekday: String?
    var entries: [AgendaEntry] = []
    var notes: [String] = []
    /// The day's own name, from a short line right above its header ("Bootcamp II").
    var name: String?
    /// The phase the day was written under ("Forår 2021").
    var phase: String?
    /// The end of the meeting a letter announces ("kl. 16:15 - 18:15").
    var meetingEnd: ClockTime?
}

/// A list of working questions ("Arbejdsspørgsmål" and its bullets): the cards of a block.
struct QuestionList {
    var day: Int
    var heading: String
    var line: Int
    var cards: [String] = []
    /// Minutes between cards, from a sentence such as "med 7 - 10 minutters mellemrum".
    var interval: Int?
    /// The sentences around the bullets, kept as the block's notes.
    var notes: [String] = []
}

/// A phase of a process as the text writes it ("Primo april", "Forår 2020").
struct PhaseDraft {
    var reading: PeriodText.Reading
    var line: Int
    var notes: [String] = []
}

/// A dated step with no time ("11.03.19 Procesplan skal være klar").
struct MilestoneDraft {
    var date: WrittenDate
    var title: String
    var text: String
    var line: Int
    var phase: String?
}

/// Sorts the agenda's lines into days, entries, notes, the title and the process steps.
struct DayCollector {
    var days: [DayDraft] = [DayDraft()]
    var title: String?
    var venue: String?
    var preamble: [String] = []
    var processSteps: [String] = []
    var warnings: [Diagnostic] = []
    var sawTime = false
    /// A table's heading row ("Tid | Program | Ansvarlig | Lokale"): its cells name the columns, and
    /// it is quoted in the plan's comment.
    var columnHeading: (line: Int, names: [String])?
    var sawHeader = false
    var questions: [QuestionList] = []
    var phases: [PhaseDraft] = []
    var milestones: [MilestoneDraft] = []
    /// The theme a letter gives in quotes, and the lines it replaced as the title.
    var meetingTitle: String?
    /// Whether text lines now belong to the latest phase (until a day or a time starts).
    var inPhase = false
    /// Whether bullets now are working questions.
    var inQuestions = false
    /// The last text line and where it went, while it is the line just before this one.
    var lastText: (text: String, place: TextPlace)?
    /// The latest year written, for periods without one ("Primo april").
    var knownYear: Int?

    /// Where a text line was put, so a name line can be taken back from there.
    enum TextPlace {
        case preamble, dayNotes, entryNotes, entryDetached, other
    }

    mutating func take(_ line: AgendaSourceLine) {
        let previousText = lastText
        lastText = nil
        let reading = AgendaLineReader.read(line.text)
        if let bad = reading.impossibleTime {
            warnings.append(Diagnostic(.warning, "\"\(bad.text)\" is not a time of day; the line is kept as text",
                                       at: SourcePosition(line: line.number, column: bad.column)))
        }
        if let year = reading.date?.year { knownYear = year }
        if reading.shape != .text { inQuestions = false }
        switch reading.shape {
        case .dayHeader:
            sawHeader = true
            inPhase = false
            settleDetachedText(nextEntryFollows: false)
            if !days[days.count - 1].entries.isEmpty {
                days.append(DayDraft())
            }
            let label = line.text.strippingEnds(of: " \t:,-–—")
            let current = days[days.count - 1]
            days[days.count - 1].label = current.label.map { "\($0) – \(label)" } ?? label
            days[days.count - 1].date = reading.date ?? current.date
            days[days.count - 1].weekday = reading.weekday ?? current.weekday
            if days[days.count - 1].phase == nil { days[days.count - 1].phase = phases.last?.reading.phrase }
            if let name = takeBackName(previousText) { days[days.count - 1].name = name }
        case .datedNote:
            inPhase = false
            let name = reading.date == nil ? nil : takeBackName(previousText)
            let step = name.map { $0 + " – " + line.text } ?? line.text
            processSteps.append(step)
            if let date = reading.date {
                let title = name.map { "\($0) – \(reading.rest)" } ?? reading.rest
                milestones.append(MilestoneDraft(date: date, title: title, text: step, line: line.number,
                                                 phase: phases.last?.reading.phrase))
            }
        case .timed:
            sawTime = true
            inPhase = false
            startDayIfNew(reading, line: line.text, number: line.number)
            settleDetachedText(nextEntryFollows: true)
            let columns = Self.columns(reading.rest)
            var notes: [String] = []
            let defaultNames = AgendaWords.language(of: [line.text]).imported.columnNames
            for (k, cell) in columns.enumerated().dropFirst() where !cell.isEmpty {
                let name = columnHeading.flatMap { k + 1 < $0.names.count ? $0.names[k + 1] : nil }
                    ?? (k < defaultNames.count ? defaultNames[k] : "")
                notes.append(name.isEmpty ? cell : "\(name): \(cell)")
            }
            days[days.count - 1].entries.append(AgendaEntry(line: line.number, reading: reading,
                                                            title: columns.first ?? "", notes: notes))
        case .text:
            if takeLetterLine(line, reading: reading) { return }
            let text = reading.rest
            let day = days.count - 1
            let cells = text.split(separator: "\t").map { String($0).strippingEnds(of: " ") }
            if days[day].entries.isEmpty, cells.count >= 2,
               AgendaWords.timeHeadings.contains(cells[0].lowercased()) {
                columnHeading = (line.number, cells)
                return
            }
            if let labeled = AgendaWords.labeled(text), days[day].entries.isEmpty {
                if AgendaWords.subjectLabels.contains(labeled.label), title == nil, !labeled.value.isEmpty {
                    title = labeled.value
                    return
                }
                if AgendaWords.whereLabels.contains(labeled.label), venue == nil, !labeled.value.isEmpty {
                    venue = labeled.value
                    return
                }
                if AgendaWords.whenLabels.contains(labeled.label), days[day].date == nil {
                    days[day].date = AgendaLineReader.read(labeled.value).date
                }
            }
            if let last = days[day].entries.indices.last {
                if days[day].entries[last].title.isEmpty {
                    days[day].entries[last].title = text
                } else if line.afterBlank || !days[day].entries[last].detached.isEmpty {
                    days[day].entries[last].detached.append(text)
                    lastText = (text, .entryDetached)
                } else {
                    days[day].entries[last].notes.append(text)
                    lastText = (text, .entryNotes)
                }
            } else if !sawTime, !sawHeader {
                if title == nil, !AgendaWords.isGreeting(text), !Self.isSentence(text) {
                    title = text
                } else {
                    preamble.append(text)
                    lastText = (text, .preamble)
                }
            } else {
                days[day].notes.append(text)
                lastText = (text, .dayNotes)
            }
        }
    }

    /// Text after a blank line belongs to the block before it when another time follows in the day;
    /// after the day's last time it is the day's (a greeting, a signature).
    mutating func settleDetachedText(nextEntryFollows: Bool) {
        let day = days.count - 1
        guard let last = days[day].entries.indices.last else { return }
        let detached = days[day].entries[last].detached
        days[day].entries[last].detached = []
        if nextEntryFollows {
            days[day].entries[last].notes += detached
        } else {
            days[day].notes += detached
        }
    }

    /// Ends the input: the last day's trailing text is settled.
    mutating func finish() {
        settleDetachedText(nextEntryFollows: false)
    }

    /// A timed line whose date or weekday differs from the day's starts the next day; so does a
    /// morning time after an evening one ("09:00" after "21:30": the next morning).
    private mutating func startDayIfNew(_ reading: AgendaLineReading, line: String, number: Int) {
        let current = days[days.count - 1]
        let otherDate = reading.date != nil && current.date != nil && reading.date != current.date
        let otherWeekday = reading.weekday != nil && current.weekday != nil && reading.weekday != current.weekday
        let label = Self.dayLabel(line, reading: reading)
        if (otherDate || otherWeekday), !current.entries.isEmpty {
            settleDetachedText(nextEntryFollows: false)
            days.append(DayDraft(label: label, date: reading.date, weekday: reading.weekday,
                                 phase: phases.last?.reading.phrase))
            return
        }
        if reading.date == nil, reading.weekday == nil, let start = reading.start, let evening = Self.evening(current),
           start.meridiem != .pm, start.hour < 12, start.clock < evening {
            settleDetachedText(nextEntryFollows: false)
            warnings.append(Diagnostic(.warning, "\(start.text) comes after \(evening) the evening before: a new day starts here",
                                       at: SourcePosition(line: number, column: start.column)))
            let next = current.date.map(Self.dayAfter)
            days.append(DayDraft(label: nil, date: next, weekday: nil, name: nil, phase: current.phase))
            return
        }
        if current.phase == nil { days[days.count - 1].phase = phases.last?.reading.phrase }
        if current.date == nil, let date = reading.date { days[days.count - 1].date = date }
        if current.weekday == nil, let weekday = reading.weekday { days[days.count - 1].weekday = weekday }
        if current.label == nil, reading.date != nil || reading.weekday != nil { days[days.count - 1].label = label }
    }

    /// The part of a dated row before its time: "06.02.19" of "06.02.19 kl. 09.00-13.00 …".
    static func dayLabel(_ line: String, reading: AgendaLineReading) -> String? {
        guard let start = reading.start, reading.date != nil || reading.weekday != nil else { return nil }
        var prefix = String(line.prefix(max(0, start.column - 1))).strippingEnds(of: " \t,:-–—")
        for word in ["kl.", "kl", "klokken", "klockan", "klo", "ca.", "ca", "fra", "from", "at"] {
            if prefix.lowercased().hasSuffix(" " + word) {
                prefix = String(prefix.dropLast(word.count)).strippingEnds(of: " \t,:-–—")
            }
        }
        return prefix.isEmpty ? nil : prefix
    }

    /// The columns of a row: tabs, or runs of two or more spaces, separate them.
    static func columns(_ rest: String) -> [String] {
        let cells: [Substring]
        if rest.contains("\t") {
            cells = rest.split(separator: "\t", omittingEmptySubsequences: false)
        } else {
            var parts: [Substring] = []
            var start = rest.startIndex
            var index = rest.startIndex
            while index < rest.endIndex {
                if rest[index] == " ", rest.index(after: index) < rest.endIndex, rest[rest.index(after: index)] == " " {
                    parts.append(rest[start..<index])
                    while index < rest.endIndex, rest[index] == " " { index = rest.index(after: index) }
                    start = index
                } else {
                    index = rest.index(after: index)
                }
            }
            parts.append(rest[start...])
            cells = parts
        }
        var result = cells.map { String($0).strippingEnds(of: " \t") }
        while result.count > 1, result.last == "" { result.removeLast() }
        if let first = result.first { result[0] = first.strippingEnds(of: " \t-–—:|") }
        return result
    }
}
