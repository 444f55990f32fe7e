/// Turns one day's timed lines into blocks: resolves 12-hour times, gives lone times their length
/// (until the next time), makes gaps into anchors and overlaps into notes or shorter blocks, and says
/// so in a warning wherever the text had to be read differently from how it was written.
struct DayBuilder {
    let draft: DayDraft
    private(set) var blocks: [ImportedBlock] = []
    /// Milestones with no block to belong to.
    private(set) var notes: [String] = []
    private(set) var end: ClockTime?
    private(set) var warnings: [Diagnostic] = []
    private(set) var afternoonReadings: [String] = []

    /// The words of its warnings: the agenda's language.
    let words: ImportWords

    init(draft: DayDraft, language: Language = .en) {
        self.draft = draft
        self.words = language.imported
    }

    /// An entry with its times read on the day's clock.
    private struct Timed {
        var entry: AgendaEntry
        var start: ClockTime
        var end: ClockTime?
    }

    mutating func build() {
        let timed = resolveTimes()
        var cursor: ClockTime?
        for (k, item) in timed.enumerated() {
            let s = item.start
            let written = item.entry.reading
            let startColumn = written.start?.column ?? 1
            var length: Int?
            var lone = item.end == nil
            if let e = item.end {
                if e > s {
                    length = e.minutes - s.minutes
                } else if e < s {
                    warn(words.endBeforeStart(written.end?.text, start: written.start?.text ?? ""),
                         item.entry.line, written.end?.column ?? startColumn)
                    lone = true
                }
            }
            if lone, let next = timed[(k + 1)...].first(where: { $0.start >= s }), next.start > s {
                length = next.start.minutes - s.minutes
            }
            let title = blockTitle(item.entry)
            let moment = "\(s) \(title)"
            guard let length else {
                // A moment, not a stretch of time: a lone time at the end, or a zero-length range.
                let isLast = !timed[(k + 1)...].contains { $0.start > s }
                if isLast, lone, !blocks.isEmpty, cursor.map({ s >= $0 }) ?? true {
                    end = s
                    notes.append(moment)
                } else if let last = blocks.indices.last {
                    blocks[last].notes.append(moment)
                } else {
                    notes.append(moment)
                }
                continue
            }
            if let c = cursor, s < c, s > blocks.last?.start ?? s, lone, AgendaWords.kind(of: title).kind == .break,
               let next = timed.indices.contains(k + 1) ? timed[k + 1] : nil, next.start > c {
                // "kl. 17 Pause" inside a block that ends 17:05: the break starts when the block ends.
                let previous = blocks[blocks.count - 1]
                warn(words.breakInside(s, block: previous.title, from: previous.start, to: c), item.entry.line, startColumn)
                let guess = AgendaWords.kind(of: title)
                blocks.append(ImportedBlock(title: title, kind: guess.kind, kindWord: guess.word, start: c,
                                            minutes: next.start.minutes - c.minutes, at: nil, notes: item.entry.notes,
                                            line: item.entry.line, lastsUntilNextTime: true))
                cursor = next.start
                continue
            }
            if let c = cursor, s < c, let last = blocks.indices.last {
                let previous = blocks[last]
                let previousEnd = previous.start + previous.minutes
                if s < previous.start {
                    warn(words.earlierThan(written.start?.text ?? "\(s)", block: previous.title, starts: previous.start),
                         item.entry.line, startColumn)
                    blocks[last].notes.append(lone ? moment : "\(s)–\(s + length) \(title)")
                    blocks[last].notes += item.entry.notes
                    continue
                }
                if lone || s + length <= previousEnd || s == previous.start {
                    if !lone {
                        warn(words.liesInside("\(s)–\(s + length)", block: previous.title, from: previous.start, to: previousEnd),
                             item.entry.line, startColumn)
                    }
                    blocks[last].notes.append(lone ? moment : "\(s)–\(s + length) \(title)")
                    blocks[last].notes += item.entry.notes
                    continue
                }
                warn(words.startsBeforeEnd("\(s)–\(s + length)", block: previous.title, ends: previousEnd, now: s),
                     item.entry.line, startColumn)
                blocks[last].minutes = s.minutes - previous.start.minutes
                cursor = s
            }
            let guess = AgendaWords.kind(of: title)
            let at = cursor.flatMap { s > $0 ? s : nil }
            var block = ImportedBlock(title: title, kind: guess.kind, kindWord: guess.word, start: s,
                                      minutes: length, at: at, notes: item.entry.notes, line: item.entry.line,
                                      lastsUntilNextTime: lone)
            let lower = title.lowercased()
            if let merge = AgendaWords.mergeWords.first(where: { lower.contains($0) }), guess.kind != .break {
                block.kind = .groups
                block.kindWord = merge
                block.formation = .table
            } else if block.kind == .plenum, AgendaWords.presentWords.contains(where: { AgendaWords.firstWordPosition(lower, $0) != nil }),
                      lower.contains("grupp") || lower.contains("group") || lower.contains("bord") || lower.contains("table") {
                let merged = blocks.contains { $0.formation == .table }
                block.present = merged || lower.contains("bord") || lower.contains("table") ? .tables : .groups
            }
            blocks.append(block)
            cursor = s + length
        }
    }

    /// The entry's title; an entry with none says so.
    private mutating func blockTitle(_ entry: AgendaEntry) -> String {
        if !entry.title.isEmpty { return entry.title }
        warn(words.timeWithoutTitle, entry.line, entry.reading.start?.column ?? 1)
        return "?"
    }

    /// Every entry's times on a 24-hour clock. A day that never writes an hour past 12 is read as
    /// 12-hour: a time earlier than the one before it (1:30 after 12:00) is in the afternoon.
    private mutating func resolveTimes() -> [Timed] {
        let times = draft.entries.flatMap { [$0.reading.start, $0.reading.end].compactMap { $0 } }
        let twentyFourHour = times.contains { $0.meridiem == nil && ($0.hour >= 13 || $0.hour == 0) }
        var reference: ClockTime?
        var result: [Timed] = []
        for entry in draft.entries {
            guard let written = entry.reading.start else { continue }
            var readings: [String] = []
            let start = resolve(written, after: reference, twentyFourHour: twentyFourHour, readings: &readings)
            let end = entry.reading.end.map {
                resolve($0, after: start, twentyFourHour: twentyFourHour, readings: &readings)
            }
            if !readings.isEmpty {
                afternoonReadings.append(readings.joined(separator: ", ") + " (line \(entry.line))")
            }
            reference = max(start, end ?? start)
            result.append(Timed(entry: entry, start: start, end: end))
        }
        return result
    }

    private func resolve(_ time: WrittenTime, after reference: ClockTime?, twentyFourHour: Bool,
                         readings: inout [String]) -> ClockTime {
        let clock = time.clock
        guard time.meridiem == nil, !twentyFourHour, let reference, clock < reference,
              (1...11).contains(time.hour) else { return clock }
        let afternoon = clock + 720
        readings.append("\(time.text) → \(afternoon)")
        return afternoon
    }

    private mutating func warn(_ message: String, _ line: Int, _ column: Int) {
        warnings.append(Diagnostic(.warning, message, at: SourcePosition(line: line, column: column)))
    }
}
