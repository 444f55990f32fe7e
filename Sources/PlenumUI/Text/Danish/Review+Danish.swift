import PlenumCore

/// The texts of `plenum review`: in Danish.
extension DanishUI: ReviewWords {
    var reviewWord: String { "gennemsyn" }
    var plannedColumn: String { "Plan" }
    var actualColumn: String { "Faktisk" }
    var skippedWord: String { "sprunget over" }
    var notRunWord: String { "ikke kørt" }
    var runningWord: String { "i gang" }
    func extendedBy(_ m: Int) -> String { "forlænget \(m > 0 ? "+" : "")\(m)" }
    func daySummary(planned: String, actual: String, over: Int?) -> String {
        let overText = over.map { $0 == 0 ? "til tiden"
            : ($0 > 0 ? "\($0) min over" : "\(-$0) min før") }
        return "Dagen: plan \(planned) · faktisk \(actual)"
            + (overText.map { " · " + $0 } ?? "")
    }
    var cardsWord: String { "Spørgsmål" }
    var noPostItsInBlock: String { "Ingen post-its i blokken." }
    func results(_ n: Int) -> String {
        Plural.count(n, "post-it", "post-its") + " fundet"
    }
    var typeToSearch: String { "Skriv for at søge i alle post-its" }
    var exportTitle: String { "Eksportér" }
    var fileField: String { "Fil" }
    var anonymousField: String { "Anonym" }
    var yes: String { "ja" }
    var no: String { "nej" }
    var exportHints: ExportHints {
        ExportHints(field: "Tab felt", choose: "←/→ vælg", write: "Enter skriv", cancel: "Esc fortryd")
    }
    var exportNeedsFile: String { "Skriv et filnavn." }
    func exported(_ path: String, bytes: Int) -> String {
        let size = bytes < 10_000 ? "\(bytes) B" : "\(bytes / 1000) kB"
        return "Skrevet: \(path) (\(size))"
    }
    func exportFailed(_ why: String) -> String { "Ikke skrevet: \(why)" }
    var reviewHints: ReviewHints {
        ReviewHints(block: "↑↓ blok", open: "Enter åbn", search: "/ søg", themes: "T temaer", export: "x eksportér", quit: "q afslut")
    }
    var reviewBlockHints: ReviewBlockHints {
        ReviewBlockHints(scroll: "↑↓ rul", block: "←→ forrige/næste blok", back: "Esc tilbage")
    }
    var reviewSearchHints: ReviewSearchHints {
        ReviewSearchHints(choose: "↑↓ vælg", open: "Enter åbn blokken", again: "/ ny søgning", back: "Esc tilbage")
    }
}
