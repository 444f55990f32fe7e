import PlenumCore

/// The texts of undo and of the questions the console asks first.
public protocol UndoWords: Sendable {
    // Questions
    var jumpTitle: String { get }
    func jumpQuestion(_ title: String) -> String
    func jumpSkips(_ n: Int) -> String
    func fixedAt(_ t: ClockTime) -> String
    func andMore(_ n: Int) -> String
    var endDayTitle: String { get }
    func endDayQuestion(_ last: String) -> String
    var endDayReopenNote: String { get }
    var reopenTitle: String { get }
    func reopenQuestion(_ last: String?) -> String
    var dropTitle: String { get }
    // Undo: the words of what was taken back (the sentence is built in the extension below)
    var dayOpenAgain: String { get }
    /// "Fortrudt: +1 min på »Dialog«. u fortryder den før."
    func undone(_ what: String) -> String
    /// A block's title in the language's quotes.
    func quoted(_ title: String) -> String
    func peopleMarked(_ n: Int, _ status: String) -> String
    func checkInMarks(_ n: Int) -> String
    func catchUpOf(_ blocks: Int) -> String
    var undoneDayStart: String { get }
    func undoneStart(_ title: String) -> String
    var undonePause: String { get }
    var undoneResume: String { get }
    func undoneExtension(_ minutes: Int, _ title: String) -> String
    func undoneCard(_ card: Int, _ title: String) -> String
    func undoneEdit(_ title: String) -> String
    func undoneInsert(_ title: String) -> String
    func undoneDrop(_ title: String) -> String
    func undoneTrack(_ track: Int) -> String
    func undoneWalkIn(_ name: String) -> String
    var undoneStage: String { get }
    /// What `u` took back when it was a move on the quick wins screen (`Q`).
    var undoneQuickWinsOrder: String { get }
    var undoneLastChange: String { get }
}

extension UIVocabulary {
    /// What an undo took back, as the console says it: "Fortrudt: +1 min på »Dialog«."
    public func undoneMessage(_ entries: [JournalEntry], state: SessionState) -> String {
        let facts = entries.map(\.fact)
        if facts.contains(where: { if case .dayEnded = $0 { return true }; return false }) { return dayOpenAgain }
        return undone(undoneWhat(facts, state: state))
    }

    func undoneWhat(_ facts: [Fact], state: SessionState) -> String {
        let title = { (id: BlockID) in quoted(state.item(id)?.block.title ?? id) }
        let marks = facts.compactMap { fact -> (String, Fact.Attendance)? in
            if case .attendanceMarked(let name, let status) = fact { return (name, status) }
            return nil
        }
        if marks.count > 1 {
            if Set(marks.map(\.1)).count == 1, let status = marks.first?.1 { return peopleMarked(marks.count, attendanceWord(status)) }
            return checkInMarks(marks.count)
        }
        let edits = facts.filter { if case .blockEdited = $0 { return true }; return false }
        if edits.count > 1 { return catchUpOf(edits.count) }
        if facts.contains(.dayStarted) { return undoneDayStart }
        for fact in facts {
            switch fact {
            case .blockStarted(let id): return undoneStart(title(id))
            case .paused: return undonePause
            case .resumed: return undoneResume
            case .extended(let id, let m): return undoneExtension(m, title(id))
            case .cardDealt(let id, let card): return undoneCard(card + 1, title(id))
            case .blockEdited(let id, _, _, _): return undoneEdit(title(id))
            case .blockInserted(_, _, let t, _, _): return undoneInsert(quoted(t))
            case .blockDropped(let id): return undoneDrop(title(id))
            case .trackAdvanced(_, let track): return undoneTrack(track + 1)
            case .attendanceMarked(let name, let status): return "\(name): \(attendanceWord(status))"
            case .walkInAdded(let name, _): return undoneWalkIn(name)
            case .stageShown: return undoneStage
            case .quickWinsOrdered: return undoneQuickWinsOrder
            case .voteClosed(let id, let closed): return undoneClose(title(id), closed: closed)
            default: continue
            }
        }
        return undoneLastChange
    }
}
