import PlenumCore

/// The texts of undo and of the questions the console asks first: in Danish.
extension DanishUI: UndoWords {
    var jumpTitle: String { "Spring frem?" }
    func jumpQuestion(_ title: String) -> String { "Start »\(title)« nu?" }
    func jumpSkips(_ n: Int) -> String {
        "Det springer \(n == 1 ? "denne blok" : "disse \(n) blokke") over:"
    }
    func fixedAt(_ t: ClockTime) -> String { "(fast kl. \(t))" }
    func andMore(_ n: Int) -> String { "… og \(n) til" }
    var jumpHint: String { "Enter springer frem · Esc fortryder" }
    var endDayTitle: String { "Afslut dagen?" }
    func endDayQuestion(_ last: String) -> String {
        "»\(last)« er dagens sidste blok. Afslut den og dermed dagen?"
    }
    var endDayReopenNote: String {
        "En afsluttet dag kan åbnes igen med mellemrum."
    }
    var endDayHint: String { "Enter afslutter dagen · Esc fortryder" }
    var reopenTitle: String { "Åbn dagen igen?" }
    func reopenQuestion(_ last: String?) -> String {
        guard let last else { return "Dagen er slut. Åbn den igen?" }
        return "Dagen er slut. Åbn den igen, så »\(last)« fortsætter, som om dagen ikke var sluttet?"
    }
    var reopenHint: String { "Enter åbner dagen · Esc fortryder" }
    var dropTitle: String { "Fjern blok" }
    func undoneMessage(_ entries: [JournalEntry], state: SessionState) -> String {
        let facts = entries.map(\.fact)
        if facts.contains(where: { if case .dayEnded = $0 { return true }; return false }) {
            return "Dagen er åbnet igen."
        }
        let what = undoneWhat(facts, state: state)
        return "Fortrudt: \(what). u fortryder den før."
    }
    func undoneWhat(_ facts: [Fact], state: SessionState) -> String {
        func title(_ id: BlockID) -> String {
            let t = state.item(id)?.block.title ?? id
            return "»\(t)«"
        }
        let marks = facts.compactMap { fact -> (String, Fact.Attendance)? in
            if case .attendanceMarked(let name, let status) = fact { return (name, status) }
            return nil
        }
        if marks.count > 1 {
            let n = marks.count
            if Set(marks.map(\.1)).count == 1, let status = marks.first?.1 {
                return "\(Plural.count(n, "person", "personer")) markeret »\(attendanceWord(status))«"
            }
            return "\(n) markeringer ved indtjekningen"
        }
        let edits = facts.filter { if case .blockEdited = $0 { return true }; return false }
        if edits.count > 1 {
            return "indhentningen (\(Plural.count(edits.count, "blok", "blokke")))"
        }
        if facts.contains(.dayStarted) { return "dagens start" }
        for fact in facts {
            switch fact {
            case .blockStarted(let id): return "start af \(title(id))"
            case .paused: return "pausen"
            case .resumed: return "genoptagelsen efter pausen"
            case .extended(let id, let m):
                return (m > 0 ? "+" : "") + "\(m) min " + "på " + title(id)
            case .cardDealt(let id, let card): return "kort \(card + 1) i \(title(id))"
            case .blockEdited(let id, _, _, _): return "rettelsen af \(title(id))"
            case .blockInserted(_, _, let t, _, _): return "den indsatte blok »\(t)«"
            case .blockDropped(let id): return "fjernelsen af \(title(id))"
            case .trackAdvanced(_, let track): return "spor \(track + 1) videre"
            case .attendanceMarked(let name, let status): return "\(name): \(attendanceWord(status))"
            case .walkInAdded(let name, _): return "walk-in \(name)"
            case .stageShown: return "skiftet på scenen"
            default: continue
            }
        }
        return "den sidste ændring"
    }
}
