/// The words of the minutes and the report (`plenum export` md and html), in the plan's language.
public struct ExportWords: Sendable {
    public let language: Language
    public let report: ReportWords

    public init(_ language: Language) {
        self.language = language
        report = ReportWords(language)
    }

    private var da: Bool { language == .da }

    public var participants: String { da ? "Deltagere" : "Participants" }
    public var agenda: String { da ? "Dagsorden: plan og forløb" : "Agenda: planned and actual" }
    public var blockHeader: String { da ? "Blok" : "Block" }
    public var plannedHeader: String { da ? "Planlagt" : "Planned" }
    public var actualHeader: String { da ? "Faktisk" : "Actual" }
    public var minutesHeader: String { da ? "Minutter" : "Minutes" }
    public var differenceHeader: String { da ? "Afvigelse" : "Difference" }
    public var skipped: String { da ? "sprunget over" : "skipped" }
    public var notRun: String { da ? "ikke afholdt endnu" : "not run yet" }
    public var running: String { da ? "i gang" : "running" }
    public var cards: String { da ? "Spørgsmål" : "Questions" }
    public var themes: String { da ? "Temaer" : "Themes" }
    public var quickWins: String { "Quick wins" }
    public var quickWin: String { "Quick win" }
    public var presenters: String { da ? "Fremlæggelser" : "Presentations" }
    public var presenterHeader: String { da ? "Fremlægger" : "Presenter" }
    /// "12 min", or "–" for a presenter who did not present.
    public func presenterMinutes(_ seconds: Double) -> String {
        seconds <= 0 ? "–" : "\(Int((seconds / 60).rounded())) min"
    }
    public var noPostIts: String { da ? "Ingen post-its." : "No post-its." }
    public var timeline: String { da ? "Tidslinje: plan (grå) og forløb" : "Timeline: planned (grey) and actual" }
    public var made: String { da ? "Lavet med plenum" : "Made with plenum" }
    public func votes(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "prik" : "prikker")" : "\(n) \(n == 1 ? "vote" : "votes")" }
    public func postItCount(_ n: Int) -> String { "\(n) post-it\(n == 1 ? "" : "s")" }
    /// "+3", "-5" or "±0" (the same in every language).
    public static func minutesOver(_ m: Int) -> String {
        if m == 0 { return "±0" }
        return m > 0 ? "+\(m)" : "\(m)"
    }
    public func kindTitle(_ kind: String) -> String { kind.prefix(1).uppercased() + kind.dropFirst() }
}
