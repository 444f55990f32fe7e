import Foundation

/// What a session records about itself besides the journal: the same in a session file and on a
/// server, fixed when the session is made.
public struct SessionInfo: Sendable, Equatable {
    /// The plan as run: the plan file's text when the session began (the file is never modified).
    public var planSource: String
    /// The plan file's name, for messages.
    public var planFile: String
    /// The local day the session runs on, and its time zone.
    public var day: PlanDate
    public var timeZone: String
    public var createdAt: Date
    /// Seed for anything random in the session (group formation), so it is reproducible.
    public var seed: UInt64
    /// The session's language, fixed when it was created: a plan without `language` reads the same
    /// (and names its tables "Bord 1" or "Table 1") in every terminal. Nil in older files.
    public var language: Language?
    /// Set when the session is a rehearsal of a plan dated another day.
    public var rehearsal: Rehearsal?

    public init(planSource: String, planFile: String, day: PlanDate, timeZone: String, createdAt: Date, seed: UInt64,
                language: Language? = nil, rehearsal: Rehearsal? = nil) {
        self.planSource = planSource
        self.planFile = planFile
        self.day = day
        self.timeZone = timeZone
        self.createdAt = createdAt
        self.seed = seed
        self.language = language
        self.rehearsal = rehearsal
    }
}
