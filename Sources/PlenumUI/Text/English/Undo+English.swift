import PlenumCore

/// The texts of undo and of the questions the console asks first: in English.
extension EnglishUI: UndoWords {
    var jumpTitle: String { "Skip ahead?" }
    func jumpQuestion(_ title: String) -> String { "Start “\(title)” now?" }
    func jumpSkips(_ n: Int) -> String {
        "That skips \(n == 1 ? "this block" : "these \(n) blocks"):"
    }
    func fixedAt(_ t: ClockTime) -> String { "(fixed at \(t))" }
    func andMore(_ n: Int) -> String { "… and \(n) more" }
    var endDayTitle: String { "End the day?" }
    func endDayQuestion(_ last: String) -> String {
        "“\(last)” is the day's last block. End it, and with it the day?"
    }
    var endDayReopenNote: String {
        "An ended day can be opened again with Space."
    }
    var reopenTitle: String { "Open the day again?" }
    func reopenQuestion(_ last: String?) -> String {
        guard let last else { return "The day is over. Open it again?" }
        return "The day is over. Open it again, so that “\(last)” goes on as if the day had not ended?"
    }
    var dropTitle: String { "Drop block" }
    var dayOpenAgain: String { "The day is open again." }
    func undone(_ what: String) -> String { "Undone: \(what). u undoes the one before." }
    func quoted(_ title: String) -> String { "“\(title)”" }
    func peopleMarked(_ n: Int, _ status: String) -> String { "\(Plural.count(n, "person", "people")) marked “\(status)”" }
    func checkInMarks(_ n: Int) -> String { "\(n) check-in marks" }
    func catchUpOf(_ blocks: Int) -> String { "the catch-up (\(Plural.count(blocks, "block", "blocks")))" }
    var undoneDayStart: String { "starting the day" }
    func undoneStart(_ title: String) -> String { "starting \(title)" }
    var undonePause: String { "the pause" }
    var undoneResume: String { "resuming after the pause" }
    func undoneExtension(_ minutes: Int, _ title: String) -> String { (minutes > 0 ? "+" : "") + "\(minutes) min on " + title }
    func undoneCard(_ card: Int, _ title: String) -> String { "card \(card) in \(title)" }
    func undoneEdit(_ title: String) -> String { "the edit of \(title)" }
    func undoneInsert(_ title: String) -> String { "inserting \(title)" }
    func undoneDrop(_ title: String) -> String { "dropping \(title)" }
    func undoneTrack(_ track: Int) -> String { "track \(track) moving on" }
    func undoneWalkIn(_ name: String) -> String { "walk-in \(name)" }
    var undoneStage: String { "the stage switch" }
    var undoneQuickWinsOrder: String { "the quick wins' new order" }
    var undoneLastChange: String { "the last change" }
}
