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
    var endDayTitle: String { "Afslut dagen?" }
    func endDayQuestion(_ last: String) -> String {
        "»\(last)« er dagens sidste blok. Afslut den og dermed dagen?"
    }
    var endDayReopenNote: String {
        "En afsluttet dag kan åbnes igen med mellemrum."
    }
    var reopenTitle: String { "Åbn dagen igen?" }
    func reopenQuestion(_ last: String?) -> String {
        guard let last else { return "Dagen er slut. Åbn den igen?" }
        return "Dagen er slut. Åbn den igen, så »\(last)« fortsætter, som om dagen ikke var sluttet?"
    }
    var dropTitle: String { "Fjern blok" }
    var dayOpenAgain: String { "Dagen er åbnet igen." }
    func undone(_ what: String) -> String { "Fortrudt: \(what). u fortryder den før." }
    func quoted(_ title: String) -> String { "»\(title)«" }
    func peopleMarked(_ n: Int, _ status: String) -> String { "\(Plural.count(n, "person", "personer")) markeret »\(status)«" }
    func checkInMarks(_ n: Int) -> String { "\(n) markeringer ved indtjekningen" }
    func catchUpOf(_ blocks: Int) -> String { "indhentningen (\(Plural.count(blocks, "blok", "blokke")))" }
    var undoneDayStart: String { "dagens start" }
    func undoneStart(_ title: String) -> String { "start af \(title)" }
    var undonePause: String { "pausen" }
    var undoneResume: String { "genoptagelsen efter pausen" }
    func undoneExtension(_ minutes: Int, _ title: String) -> String { (minutes > 0 ? "+" : "") + "\(minutes) min på " + title }
    func undoneCard(_ card: Int, _ title: String) -> String { "kort \(card) i \(title)" }
    func undoneEdit(_ title: String) -> String { "rettelsen af \(title)" }
    func undoneInsert(_ title: String) -> String { "den indsatte blok \(title)" }
    func undoneDrop(_ title: String) -> String { "fjernelsen af \(title)" }
    func undoneTrack(_ track: Int) -> String { "spor \(track) videre" }
    func undoneWalkIn(_ name: String) -> String { "walk-in \(name)" }
    var undoneStage: String { "skiftet på scenen" }
    var undoneQuickWinsOrder: String { "den nye rækkefølge af quick wins" }
    var undoneLastChange: String { "den sidste ændring" }
}
