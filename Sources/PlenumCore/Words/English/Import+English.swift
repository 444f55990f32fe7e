/// The sentences of an imported plan's top comment: in English.
extension EnglishImport: ImportVocabulary {
    func header(_ source: String) -> String {
        "Imported by `plenum import` from \(source). Check what was guessed:"
    }
    var warningsHeading: String {
        "Warnings (also printed when importing):"
    }
    var kindsHeading: String {
        "kinds of block, from the words in their titles:"
    }
    func kind(_ block: ImportedBlock) -> String {
        let place = "line \(block.line)"
        let reason = block.kindWord.map { "(\"\($0)\")" } ?? "(no word; plenum assumed)"
        return "\(place): \"\(block.title)\" → \(block.kind.rawValue) \(reason)"
    }
    func lastsUntilNext(_ block: ImportedBlock) -> String {
        let end = block.start + block.minutes
        return "\"\(block.title)\" (line \(block.line)) had only a start time and lasts until the next time, \(end)"
    }
    func afternoon(_ reading: String) -> String {
        "12-hour time read as afternoon: \(reading)"
    }
    func anchor(_ block: ImportedBlock, at: ClockTime) -> String {
        "\"\(block.title)\" starts after a gap, so it has at = \"\(at)\""
    }
    func columns(_ names: [String], line: Int) -> String {
        let list = names.joined(separator: ", ")
        return "the columns (heading on line \(line)): \(list); after the time the first is the title, the rest notes"
    }
    var tablesComment: String {
        "guessed: set the room's tables and groups"
    }
    var tablesGuess: String {
        "[tables] is a guess (4 tables of 2 groups): set what the room has"
    }
    func endOfDay(_ end: ClockTime) -> String {
        "the last time without a length, \(end), is the end of the day (end)"
    }
    func days(_ number: Int, of count: Int, label: String?, files: [String]) -> String {
        let name = label.map { " (\($0))" } ?? ""
        let others = files.isEmpty ? "" : "; the plans: " + files.joined(separator: ", ")
        return "day \(number) of \(count)\(name)\(others)"
    }
    func yearMissing(_ dayMonth: String) -> String {
        "the date \(dayMonth) has no year: add date = YYYY-MM-DD"
    }
    func language(_ language: Language) -> String {
        "language \"en\""
    }
    var defaultTitle: String { "Imported agenda" }
    func dayNumber(_ n: Int) -> String { "day \(n)" }
    var processHeading: String { "The process:" }
    func phase(_ title: String, line: Int, span: DateSpan?) -> String {
        let days = span.map { "\($0.from) – \($0.to)" } ?? "no year: add from and to"
        return "phase \"\(title)\" (line \(line)) → \(days)"
    }
    func milestones(_ lines: [Int]) -> String {
        let list = lines.map(String.init).joined(separator: ", ")
        return "milestones: dates without a time (lines \(list))"
    }
    func planPerDay(_ files: [String]) -> String {
        "one plan per day: " + files.joined(separator: ", ")
    }
    func carried(_ block: ImportedBlock, from days: [String], what: CarriedSource.What) -> String {
        let list = days.joined(separator: ", ")
        let key = block.kind == .groups && block.cards.isEmpty ? "cards_from" : "material_from"
        let thing = what == .quickWins ? "quick wins" : "themes"
        return "\"\(block.title)\" → \(key): the \(thing) of \(list), once those days are held"
    }
    func merge(_ block: ImportedBlock) -> String {
        "\"\(block.title)\" → formation = \"table\" (the groups at each table merge)"
    }
    func present(_ block: ImportedBlock, _ who: Block.Presenters) -> String {
        "\"\(block.title)\" → present = \"\(who.rawValue)\" (they present in turn)"
    }
    func questions(_ list: ImportedQuestions) -> String {
        let interval = list.interval.map { ", a card every \($0) minutes (card_minutes)" } ?? ""
        return "\"\(list.heading)\" (line \(list.line)): \(list.count) questions → cards of \"\(list.block)\"\(interval)"
    }
    func line(_ number: Int?) -> String {
        guard let number else { return "" }
        return "line \(number): "
    }
    var columnNames: [String] { ["", "Who", "Where"] }
}
