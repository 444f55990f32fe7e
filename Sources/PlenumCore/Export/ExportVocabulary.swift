/// The words of the minutes and the report (`plenum export` md and html).
public protocol ExportVocabulary: Sendable {
    /// The language these words are in.
    var language: Language { get }
    var participants: String { get }
    var agenda: String { get }
    var blockHeader: String { get }
    var plannedHeader: String { get }
    var actualHeader: String { get }
    var minutesHeader: String { get }
    var differenceHeader: String { get }
    var skipped: String { get }
    var notRun: String { get }
    var running: String { get }
    var cards: String { get }
    var themes: String { get }
    var presenters: String { get }
    var presenterHeader: String { get }
    var noPostIts: String { get }
    var timeline: String { get }
    var made: String { get }
    func votes(_ n: Int) -> String
    // A block's basis (its material) and its evaluation (ratings)
    /// "Grundlag: survey.csv".
    func basis(_ file: String) -> String
    var evaluation: String { get }
    var mean: String { get }
    var answers: String { get }
    var question: String { get }
    func freeText(_ n: Int) -> String
    func respondents(_ n: Int) -> String
}

extension ExportVocabulary {
    public var quickWins: String { "Quick wins" }

    public var quickWin: String { "Quick win" }

    /// "12 min", or "–" for a presenter who did not present.
    public func presenterMinutes(_ seconds: Double) -> String {
        seconds <= 0 ? "–" : "\(Int((seconds / 60).rounded())) min"
    }

    public func postItCount(_ n: Int) -> String { Plural.count(n, "post-it", "post-its") }

    public func kindTitle(_ kind: String) -> String { kind.prefix(1).uppercased() + kind.dropFirst() }
}

extension ExportVocabulary {
    /// The words of plan reports in the same language.
    public var report: ReportWords { language.report }
}

/// Minutes over or under the plan as every language writes them: "+3", "-5" or "±0".
public enum MinutesOver {
    public static func text(_ m: Int) -> String {
        if m == 0 { return "±0" }
        return m > 0 ? "+\(m)" : "\(m)"
    }
}
