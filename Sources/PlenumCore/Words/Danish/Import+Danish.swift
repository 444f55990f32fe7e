/// The sentences of an imported plan's top comment: in Danish.
extension DanishImport: ImportVocabulary {
    func header(_ source: String) -> String {
        "Importeret med `plenum import` fra \(source). Tjek det, der er gættet:"
    }
    var warningsHeading: String {
        "Advarsler (også vist ved importen):"
    }
    var kindsHeading: String {
        "bloktyper, ud fra ordene i titlen:"
    }
    func kind(_ block: ImportedBlock) -> String {
        let place = "linje \(block.line)"
        let reason = block.kindWord.map { "(\"\($0)\")" } ?? "(intet ord; plenum antaget)"
        return "\(place): \"\(block.title)\" → \(block.kind.rawValue) \(reason)"
    }
    func lastsUntilNext(_ block: ImportedBlock) -> String {
        let end = block.start + block.minutes
        return "\"\(block.title)\" (linje \(block.line)) havde kun et starttidspunkt og varer til næste tid, \(end)"
    }
    func afternoon(_ reading: String) -> String {
        "12-timers tid læst som eftermiddag: \(reading.replacingLine())"
    }
    func anchor(_ block: ImportedBlock, at: ClockTime) -> String {
        "\"\(block.title)\" starter efter et hul og har derfor at = \"\(at)\""
    }
    func columns(_ names: [String], line: Int) -> String {
        let list = names.joined(separator: ", ")
        return "kolonnerne (overskrift i linje \(line)): \(list); efter tiden er den første titlen, resten noter"
    }
    var tablesComment: String {
        "gættet: sæt lokalets antal borde og grupper"
    }
    var tablesGuess: String {
        "[tables] er gættet (4 borde med 2 grupper): ret til lokalet"
    }
    func endOfDay(_ end: ClockTime) -> String {
        "det sidste tidspunkt uden varighed, \(end), er dagens slutning (end)"
    }
    func days(_ number: Int, of count: Int, label: String?, files: [String]) -> String {
        let name = label.map { " (\($0))" } ?? ""
        let others = files.isEmpty ? "" : "; planerne: " + files.joined(separator: ", ")
        return "dag \(number) af \(count)\(name)\(others)"
    }
    func yearMissing(_ dayMonth: String) -> String {
        "datoen \(dayMonth) har intet år: tilføj date = ÅÅÅÅ-MM-DD"
    }
    func language(_ language: Language) -> String {
        "sprog \"da\" (dansk, norsk eller svensk tekst)"
    }
    var defaultTitle: String { "Importeret dagsorden" }
    func dayNumber(_ n: Int) -> String { "dag \(n)" }
    var processHeading: String { "Forløbet:" }
    func phase(_ title: String, line: Int, span: DateSpan?) -> String {
        let days = span.map { "\($0.from) – \($0.to)" } ?? "uden år: tilføj from og to"
        return "fase \"\(title)\" (linje \(line)) → \(days)"
    }
    func milestones(_ lines: [Int]) -> String {
        let list = lines.map(String.init).joined(separator: ", ")
        return "milepæle: datoer uden klokkeslæt (linje \(list))"
    }
    func planPerDay(_ files: [String]) -> String {
        "én plan pr. dag: " + files.joined(separator: ", ")
    }
    func carried(_ block: ImportedBlock, from days: [String], what: CarriedSource.What) -> String {
        let list = days.joined(separator: ", ")
        let key = block.kind == .groups && block.cards.isEmpty ? "cards_from" : "material_from"
        let thing = what == .quickWins ? "quick wins" : "temaer"
        return "\"\(block.title)\" → \(key): \(thing) fra \(list), når de dage er holdt"
    }
    func merge(_ block: ImportedBlock) -> String {
        "\"\(block.title)\" → formation = \"table\" (grupperne ved hvert bord går sammen)"
    }
    func present(_ block: ImportedBlock, _ who: Block.Presenters) -> String {
        "\"\(block.title)\" → present = \"\(who.rawValue)\" (de fremlægger på skift)"
    }
    func questions(_ list: ImportedQuestions) -> String {
        let interval = list.interval.map { ", et kort hvert \($0). minut (card_minutes)" } ?? ""
        return "\"\(list.heading)\" (linje \(list.line)): \(list.count) spørgsmål → kort i \"\(list.block)\"\(interval)"
    }
    func line(_ number: Int?) -> String {
        guard let number else { return "" }
        return "linje \(number): "
    }
    var columnNames: [String] { ["", "Hvem", "Hvor"] }
}
