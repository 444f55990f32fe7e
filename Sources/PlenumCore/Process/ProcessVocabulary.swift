/// The words of the process timeline, its learning and its reports.
public protocol ProcessVocabulary: Sendable {
    /// The language these words are in.
    var language: Language { get }
    func state(_ state: DayState) -> String
    var milestone: String { get }
    var today: String { get }
    var phase: String { get }
    var timeline: String { get }
    var learning: String { get }
    var theme: String { get }
    var noTheme: String { get }
    var nothingHeld: String { get }
    var noLearning: String { get }
    var dateHeader: String { get }
    var whatHeader: String { get }
    var timeHeader: String { get }
    var stateHeader: String { get }
    var planHeader: String { get }
    var undated: String { get }
    var planProblem: String { get }
    func dots(_ n: Int) -> String
    func actor(_ name: String) -> String
    func days(_ n: Int) -> String
    func milestones(_ n: Int) -> String
    func phases(_ n: Int) -> String
    /// The items of the process screen's hint bar (`ReviewKeys.process` builds it): scrolling,
    /// switching the page, quitting.
    var scrollHint: String { get }
    var pagesHint: String { get }
    var quitHint: String { get }
    /// "tor" / "Thu".
    func weekday(_ date: PlanDate) -> String
}

extension ProcessVocabulary {
    public var quickWins: String { "Quick wins" }

    public func postIts(_ n: Int) -> String { Plural.count(n, "post-it", "post-its") }

    /// "3 faser · 4 dage · 1 milepæl", leaving out what the process has none of.
    public func counts(_ process: ProcessFile, days: Int) -> String {
        [(process.phases.count, phases), (days, self.days), (process.milestones.count, milestones)]
            .filter { $0.0 > 0 }.map { $0.1($0.0) }.joined(separator: " · ")
    }

    /// "2019-02-06 – 2019-03-11".
    public func span(_ span: DateSpan) -> String { "\(span.from) – \(span.to)" }
}
