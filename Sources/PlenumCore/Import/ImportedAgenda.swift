/// A day's agenda as the importer understood it: blocks with kinds, lengths and anchors, and the
/// notes and milestones around them. `AgendaPlanWriter` turns it into a plan file.
public struct ImportedAgenda: Sendable {
    public var language: Language
    /// The agenda's title (the first line before any time), if it has one.
    public var title: String?
    /// Where it happens, from a "Hvor:"/"Sted:"/"Where:" line before the first time.
    public var venue: String?
    /// Other lines before the first time.
    public var preamble: [String]
    /// Dated steps of the process with no time ("06.03.19 Frist for høringssvar").
    public var processSteps: [String]
    public var days: [ImportedDay]
    /// The cells of a table's heading row (the time column first) and its line, if there was one.
    public var columnHeading: (line: Int, names: [String])?
    /// One per line that could not be read as written; the plan is written anyway.
    public var warnings: [Diagnostic]
    /// Periods that head parts of the text ("Primo april", "Forår 2020").
    public var phases: [ImportedPhase] = []
    /// Dated steps with no time, with their dates read.
    public var milestones: [ImportedMilestone] = []
    /// Working questions that became a block's cards, for the plan's comment.
    public var questionLists: [ImportedQuestions] = []

    /// Several dated days, a milestone or a phase: the text is a process, written as a process file
    /// with one plan per day.
    public var isProcess: Bool {
        !phases.isEmpty || (!milestones.isEmpty && (milestones.count + days.count) >= 2)
            || days.filter { $0.date != nil }.count >= 2
    }
}

/// A phase of an imported process.
public struct ImportedPhase: Sendable {
    public var title: String
    public var span: DateSpan?
    public var notes: [String]
    public var line: Int
}

/// A milestone of an imported process; `date` is nil when the text gives no year.
public struct ImportedMilestone: Sendable {
    public var title: String
    public var date: PlanDate?
    /// The line as written, kept when the date has no year.
    public var text: String
    public var line: Int
    public var phase: String?
}

/// Bullets under a questions heading that became a block's cards.
public struct ImportedQuestions: Sendable {
    public var heading: String
    public var line: Int
    public var count: Int
    public var block: String
    public var interval: Int?
}

/// One day of an imported agenda.
public struct ImportedDay: Sendable {
    /// The day's header as written ("Mandag 17. februar", "Day 2"), if any.
    public var label: String?
    public var date: PlanDate?
    /// The day's date as written when it has no year ("17. februar"), so `date` could not be set.
    public var dateWithoutYear: String?
    public var start: ClockTime
    /// A last lone time ("16:00 Tak for i dag") marks the end of the day.
    public var end: ClockTime?
    public var blocks: [ImportedBlock]
    /// Milestones and text that belong to the day rather than a block.
    public var notes: [String]
    /// 12-hour times read as afternoon, as "1:30 → 13:30 (line 7)", for the facilitator to check.
    public var afternoonReadings: [String]
    /// The day's own name ("Bootcamp II"), from the line above its header.
    public var name: String?
    /// The phase it was written under.
    public var phase: String?

    /// Its id in the process: the slug of its name ("bootcamp-ii"), nil for a day without one.
    public var id: String?
}

/// One block of an imported agenda.
public struct ImportedBlock: Sendable {
    public var title: String
    public var kind: Block.Kind
    /// The word in the title that gave the kind away; nil when plenum was assumed.
    public var kindWord: String?
    public var start: ClockTime
    public var minutes: Int
    /// Set when the block starts after a gap: it becomes an `at` anchor.
    public var at: ClockTime?
    public var notes: [String]
    /// The input line the block comes from.
    public var line: Int
    /// The text gave only a start time; the block lasts until the next time.
    public var lastsUntilNextTime: Bool
    public var cards: [String] = []
    public var cardMinutes: Int?
    /// "table" when the title says the groups at each table merge.
    public var formation: Block.Formation?
    /// Who presents in turn, when the title says the groups or tables present.
    public var present: Block.Presenters?
    /// Earlier days (by index) whose quick wins or themes the title names.
    public var carried: (days: [Int], what: CarriedSource.What)?
}
