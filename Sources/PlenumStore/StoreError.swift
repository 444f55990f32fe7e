import PlenumCore

/// Why a session file cannot be opened or written, as one sentence for the user.
public enum StoreError: Error, Sendable, Equatable {
    case notFound(String)
    case notASession(String)
    case newerVersion(String, Int)
    case damaged(String, StoreReason)
    /// Damaged: a fact in the file cannot be read.
    case unreadableFact(String, UnreadableFact)
    /// Damaged: facts with these numbers are not in the file.
    case missingFacts(String, ClosedRange<Int64>)
    case cannotWrite(String, StoreReason)
    /// The file could not be opened for a reason that is not its content (a full disk, a lock).
    case cannotOpen(String, StoreReason)
    case exists(String)

    /// The sentence in English.
    public var message: String { message(.en) }

    /// The sentence in `language`; a reason plenum knows is said in that language too, one from
    /// the system or SQLite as it came.
    public func message(_ language: Language) -> String {
        let words = language.store
        switch self {
        case .notFound(let path): return words.notFound(path)
        case .notASession(let path): return words.notASession(path)
        case .newerVersion(let path, let version): return words.newerVersion(path, version)
        case .damaged(let path, let reason): return words.damaged(path, words.reason(reason))
        case .unreadableFact(let path, let fact): return words.damaged(path, fact.sentence(language))
        case .missingFacts(let path, let numbers): return words.damaged(path, language.journal.missingFacts(numbers))
        case .cannotWrite(let path, let reason): return words.cannotWrite(path, words.reason(reason))
        case .cannotOpen(let path, let reason): return words.cannotOpen(path, words.reason(reason))
        case .exists(let path): return words.exists(path)
        }
    }

    /// The error as the journal layer carries it: the sentence in every language.
    public var journalError: JournalError {
        JournalError { message($0) }
    }
}

/// Why a session file cannot be opened, written or read: the reasons plenum names itself (said
/// in each language by `StoreVocabulary.reason`), or what the system or SQLite said, as it came.
public enum StoreReason: Sendable, Equatable {
    case diskFull, readOnly, damagedFile, busy, diskError, permissionDenied
    /// The main file is shorter than its header says, with no WAL that could hold the rest.
    case cutShort
    case sqliteCannotRead, badPageSize, noSessionDay
    /// The folder cannot be written and a -wal file lies beside the session file.
    case walInReadOnlyFolder
    /// Salvage found neither the plan nor the day.
    case nothingToStartFrom
    /// The system's or SQLite's own words.
    case system(String)
}
