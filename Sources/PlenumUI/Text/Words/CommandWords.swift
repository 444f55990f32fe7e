import PlenumCore

/// What kind of file a command reads, for the sentence that refuses it.
public enum FileKind: Sendable {
    case plan, agenda, process
}

/// Why a command cannot do what it was asked, said outside the screens: the command line's
/// refusals of files, terminals and standard input, and its short reports (`Wrote …`).
public protocol CommandWords: Sendable {
    // Reading and writing files
    /// "a plan" / "en plan".
    func file(_ kind: FileKind) -> String
    func noSuchFile(_ path: String) -> String
    func isAFolder(_ path: String, not kind: FileKind) -> String
    /// A session file given where a plan (agenda, process) belongs, and how to open it.
    func sessionNotA(_ path: String, _ kind: FileKind) -> String
    func cannotReadPermission(_ path: String) -> String
    func fileTooBig(_ path: String, megabytes: Double, _ kind: FileKind, most: Int) -> String
    func cannotRead(_ path: String) -> String
    func cannotWrite(_ path: String, _ reason: String) -> String
    func cannotWriteNothingWritten(_ path: String, _ reason: String) -> String
    func cannotWriteTo(_ what: String, _ reason: String) -> String
    var linkToNothing: String { get }
    var isFolder: String { get }
    var notFilePipeOrTerminal: String { get }
    func folderMissing(_ folder: String) -> String
    var diskFull: String { get }
    var standardInput: String { get }
    var standardOutput: String { get }
    func existsAlready(_ path: String) -> String
    func wrotePlan(_ path: String) -> String
    // Standard input read as post-its
    func inputLineTooLong(_ line: Int) -> String
    func inputUnreadable(_ reason: String) -> String
    func inputNotText(_ line: Int) -> String
    // The terminal the screens need
    var consoleNeedsTerminal: String { get }
    var notesNeedTerminal: String { get }
    var stageNeedsTerminal: String { get }
    func reviewNeedsTerminal(_ session: String) -> String
    var termUnset: String { get }
    func termUnknown(_ term: String) -> String
    func termCannotPlace(_ term: String) -> String
    // plenum import
    func agendaTooBig(_ source: String) -> String
    func tooManyDays(_ source: String, days: Int, most: Int) -> String
    func dayOf(_ day: Int, _ source: String) -> String
    func tooManyBlocks(_ which: String, blocks: Int, most: Int) -> String
    func importBug(process: Bool, _ source: String, _ problem: String) -> String
    /// What an import bug's problem is placed in: "the plan" / "the result" (a process).
    func importedFile(process: Bool) -> String
    func severalDays(_ days: Int) -> String
    func wrotePlans(_ files: [String], blocks: Int) -> String
    func processDays(_ days: Int) -> String
    func wroteProcess(_ path: String, plans: [String]) -> String
    // plenum process, export, run, recover
    func notAProcess(_ path: String) -> String
    func processFormats(_ format: String) -> String
    func planHasNoPostIts(_ path: String) -> String
    func sessionNeedsChoice(_ path: String, plan: String, rehearsal: Bool, onServer: Bool) -> String
    func noSessionToResume(_ path: String) -> String
    /// The folder a new session file goes in cannot be made; `reason` is the system's.
    func cannotMakeFolder(_ folder: String, reason: String) -> String
    /// Asking for a server password at the terminal: "Password for user@host:port: ".
    func passwordPrompt(_ key: String) -> String
    /// Notes piped in before the session exists: one line on standard error while waiting.
    func waitingForPipedSession(_ path: String) -> String
    var newAndResume: String { get }
    func recovered(_ output: String, facts: Int, of session: String) -> String
    var everyFactRead: String { get }
    func factsUnreadable(_ count: Int, _ numbers: String) -> String
    func factsMissing(_ count: Int64, _ numbers: String) -> String
    // A process file's days, as `check` says them
    func processPlanUnreadable(day: Int, id: String, _ path: String) -> String
    /// `key` (`cards_from`, `material_from`) names a day the process lacks (`nearest`: a day it has).
    func sourceDayUnknown(_ key: String, block: String, day: String, nearest: String?) -> String
    func sourceDayNotBefore(_ key: String, block: String, day: String) -> String
    /// The days a block takes from have nothing yet; `what` is quick wins (true) or themes.
    func sourceNotHeld(_ days: [String], quickWins: Bool, cardsFrom: Bool, ownCards: Bool) -> String
}
