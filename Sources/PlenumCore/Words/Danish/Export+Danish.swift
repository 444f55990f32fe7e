/// The words of the minutes and the report (`plenum export` md and html): in Danish.
extension DanishExport: ExportVocabulary {
    var participants: String { "Deltagere" }
    var agenda: String { "Dagsorden: plan og forløb" }
    var blockHeader: String { "Blok" }
    var plannedHeader: String { "Planlagt" }
    var actualHeader: String { "Faktisk" }
    var minutesHeader: String { "Minutter" }
    var differenceHeader: String { "Afvigelse" }
    var skipped: String { "sprunget over" }
    var notRun: String { "ikke afholdt endnu" }
    var running: String { "i gang" }
    var cards: String { "Spørgsmål" }
    var themes: String { "Temaer" }
    var presenters: String { "Fremlæggelser" }
    var presenterHeader: String { "Fremlægger" }
    var noPostIts: String { "Ingen post-its." }
    var timeline: String { "Tidslinje: plan (grå) og forløb" }
    var made: String { "Lavet med plenum" }
    func votes(_ n: Int) -> String { Plural.count(n, "prik", "prikker") }
    func basis(_ file: String) -> String { "Grundlag: \(file)" }
    var evaluation: String { "Evaluering" }
    var mean: String { "Gennemsnit" }
    var answers: String { "Svar" }
    var question: String { "Spørgsmål" }
    func freeText(_ n: Int) -> String { "\(Plural.count(n, "svar", "svar")) i fritekst" }
    func respondents(_ n: Int) -> String { Plural.count(n, "besvarelse", "besvarelser") }
}
