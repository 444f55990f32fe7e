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
    var jumpHint: String { "Enter skips ahead · Esc cancels" }
    var endDayTitle: String { "End the day?" }
    func endDayQuestion(_ last: String) -> String {
        "“\(last)” is the day's last block. End it, and with it the day?"
    }
    var endDayReopenNote: String {
        "An ended day can be opened again with Space."
    }
    var endDayHint: String { "Enter ends the day · Esc cancels" }
    var reopenTitle: String { "Open the day again?" }
    func reopenQuestion(_ last: String?) -> String {
        guard let last else { return "The day is over. Open it again?" }
        return "The day is over. Open it again, so that “\(last)” goes on as if the day had not ended?"
    }
    var reopenHint: String { "Enter opens the day · Esc cancels" }
    var dropTitle: String { "Drop block" }
    func undoneMessage(_ entries: [JournalEntry], state: SessionState) -> String {
        let facts = entries.map(\.fact)
        if facts.contains(where: { if case .dayEnded = $0 { return true }; return false }) {
            return "The day is open again."
        }
        let what = undoneWhat(facts, state: state)
        return "Undone: \(what). u undoes the one before."
    }
    func undoneWhat(_ facts: [Fact], state: SessionState) -> String {
        func title(_ id: BlockID) -> String {
            let t = state.item(id)?.block.title ?? id
            return "“\(t)”"
        }
        let marks = facts.compactMap { fact -> (String, Fact.Attendance)? in
            if case .attendanceMarked(let name, let status) = fact { return (name, status) }
            return nil
        }
        if marks.count > 1 {
            let n = marks.count
            if Set(marks.map(\.1)).count == 1, let status = marks.first?.1 {
                return "\(Plural.count(n, "person", "people")) marked “\(attendanceWord(status))”"
            }
            return "\(n) check-in marks"
        }
        let edits = facts.filter { if case .blockEdited = $0 { return true }; return false }
        if edits.count > 1 {
            return "the catch-up (\(Plural.count(edits.count, "block", "blocks")))"
        }
        if facts.contains(.dayStarted) { return "starting the day" }
        for fact in facts {
            switch fact {
            case .blockStarted(let id): return "starting \(title(id))"
            case .paused: return "the pause"
            case .resumed: return "resuming after the pause"
            case .extended(let id, let m):
                return (m > 0 ? "+" : "") + "\(m) min " + "on " + title(id)
            case .cardDealt(let id, let card): return "card \(card + 1) in \(title(id))"
            case .blockEdited(let id, _, _, _): return "the edit of \(title(id))"
            case .blockInserted(_, _, let t, _, _): return "inserting “\(t)”"
            case .blockDropped(let id): return "dropping \(title(id))"
            case .trackAdvanced(_, let track): return "track \(track + 1) moving on"
            case .attendanceMarked(let name, let status): return "\(name): \(attendanceWord(status))"
            case .walkInAdded(let name, _): return "walk-in \(name)"
            case .stageShown: return "the stage switch"
            default: continue
            }
        }
        return "the last change"
    }
}
