/// The words of the process timeline, its learning and its reports: in Danish.
extension DanishProcess: ProcessVocabulary {
    func state(_ state: DayState) -> String {
        switch state {
        case .planned: return "planlagt"
        case .rehearsed: return "øvet"
        case .held: return "afholdt"
        }
    }
    var milestone: String { "milepæl" }
    var today: String { "i dag" }
    var phase: String { "Fase" }
    var timeline: String { "Forløbet" }
    var learning: String { "Læring på tværs af dagene" }
    var theme: String { "Tema (kerneopgave)" }
    var noTheme: String { "(uden tema)" }
    var nothingHeld: String {
        "Ingen dag er afholdt endnu: læringen vises, når en session har temaer eller quick wins."
    }
    var noLearning: String { "–" }
    var dateHeader: String { "Dato" }
    var whatHeader: String { "Hvad" }
    var timeHeader: String { "Tid" }
    var stateHeader: String { "Status" }
    var planHeader: String { "Plan" }
    var undated: String { "uden dato" }
    var planProblem: String { "planen kan ikke læses: plenum check" }
    func dots(_ n: Int) -> String { Plural.count(n, "prik", "prikker") }
    func actor(_ name: String) -> String { "aktør: " + name }
    func days(_ n: Int) -> String { Plural.count(n, "dag", "dage") }
    func milestones(_ n: Int) -> String {
        Plural.count(n, "milepæl", "milepæle")
    }
    func phases(_ n: Int) -> String { Plural.count(n, "fase", "faser") }
    var scrollHint: String { "↑/↓ rul" }
    var pagesHint: String { "Tab tidslinje/læring" }
    var quitHint: String { "q afslut" }
    func weekday(_ date: PlanDate) -> String {
        let names = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
        return names[date.weekday]
    }
}
