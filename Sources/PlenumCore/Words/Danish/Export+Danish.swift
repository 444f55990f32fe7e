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
}
