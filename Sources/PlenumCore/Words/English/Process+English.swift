/// The words of the process timeline, its learning and its reports: in English.
extension EnglishProcess: ProcessVocabulary {
    func state(_ state: DayState) -> String {
        switch state {
        case .planned: return "planned"
        case .rehearsed: return "rehearsed"
        case .held: return "held"
        }
    }
    var milestone: String { "milestone" }
    var today: String { "today" }
    var phase: String { "Phase" }
    var timeline: String { "Timeline" }
    var learning: String { "Learning across the days" }
    var theme: String { "Theme (core task)" }
    var noTheme: String { "(no theme)" }
    var nothingHeld: String {
        "No day has been held yet: the learning shows once a session has themes or quick wins."
    }
    var noLearning: String { "–" }
    var dateHeader: String { "Date" }
    var whatHeader: String { "What" }
    var timeHeader: String { "Time" }
    var stateHeader: String { "State" }
    var planHeader: String { "Plan" }
    var undated: String { "no date" }
    var planProblem: String { "the plan does not check: plenum check" }
    func dots(_ n: Int) -> String { Plural.count(n, "dot", "dots") }
    func actor(_ name: String) -> String { "actor: " + name }
    func days(_ n: Int) -> String { Plural.count(n, "day", "days") }
    func milestones(_ n: Int) -> String {
        Plural.count(n, "milestone", "milestones")
    }
    func phases(_ n: Int) -> String { Plural.count(n, "phase", "phases") }
    var scrollHint: String { "↑/↓ scroll" }
    var pagesHint: String { "Tab timeline/learning" }
    var quitHint: String { "q quit" }
    func weekday(_ date: PlanDate) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return names[date.weekday]
    }
}
