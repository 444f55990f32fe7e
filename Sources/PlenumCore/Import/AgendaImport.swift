/// Turns a pasted agenda ("16:15-16:30 Velkomst", "Kl. 10.15 Pause", "1:30-2:15 Breakout groups")
/// into days of blocks a plan can be written from — and, when the text holds several dates or
/// phases, the process they make. Every input line ends up in a block, a note, the comment or a
/// warning: nothing is dropped silently.
public enum AgendaImport {
    /// The agenda in `text`, or the one sentence that says why there is none (no times at all);
    /// in `language`, else the one its words are in, else (no telling words) `fallback`.
    public static func read(_ text: String, language: Language? = nil,
                            fallback: Language = .en) -> Result<ImportedAgenda, Diagnostic> {
        let lines = AgendaText.lines(text)
        let language = language ?? AgendaWords.language(of: lines.map(\.text), fallback: fallback)
        let words = language.imported
        var collector = DayCollector(words: words)
        for line in lines { collector.take(line) }
        collector.finish()
        guard collector.sawTime || !collector.phases.isEmpty else {
            return .failure(Diagnostic(.error, words.noTimes))
        }
        var warnings = collector.warnings
        var days: [ImportedDay] = []
        var processSteps = collector.processSteps
        var dayOfDraft: [Int: Int] = [:]
        for (index, draft) in collector.days.enumerated() {
            var builder = DayBuilder(draft: draft, language: language)
            builder.build()
            warnings += builder.warnings
            if builder.blocks.isEmpty {
                // A day of milestones only: its moments are steps of the process.
                processSteps += [draft.label].compactMap { $0 } + draft.notes + builder.notes
                continue
            }
            dayOfDraft[index] = days.count
            let yearless = draft.date.flatMap { $0.year == nil ? "\($0.day)/\($0.month)" : nil }
            days.append(ImportedDay(label: draft.label, date: draft.date?.planDate, dateWithoutYear: yearless,
                                    start: builder.blocks[0].start,
                                    end: builder.end ?? draft.meetingEnd, blocks: builder.blocks, notes: draft.notes + builder.notes,
                                    afternoonReadings: builder.afternoonReadings, name: draft.name, phase: draft.phase))
        }
        let phases = resolvedPhases(collector)
        guard !days.isEmpty || !phases.isEmpty else {
            return .failure(Diagnostic(.error, words.noBlocks))
        }
        let questionLists = placeQuestions(collector.questions, in: &days, dayOfDraft: dayOfDraft)
        var ids = Set<String>()
        for k in days.indices {
            guard let name = days[k].name else { continue }
            var id = Slug.of(name)
            var n = 2
            while ids.contains(id) { id = Slug.of(name) + "-\(n)"; n += 1 }
            ids.insert(id)
            days[k].id = id
        }
        CarriedMentions.link(&days)
        warnings.sort { ($0.position ?? SourcePosition(line: 0, column: 0)) < ($1.position ?? SourcePosition(line: 0, column: 0)) }
        var agenda = ImportedAgenda(language: language, title: collector.title, venue: collector.venue,
                                    preamble: collector.preamble,
                                    processSteps: processSteps, days: days, columnHeading: collector.columnHeading,
                                    warnings: warnings)
        agenda.phases = phases
        agenda.milestones = collector.milestones.map {
            ImportedMilestone(title: $0.title, date: $0.date.planDate, text: $0.text, line: $0.line, phase: $0.phase)
        }
        agenda.questionLists = questionLists
        return .success(agenda)
    }

    /// The phases with their spans; a period written without a year ("Primo april") takes the year
    /// of the dates after it, or before it.
    private static func resolvedPhases(_ collector: DayCollector) -> [ImportedPhase] {
        var dated: [(line: Int, year: Int)] = collector.milestones.compactMap { m in m.date.year.map { (m.line, $0) } }
        for day in collector.days {
            if let year = day.date?.year, let line = day.entries.first?.line { dated.append((line, year)) }
        }
        dated.sort { $0.line < $1.line }
        return collector.phases.map { phase in
            var span = phase.reading.span
            if span == nil {
                let year = dated.first { $0.line > phase.line }?.year ?? dated.last { $0.line < phase.line }?.year
                span = PeriodText.read(phase.reading.phrase, year: year)?.span
            }
            return ImportedPhase(title: phase.reading.phrase, span: span, notes: phase.notes, line: phase.line)
        }
    }

    /// Working questions become the cards of the day's dialogue block (the first groups block with
    /// "dialog" in its title, else the first groups block, else the first block that is no break).
    private static func placeQuestions(_ lists: [QuestionList], in days: inout [ImportedDay],
                                       dayOfDraft: [Int: Int]) -> [ImportedQuestions] {
        var placed: [ImportedQuestions] = []
        for list in lists where !list.cards.isEmpty {
            let day = dayOfDraft[list.day] ?? (days.isEmpty ? nil : 0)
            guard let day else { continue }
            let blocks = days[day].blocks
            let target = blocks.firstIndex { $0.kind == .groups && $0.title.lowercased().contains("dialog") && $0.cards.isEmpty }
                ?? blocks.firstIndex { $0.kind == .groups && $0.cards.isEmpty }
                ?? blocks.firstIndex { $0.kind != .break && $0.cards.isEmpty }
            guard let target else {
                days[day].notes += [list.heading] + list.notes + list.cards
                continue
            }
            days[day].blocks[target].cards = list.cards
            days[day].blocks[target].cardMinutes = list.interval
            days[day].blocks[target].notes += list.notes
            placed.append(ImportedQuestions(heading: list.heading, line: list.line, count: list.cards.count,
                                            block: blocks[target].title, interval: list.interval))
        }
        return placed
    }
}
