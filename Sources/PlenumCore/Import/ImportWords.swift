/// The sentences of an imported plan's top comment, in the plan's language.
struct ImportWords {
    let language: Language

    init(_ language: Language) { self.language = language }

    private var da: Bool { language == .da }

    func header(_ source: String) -> String {
        da ? "Importeret med `plenum import` fra \(source). Tjek det, der er gættet:"
           : "Imported by `plenum import` from \(source). Check what was guessed:"
    }

    var warningsHeading: String {
        da ? "Advarsler (også vist ved importen):" : "Warnings (also printed when importing):"
    }

    var kindsHeading: String {
        da ? "bloktyper, ud fra ordene i titlen:" : "kinds of block, from the words in their titles:"
    }

    func kind(_ block: ImportedBlock) -> String {
        let place = da ? "linje \(block.line)" : "line \(block.line)"
        let reason = block.kindWord.map { "(\"\($0)\")" } ?? (da ? "(intet ord; plenum antaget)" : "(no word; plenum assumed)")
        return "\(place): \"\(block.title)\" → \(block.kind.rawValue) \(reason)"
    }

    func lastsUntilNext(_ block: ImportedBlock) -> String {
        let end = block.start + block.minutes
        return da ? "\"\(block.title)\" (linje \(block.line)) havde kun et starttidspunkt og varer til næste tid, \(end)"
                  : "\"\(block.title)\" (line \(block.line)) had only a start time and lasts until the next time, \(end)"
    }

    func afternoon(_ reading: String) -> String {
        da ? "12-timers tid læst som eftermiddag: \(reading.replacingLine())"
           : "12-hour time read as afternoon: \(reading)"
    }

    func anchor(_ block: ImportedBlock, at: ClockTime) -> String {
        da ? "\"\(block.title)\" starter efter et hul og har derfor at = \"\(at)\""
           : "\"\(block.title)\" starts after a gap, so it has at = \"\(at)\""
    }

    func columns(_ names: [String], line: Int) -> String {
        let list = names.joined(separator: ", ")
        return da ? "kolonnerne (overskrift i linje \(line)): \(list); efter tiden er den første titlen, resten noter"
                  : "the columns (heading on line \(line)): \(list); after the time the first is the title, the rest notes"
    }

    var tablesComment: String {
        da ? "gættet: sæt lokalets antal borde og grupper" : "guessed: set the room's tables and groups"
    }

    var tablesGuess: String {
        da ? "[tables] er gættet (4 borde med 2 grupper): ret til lokalet"
           : "[tables] is a guess (4 tables of 2 groups): set what the room has"
    }

    func endOfDay(_ end: ClockTime) -> String {
        da ? "det sidste tidspunkt uden varighed, \(end), er dagens slutning (end)"
           : "the last time without a length, \(end), is the end of the day (end)"
    }

    func days(_ number: Int, of count: Int, label: String?, files: [String]) -> String {
        let name = label.map { " (\($0))" } ?? ""
        let others = files.isEmpty ? "" : (da ? "; planerne: " : "; the plans: ") + files.joined(separator: ", ")
        return da ? "dag \(number) af \(count)\(name)\(others)" : "day \(number) of \(count)\(name)\(others)"
    }

    func yearMissing(_ dayMonth: String) -> String {
        da ? "datoen \(dayMonth) har intet år: tilføj date = ÅÅÅÅ-MM-DD"
           : "the date \(dayMonth) has no year: add date = YYYY-MM-DD"
    }

    func language(_ language: Language) -> String {
        da ? "sprog \"da\" (dansk, norsk eller svensk tekst)" : "language \"en\""
    }

    var defaultTitle: String { da ? "Importeret dagsorden" : "Imported agenda" }

    func dayNumber(_ n: Int) -> String { da ? "dag \(n)" : "day \(n)" }

    var processHeading: String { da ? "Forløbet:" : "The process:" }

    func phase(_ title: String, line: Int, span: DateSpan?) -> String {
        let days = span.map { "\($0.from) – \($0.to)" } ?? (da ? "uden år: tilføj from og to" : "no year: add from and to")
        return da ? "fase \"\(title)\" (linje \(line)) → \(days)" : "phase \"\(title)\" (line \(line)) → \(days)"
    }

    func milestones(_ lines: [Int]) -> String {
        let list = lines.map(String.init).joined(separator: ", ")
        return da ? "milepæle: datoer uden klokkeslæt (linje \(list))" : "milestones: dates without a time (lines \(list))"
    }

    func planPerDay(_ files: [String]) -> String {
        (da ? "én plan pr. dag: " : "one plan per day: ") + files.joined(separator: ", ")
    }

    func carried(_ block: ImportedBlock, from days: [String], what: CarriedSource.What) -> String {
        let list = days.joined(separator: ", ")
        let key = block.kind == .groups && block.cards.isEmpty ? "cards_from" : "material_from"
        let thing = what == .quickWins ? "quick wins" : (da ? "temaer" : "themes")
        return da ? "\"\(block.title)\" → \(key): \(thing) fra \(list), når de dage er holdt"
                  : "\"\(block.title)\" → \(key): the \(thing) of \(list), once those days are held"
    }

    func merge(_ block: ImportedBlock) -> String {
        da ? "\"\(block.title)\" → formation = \"table\" (grupperne ved hvert bord går sammen)"
           : "\"\(block.title)\" → formation = \"table\" (the groups at each table merge)"
    }

    func present(_ block: ImportedBlock, _ who: Block.Presenters) -> String {
        da ? "\"\(block.title)\" → present = \"\(who.rawValue)\" (de fremlægger på skift)"
           : "\"\(block.title)\" → present = \"\(who.rawValue)\" (they present in turn)"
    }

    func questions(_ list: ImportedQuestions) -> String {
        let interval = list.interval.map { da ? ", et kort hvert \($0). minut (card_minutes)" : ", a card every \($0) minutes (card_minutes)" } ?? ""
        return da ? "\"\(list.heading)\" (linje \(list.line)): \(list.count) spørgsmål → kort i \"\(list.block)\"\(interval)"
                  : "\"\(list.heading)\" (line \(list.line)): \(list.count) questions → cards of \"\(list.block)\"\(interval)"
    }

    func line(_ number: Int?) -> String {
        guard let number else { return "" }
        return da ? "linje \(number): " : "line \(number): "
    }
}

private extension String {
    /// "(line 7)" in a Danish sentence.
    func replacingLine() -> String {
        var text = self
        if let range = text.range(of: "(line ") { text.replaceSubrange(range, with: "(linje ") }
        return text
    }
}
