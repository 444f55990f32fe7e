/// Turns a pasted agenda ("16:15-16:30 Velkomst", "Kl. 10.15 Pause", "1:30-2:15 Breakout groups")
/// into days of blocks a plan can be written from. Every input line ends up in a block, a note or a
/// warning: nothing is dropped silently.
public enum AgendaImport {
    /// The agenda in `text`, or the one sentence that says why there is none (no times at all).
    public static func read(_ text: String, language: Language? = nil) -> Result<ImportedAgenda, Diagnostic> {
        let lines = AgendaText.lines(text)
        var collector = DayCollector()
        for line in lines { collector.take(line) }
        collector.finish()
        guard collector.sawTime else {
            return .failure(Diagnostic(.error, "no times found; expected lines like 09:00-09:30 Title"))
        }
        var warnings = collector.warnings
        var days: [ImportedDay] = []
        var processSteps = collector.processSteps
        for draft in collector.days {
            var builder = DayBuilder(draft: draft)
            builder.build()
            warnings += builder.warnings
            if builder.blocks.isEmpty {
                // A day of milestones only: its moments are steps of the process.
                processSteps += [draft.label].compactMap { $0 } + draft.notes + builder.notes
                continue
            }
            let yearless = draft.date.flatMap { $0.year == nil ? "\($0.day)/\($0.month)" : nil }
            days.append(ImportedDay(label: draft.label, date: draft.date?.planDate, dateWithoutYear: yearless,
                                    start: builder.blocks[0].start,
                                    end: builder.end, blocks: builder.blocks, notes: draft.notes + builder.notes,
                                    afternoonReadings: builder.afternoonReadings))
        }
        guard !days.isEmpty else {
            return .failure(Diagnostic(.error, "no blocks found: every time marks a moment, not a stretch of time; "
                                       + "expected lines like 09:00-09:30 Title"))
        }
        let language = language ?? AgendaWords.language(of: lines.map(\.text))
        warnings.sort { ($0.position ?? SourcePosition(line: 0, column: 0)) < ($1.position ?? SourcePosition(line: 0, column: 0)) }
        return .success(ImportedAgenda(language: language, title: collector.title, venue: collector.venue,
                                       preamble: collector.preamble,
                                       processSteps: processSteps, days: days, columnHeading: collector.columnHeading,
                                       warnings: warnings))
    }
}

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
    private var sawHeader = false

    mutating func take(_ line: AgendaSourceLine) {
        let reading = AgendaLineReader.read(line.text)
        if let bad = reading.impossibleTime {
            warnings.append(Diagnostic(.warning, "\"\(bad.text)\" is not a time of day; the line is kept as text",
                                       at: SourcePosition(line: line.number, column: bad.column)))
        }
        switch reading.shape {
        case .dayHeader:
            sawHeader = true
            settleDetachedText(nextEntryFollows: false)
            if !days[days.count - 1].entries.isEmpty {
                days.append(DayDraft())
            }
            let label = line.text.strippingEnds(of: " \t:,-–—")
            let current = days[days.count - 1]
            days[days.count - 1].label = current.label.map { "\($0) – \(label)" } ?? label
            days[days.count - 1].date = reading.date ?? current.date
            days[days.count - 1].weekday = reading.weekday ?? current.weekday
        case .datedNote:
            processSteps.append(line.text)
        case .timed:
            sawTime = true
            startDayIfNew(reading, line: line.text)
            settleDetachedText(nextEntryFollows: true)
            let columns = Self.columns(reading.rest)
            var notes: [String] = []
            let danish = AgendaWords.language(of: [line.text]) == .da
            let defaultNames = danish ? ["", "Hvem", "Hvor"] : ["", "Who", "Where"]
            for (k, cell) in columns.enumerated().dropFirst() where !cell.isEmpty {
                let name = columnHeading.flatMap { k + 1 < $0.names.count ? $0.names[k + 1] : nil }
                    ?? (k < defaultNames.count ? defaultNames[k] : "")
                notes.append(name.isEmpty ? cell : "\(name): \(cell)")
            }
            days[days.count - 1].entries.append(AgendaEntry(line: line.number, reading: reading,
                                                            title: columns.first ?? "", notes: notes))
        case .text:
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
                } else {
                    days[day].entries[last].notes.append(text)
                }
            } else if !sawTime, !sawHeader {
                if title == nil { title = text } else { preamble.append(text) }
            } else {
                days[day].notes.append(text)
            }
        }
    }

    /// Text after a blank line belongs to the block before it when another time follows in the day;
    /// after the day's last time it is the day's (a greeting, a signature).
    private mutating func settleDetachedText(nextEntryFollows: Bool) {
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

    /// A timed line whose date or weekday differs from the day's starts the next day.
    private mutating func startDayIfNew(_ reading: AgendaLineReading, line: String) {
        let current = days[days.count - 1]
        let otherDate = reading.date != nil && current.date != nil && reading.date != current.date
        let otherWeekday = reading.weekday != nil && current.weekday != nil && reading.weekday != current.weekday
        let label = Self.dayLabel(line, reading: reading)
        if (otherDate || otherWeekday), !current.entries.isEmpty {
            settleDetachedText(nextEntryFollows: false)
            days.append(DayDraft(label: label, date: reading.date, weekday: reading.weekday))
            return
        }
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
