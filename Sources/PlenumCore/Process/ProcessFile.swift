/// A process: several workshop days with phases and milestones between them, as a process file
/// (TOML, see docs/process-format.md) describes it. Each day is a plan file of its own.
public struct ProcessFile: Sendable, Equatable {
    /// A named period of the process ("Forår 2020", "Primo april"); its span may be unknown.
    public struct Phase: Sendable, Equatable {
        public var title: String
        public var span: DateSpan?
        public var notes: String?
        public var position: SourcePosition?

        public init(title: String, span: DateSpan? = nil, notes: String? = nil, position: SourcePosition? = nil) {
            self.title = title
            self.span = span
            self.notes = notes
            self.position = position
        }
    }

    /// A dated moment with no day of its own ("Procesplan skal være klar").
    public struct Milestone: Sendable, Equatable {
        public var title: String
        public var date: PlanDate
        public var notes: String?
        public var position: SourcePosition?

        public init(title: String, date: PlanDate, notes: String? = nil, position: SourcePosition? = nil) {
            self.title = title
            self.date = date
            self.notes = notes
            self.position = position
        }
    }

    /// One workshop day: its plan file and, once it has run, its session file.
    public struct Day: Sendable, Equatable {
        /// How other days and `cards_from` name it; the plan file's name without `.toml` by default.
        public var id: String
        /// The plan file as written, relative to the process file.
        public var plan: String
        /// The session file as written (relative to the process file), if the process names one.
        public var session: String?
        /// The phase it belongs to, by title.
        public var phase: String?
        public var position: SourcePosition?
        /// Where `plan` stands in the process file.
        public var planPosition: SourcePosition?

        public init(id: String, plan: String, session: String? = nil, phase: String? = nil,
                    position: SourcePosition? = nil, planPosition: SourcePosition? = nil) {
            self.id = id
            self.plan = plan
            self.session = session
            self.phase = phase
            self.position = position
            self.planPosition = planPosition
        }
    }

    public var title: String
    public var language: Language
    public var notes: String?
    public var phases: [Phase]
    public var milestones: [Milestone]
    public var days: [Day]

    public init(title: String, language: Language, notes: String? = nil, phases: [Phase] = [],
                milestones: [Milestone] = [], days: [Day] = []) {
        self.title = title
        self.language = language
        self.notes = notes
        self.phases = phases
        self.milestones = milestones
        self.days = days
    }

    /// The day with this id.
    public func day(_ id: String) -> Day? { days.first { $0.id == id } }

    /// The keys a process file may use (see docs/process-format.md).
    static let topKeys = ["title", "language", "notes", "phases", "milestones", "days"]
    static let phaseKeys = ["title", "from", "to", "notes"]
    static let milestoneKeys = ["title", "date", "notes"]
    static let dayKeys = ["id", "plan", "session", "phase"]
}
