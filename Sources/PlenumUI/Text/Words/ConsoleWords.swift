import PlenumCore

/// The console's words: status, the current block, forms, catch-up and messages.
public protocol ConsoleWords: Sendable {
    // Status
    var notStarted: String { get }
    var running: String { get }
    var pausedWord: String { get }
    var dayOver: String { get }
    func behind(_ m: Int) -> String
    func dayEnds(_ t: ClockTime, planned: ClockTime?) -> String
    func anchorLate(_ title: String, _ at: ClockTime, _ m: Int) -> String
    func endLate(_ m: Int) -> String
    var readOnly: String { get }
    var nowColumn: String { get }
    var blockColumn: String { get }
    // Current block
    func blockOf(_ n: Int, _ count: Int) -> String
    func cardOf(_ n: Int, _ count: Int) -> String
    func nextCardIn(_ t: String) -> String
    var lastCard: String { get }
    var newCard: String { get }
    func next(_ title: String) -> String
    var nextWord: String { get }
    var lastBlock: String { get }
    func backAt(_ t: ClockTime) -> String
    func presenting(_ who: String) -> String
    func presents(_ who: String) -> String
    func nextPresenter(_ who: String) -> String
    func roundOf(_ n: Int, _ count: Int) -> String
    func switchIn(_ t: String) -> String
    var atTable: String { get }
    var trackDone: String { get }
    func trackKey(_ n: Int) -> String
    var notes: String { get }
    var over: String { get }
    var left: String { get }
    func firstBlockAt(_ t: ClockTime, _ title: String) -> String
    var pressSpace: String { get }
    func endedAt(_ t: ClockTime) -> String
    var thanks: String { get }
    func weBeginAt(_ t: ClockTime) -> String
    var tooSmall: String { get }
    func atLeast(_ w: Int, _ h: Int) -> String
    // Keys
    /// The items of the agenda's hint bar (`ConsoleKeys.map` builds the bar).
    var consoleHints: ConsoleHints { get }
    /// The heading of a group of keys in the `?` help.
    func helpHeading(_ group: KeyGroup) -> String
    var helpTitle: String { get }
    var helpLines: [(String, String)] { get }
    var closeHelp: String { get }
    // Forms
    var editTitle: String { get }
    var insertTitle: String { get }
    var titleField: String { get }
    var minutesField: String { get }
    var atField: String { get }
    var kindField: String { get }
    /// The items of the block form's footer (`ConsoleKeys.form` builds it).
    var formHints: FormHints { get }
    var kindHint: String { get }
    var badMinutes: String { get }
    var badAt: String { get }
    func dropConfirm(_ title: String) -> String
    // Catch-up
    var catchUpTitle: String { get }
    var nothingToCatchUp: String { get }
    func deadlineMet(_ name: String, _ at: ClockTime) -> String
    func deadlineMissed(_ name: String, _ at: ClockTime, _ m: Int) -> String
    var endName: String { get }
    var cannotCatchUp: String { get }
    /// The items of a question's footer (Enter does it, Esc does not).
    var answerHints: AnswerHints { get }
    var closeHint: String { get }
    // Messages
    func refusal(_ r: Refusal) -> String
    func saveFailed(_ why: String) -> String
    var cardDealtMessage: String { get }
    var catchUpApplied: String { get }
}

extension UIVocabulary {

    // Agenda
    public var planColumn: String { "Plan" }

    /// As many of `items` as fit in `width` columns, followed by `always`.
    static func fit(_ items: [String], always: [String], width: Int) -> String {
        fitHints(items, always: always, width: width)
    }

    public func shorten(_ title: String, _ from: Int, _ to: Int) -> String { "\(title): \(from) → \(to) min" }
}
