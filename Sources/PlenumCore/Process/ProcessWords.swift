/// The words of the process timeline, its learning and its reports, in the process's language.
public struct ProcessWords: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private var da: Bool { language == .da }

    public func state(_ state: DayState) -> String {
        switch state {
        case .planned: return da ? "planlagt" : "planned"
        case .rehearsed: return da ? "øvet" : "rehearsed"
        case .held: return da ? "afholdt" : "held"
        }
    }

    public var milestone: String { da ? "milepæl" : "milestone" }
    public var today: String { da ? "i dag" : "today" }
    public var phase: String { da ? "Fase" : "Phase" }
    public var timeline: String { da ? "Forløbet" : "Timeline" }
    public var learning: String { da ? "Læring på tværs af dagene" : "Learning across the days" }
    public var theme: String { da ? "Tema (kerneopgave)" : "Theme (core task)" }
    public var noTheme: String { da ? "(uden tema)" : "(no theme)" }
    public var nothingHeld: String {
        da ? "Ingen dag er afholdt endnu: læringen vises, når en session har temaer eller quick wins."
           : "No day has been held yet: the learning shows once a session has themes or quick wins."
    }
    public var noLearning: String { da ? "–" : "–" }
    public var dateHeader: String { da ? "Dato" : "Date" }
    public var whatHeader: String { da ? "Hvad" : "What" }
    public var timeHeader: String { da ? "Tid" : "Time" }
    public var stateHeader: String { da ? "Status" : "State" }
    public var planHeader: String { da ? "Plan" : "Plan" }
    public var quickWins: String { "Quick wins" }
    public var undated: String { da ? "uden dato" : "no date" }
    public var planProblem: String { da ? "planen kan ikke læses: plenum check" : "the plan does not check: plenum check" }
    public func dots(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "prik" : "prikker")" : "\(n) \(n == 1 ? "dot" : "dots")" }
    public func postIts(_ n: Int) -> String { "\(n) post-it\(n == 1 ? "" : "s")" }
    public func actor(_ name: String) -> String { (da ? "aktør: " : "actor: ") + name }
    public func days(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "dag" : "dage")" : "\(n) \(n == 1 ? "day" : "days")" }
    public func milestones(_ n: Int) -> String {
        da ? "\(n) \(n == 1 ? "milepæl" : "milepæle")" : "\(n) \(n == 1 ? "milestone" : "milestones")"
    }
    public func phases(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "fase" : "faser")" : "\(n) \(n == 1 ? "phase" : "phases")" }
    /// "3 faser · 4 dage · 1 milepæl", leaving out what the process has none of.
    public func counts(_ process: ProcessFile, days: Int) -> String {
        [(process.phases.count, phases), (days, self.days), (process.milestones.count, milestones)]
            .filter { $0.0 > 0 }.map { $0.1($0.0) }.joined(separator: " · ")
    }

    public var screenHint: String {
        da ? "↑/↓ rul · Tab tidslinje/læring · q afslut" : "↑/↓ scroll · Tab timeline/learning · q quit"
    }

    /// "tor" / "Thu".
    public func weekday(_ date: PlanDate) -> String {
        let names = da ? ["man", "tir", "ons", "tor", "fre", "lør", "søn"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return names[date.weekday]
    }

    /// "2019-02-06 – 2019-03-11".
    public func span(_ span: DateSpan) -> String { "\(span.from) – \(span.to)" }
}
