import PlenumCore

/// The texts of `plenum review`.
public protocol ReviewWords: Sendable {
    var reviewWord: String { get }
    var plannedColumn: String { get }
    var actualColumn: String { get }
    var skippedWord: String { get }
    var notRunWord: String { get }
    var runningWord: String { get }
    func extendedBy(_ m: Int) -> String
    func daySummary(planned: String, actual: String, over: Int?) -> String
    var cardsWord: String { get }
    var noPostItsInBlock: String { get }
    func results(_ n: Int) -> String
    var typeToSearch: String { get }
    var exportTitle: String { get }
    var fileField: String { get }
    var anonymousField: String { get }
    var yes: String { get }
    var no: String { get }
    /// The items of the export form's footer (`ReviewKeys.export` builds it).
    var exportHints: ExportHints { get }
    var exportNeedsFile: String { get }
    func exported(_ path: String, bytes: Int) -> String
    func exportFailed(_ why: String) -> String
    /// The items of the review's hint bar (`ReviewKeys.timeline` builds the bar).
    var reviewHints: ReviewHints { get }
    /// The items of the bar on a block (`ReviewKeys.block` builds it).
    var reviewBlockHints: ReviewBlockHints { get }
    /// The items of the bar while searching (`ReviewKeys.results` builds it).
    var reviewSearchHints: ReviewSearchHints { get }
}

extension UIVocabulary {
    public var overColumn: String { "±" }

    public var formatField: String { "Format" }
}
