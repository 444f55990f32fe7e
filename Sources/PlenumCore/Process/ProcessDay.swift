/// What has become of a process day, derived from the session files that exist for its plan.
public enum DayState: String, Sendable, CaseIterable {
    /// No session in which a block ran.
    case planned
    /// Blocks ran only in rehearsals (a plan opened on another day than its `date`).
    case rehearsed
    /// Blocks ran in a session for real.
    case held

    /// The state that `runs` give a day.
    public static func of(runs: [DayRun]) -> DayState {
        let ran = runs.filter { $0.blocksRun > 0 }
        if ran.contains(where: { !$0.isRehearsal }) { return .held }
        return ran.isEmpty ? .planned : .rehearsed
    }
}

/// One session file of a day's plan, as much of it as the timeline needs.
public struct DayRun: Sendable, Equatable {
    /// The day the session was made for.
    public var day: PlanDate
    /// Blocks that started in it.
    public var blocksRun: Int
    public var path: String
    /// Whether the session is a rehearsal (see `Rehearsal`).
    public var isRehearsal: Bool

    public init(day: PlanDate, blocksRun: Int, path: String, isRehearsal: Bool = false) {
        self.day = day
        self.blocksRun = blocksRun
        self.path = path
        self.isRehearsal = isRehearsal
    }
}

/// What a held day left behind: its themes and quick wins.
public struct DayLearning: Sendable {
    public var themes: [SessionDigest.Theme]
    public var quickWins: [PostIt]
    /// The actors each post-it was tagged with (who contributes), by identity.
    public var actors: [String: [String]] = [:]

    public init(themes: [SessionDigest.Theme], quickWins: [PostIt]) {
        self.themes = themes
        self.quickWins = quickWins
    }

    public init(state: SessionState) {
        self.init(themes: SessionDigest.themes(of: state), quickWins: SessionDigest.quickWins(of: state))
        actors = state.priorities.actors
    }

    /// The texts a later day takes as cards or material: the quick wins (without their actor) or
    /// the theme names, most dots first.
    public func material(_ what: CarriedSource.What) -> [String] {
        switch what {
        case .quickWins: return quickWins.map { ActorText.split($0.text).text }
        case .themes: return themes.map(\.name)
        }
    }
}

/// A process day with what is known of it on disk: its plan, its sessions, its state.
public struct ProcessDayInfo: Sendable {
    public var day: ProcessFile.Day
    /// The plan, when it checks.
    public var plan: Plan?
    /// Where the plan file is, as the caller found it.
    public var planPath: String
    public var runs: [DayRun]
    /// The themes and quick wins of the session that held the day.
    public var learning: DayLearning?

    public init(day: ProcessFile.Day, plan: Plan?, planPath: String, runs: [DayRun] = [], learning: DayLearning? = nil) {
        self.day = day
        self.plan = plan
        self.planPath = planPath
        self.runs = runs
        self.learning = learning
    }

    public var state: DayState { DayState.of(runs: runs) }

    /// What `earlier` days carry into a later one: each day's quick wins and themes, empty for a
    /// day that has not been held (known, but with nothing yet).
    public static func carried(from earlier: [ProcessDayInfo]) -> CarriedMaterial {
        var carried: CarriedMaterial = [:]
        for day in earlier {
            for what in CarriedSource.What.allCases {
                carried[CarriedKey(day: day.day.id, what: what)] = day.learning?.material(what) ?? []
            }
        }
        return carried
    }
    public var title: String { plan?.title ?? day.id }
    public var date: PlanDate? { plan?.date }

    /// "09:00–15:00", as planned.
    public var span: String? {
        guard let plan else { return nil }
        let entries = Schedule.plan(plan).entries
        guard let first = entries.first, let last = entries.last else { return nil }
        return "\(first.start)–\(last.end)"
    }
}

/// "Ny hjemmeside (aktør: Digitalisering)" → the text and who acts on it, where the post-it says so.
public enum ActorText {
    private static let labels = ["aktører:", "aktør:", "aktor:", "ansvarlig:", "actors:", "actor:", "owner:", "hvem:", "who:"]

    public static func split(_ text: String) -> (text: String, actor: String?) {
        let lower = text.lowercased()
        for label in labels {
            guard let range = lower.range(of: label) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
            let labelEnd = text.index(text.startIndex, offsetBy: offset + label.count)
            let before = String(text.prefix(offset)).strippingEnds(of: " \t-–—(,;")
            let actor = String(text[labelEnd...]).strippingEnds(of: " \t)-–—.,;")
            guard !before.isEmpty, !actor.isEmpty else { continue }
            return (before, actor)
        }
        return (text, nil)
    }
}
