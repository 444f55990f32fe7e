/// The sentences of an imported plan's top comment.
protocol ImportVocabulary: Sendable {
    /// The language these words are in.
    var language: Language { get }
    func header(_ source: String) -> String
    var warningsHeading: String { get }
    var kindsHeading: String { get }
    func kind(_ block: ImportedBlock) -> String
    func lastsUntilNext(_ block: ImportedBlock) -> String
    func afternoon(_ reading: String) -> String
    func anchor(_ block: ImportedBlock, at: ClockTime) -> String
    func columns(_ names: [String], line: Int) -> String
    var tablesComment: String { get }
    var tablesGuess: String { get }
    func endOfDay(_ end: ClockTime) -> String
    func days(_ number: Int, of count: Int, label: String?, files: [String]) -> String
    func yearMissing(_ dayMonth: String) -> String
    func language(_ language: Language) -> String
    var defaultTitle: String { get }
    func dayNumber(_ n: Int) -> String
    var processHeading: String { get }
    func phase(_ title: String, line: Int, span: DateSpan?) -> String
    func milestones(_ lines: [Int]) -> String
    func planPerDay(_ files: [String]) -> String
    func carried(_ block: ImportedBlock, from days: [String], what: CarriedSource.What) -> String
    func merge(_ block: ImportedBlock) -> String
    func present(_ block: ImportedBlock, _ who: Block.Presenters) -> String
    func questions(_ list: ImportedQuestions) -> String
    func line(_ number: Int?) -> String
    /// The names of an agenda's columns after the time when it has no heading: "", "Who", "Where".
    var columnNames: [String] { get }
}

extension String {
    /// "(line 7)" in a Danish sentence.
    func replacingLine() -> String {
        var text = self
        if let range = text.range(of: "(line ") { text.replaceSubrange(range, with: "(linje ") }
        return text
    }
}
