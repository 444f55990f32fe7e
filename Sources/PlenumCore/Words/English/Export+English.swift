/// The words of the minutes and the report (`plenum export` md and html): in English.
extension EnglishExport: ExportVocabulary {
    var participants: String { "Participants" }
    var agenda: String { "Agenda: planned and actual" }
    var blockHeader: String { "Block" }
    var plannedHeader: String { "Planned" }
    var actualHeader: String { "Actual" }
    var minutesHeader: String { "Minutes" }
    var differenceHeader: String { "Difference" }
    var skipped: String { "skipped" }
    var notRun: String { "not run yet" }
    var running: String { "running" }
    var cards: String { "Questions" }
    var themes: String { "Themes" }
    var presenters: String { "Presentations" }
    var presenterHeader: String { "Presenter" }
    var noPostIts: String { "No post-its." }
    var timeline: String { "Timeline: planned (grey) and actual" }
    var made: String { "Made with plenum" }
    func votes(_ n: Int) -> String { Plural.count(n, "vote", "votes") }
    func basis(_ file: String) -> String { "Basis: \(file)" }
    var evaluation: String { "Evaluation" }
    var mean: String { "Mean" }
    var answers: String { "Answers" }
    var question: String { "Question" }
    func freeText(_ n: Int) -> String { Plural.count(n, "free-text answer", "free-text answers") }
    func respondents(_ n: Int) -> String { Plural.count(n, "response", "responses") }
}
