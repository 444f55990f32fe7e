import PlenumCore

/// The texts of undo and of the questions the console asks first, in Danish and English.
extension UIStrings {
    // Questions
    public var jumpTitle: String { da ? "Spring frem?" : "Skip ahead?" }
    public func jumpQuestion(_ title: String) -> String { da ? "Start »\(title)« nu?" : "Start “\(title)” now?" }
    public func jumpSkips(_ n: Int) -> String {
        da ? "Det springer \(n == 1 ? "denne blok" : "disse \(n) blokke") over:"
           : "That skips \(n == 1 ? "this block" : "these \(n) blocks"):"
    }
    public func fixedAt(_ t: ClockTime) -> String { da ? "(fast kl. \(t))" : "(fixed at \(t))" }
    public func andMore(_ n: Int) -> String { da ? "… og \(n) til" : "… and \(n) more" }
    public var jumpHint: String { da ? "Enter springer frem · Esc fortryder" : "Enter skips ahead · Esc cancels" }
    public var endDayTitle: String { da ? "Afslut dagen?" : "End the day?" }
    public func endDayQuestion(_ last: String) -> String {
        da ? "»\(last)« er dagens sidste blok. Afslut den og dermed dagen?"
           : "“\(last)” is the day's last block. End it, and with it the day?"
    }
    public var endDayReopenNote: String {
        da ? "En afsluttet dag kan åbnes igen med mellemrum." : "An ended day can be opened again with Space."
    }
    public var endDayHint: String { da ? "Enter afslutter dagen · Esc fortryder" : "Enter ends the day · Esc cancels" }
    public var reopenTitle: String { da ? "Åbn dagen igen?" : "Open the day again?" }
    public func reopenQuestion(_ last: String?) -> String {
        guard let last else { return da ? "Dagen er slut. Åbn den igen?" : "The day is over. Open it again?" }
        return da ? "Dagen er slut. Åbn den igen, så »\(last)« fortsætter, som om dagen ikke var sluttet?"
                  : "The day is over. Open it again, so that “\(last)” goes on as if the day had not ended?"
    }
    public var reopenHint: String { da ? "Enter åbner dagen · Esc fortryder" : "Enter opens the day · Esc cancels" }
    public var dropTitle: String { da ? "Fjern blok" : "Drop block" }

    // Undo
    /// What an undo took back, as the console says it: "Fortrudt: +1 min på »Dialog«."
    public func undoneMessage(_ entries: [JournalEntry], state: SessionState) -> String {
        let facts = entries.map(\.fact)
        if facts.contains(where: { if case .dayEnded = $0 { return true }; return false }) {
            return da ? "Dagen er åbnet igen." : "The day is open again."
        }
        let what = undoneWhat(facts, state: state)
        return da ? "Fortrudt: \(what). u fortryder den før." : "Undone: \(what). u undoes the one before."
    }

    private func undoneWhat(_ facts: [Fact], state: SessionState) -> String {
        func title(_ id: BlockID) -> String {
            let t = state.item(id)?.block.title ?? id
            return da ? "»\(t)«" : "“\(t)”"
        }
        let marks = facts.compactMap { fact -> (String, Fact.Attendance)? in
            if case .attendanceMarked(let name, let status) = fact { return (name, status) }
            return nil
        }
        if marks.count > 1 {
            let n = marks.count
            if Set(marks.map(\.1)).count == 1, let status = marks.first?.1 {
                return da ? "\(Plural.count(n, "person", "personer")) markeret »\(attendanceWord(status))«"
                          : "\(Plural.count(n, "person", "people")) marked “\(attendanceWord(status))”"
            }
            return da ? "\(n) markeringer ved indtjekningen" : "\(n) check-in marks"
        }
        let edits = facts.filter { if case .blockEdited = $0 { return true }; return false }
        if edits.count > 1 {
            return da ? "indhentningen (\(Plural.count(edits.count, "blok", "blokke")))"
                      : "the catch-up (\(Plural.count(edits.count, "block", "blocks")))"
        }
        if facts.contains(.dayStarted) { return da ? "dagens start" : "starting the day" }
        for fact in facts {
            switch fact {
            case .blockStarted(let id): return da ? "start af \(title(id))" : "starting \(title(id))"
            case .paused: return da ? "pausen" : "the pause"
            case .resumed: return da ? "genoptagelsen efter pausen" : "resuming after the pause"
            case .extended(let id, let m):
                return (m > 0 ? "+" : "") + "\(m) min " + (da ? "på " : "on ") + title(id)
            case .cardDealt(let id, let card): return da ? "kort \(card + 1) i \(title(id))" : "card \(card + 1) in \(title(id))"
            case .blockEdited(let id, _, _, _): return da ? "rettelsen af \(title(id))" : "the edit of \(title(id))"
            case .blockInserted(_, _, let t, _, _): return da ? "den indsatte blok »\(t)«" : "inserting “\(t)”"
            case .blockDropped(let id): return da ? "fjernelsen af \(title(id))" : "dropping \(title(id))"
            case .trackAdvanced(_, let track): return da ? "spor \(track + 1) videre" : "track \(track + 1) moving on"
            case .attendanceMarked(let name, let status): return "\(name): \(attendanceWord(status))"
            case .walkInAdded(let name, _): return "walk-in \(name)"
            case .stageShown: return da ? "skiftet på scenen" : "the stage switch"
            case .voteClosed(let id, let closed):
                return closed ? (da ? "lukningen af afstemningen i \(title(id))" : "closing the vote in \(title(id))")
                              : (da ? "genåbningen af afstemningen i \(title(id))" : "opening the vote in \(title(id)) again")
            default: continue
            }
        }
        return da ? "den sidste ændring" : "the last change"
    }
}
