import PlenumCore

/// The texts of undo and of the questions the console asks first.
public protocol UndoWords: Sendable {
    // Questions
    var jumpTitle: String { get }
    func jumpQuestion(_ title: String) -> String
    func jumpSkips(_ n: Int) -> String
    func fixedAt(_ t: ClockTime) -> String
    func andMore(_ n: Int) -> String
    var jumpHint: String { get }
    var endDayTitle: String { get }
    func endDayQuestion(_ last: String) -> String
    var endDayReopenNote: String { get }
    var endDayHint: String { get }
    var reopenTitle: String { get }
    func reopenQuestion(_ last: String?) -> String
    var reopenHint: String { get }
    var dropTitle: String { get }
    // Undo
    /// What an undo took back, as the console says it: "Fortrudt: +1 min på »Dialog«."
    func undoneMessage(_ entries: [JournalEntry], state: SessionState) -> String
    func undoneWhat(_ facts: [Fact], state: SessionState) -> String
}
