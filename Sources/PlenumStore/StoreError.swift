import PlenumCore

/// Why a session file cannot be opened or written, as one sentence for the user.
public enum StoreError: Error, Sendable, Equatable {
    case notFound(String)
    case notASession(String)
    case newerVersion(String, Int)
    case damaged(String, String)
    case cannotWrite(String, String)
    /// The file could not be opened for a reason that is not its content (a full disk, a lock).
    case cannotOpen(String, String)
    case exists(String)

    /// The sentence in English.
    public var message: String { message(.en) }

    /// The sentence in `language`; a reason plenum wrote itself is said in that language too, one
    /// from the system or SQLite as it came.
    public func message(_ language: Language) -> String {
        let words = language.store
        switch self {
        case .notFound(let path): return words.notFound(path)
        case .notASession(let path): return words.notASession(path)
        case .newerVersion(let path, let version): return words.newerVersion(path, version)
        case .damaged(let path, let reason): return words.damaged(path, words.reason(reason))
        case .cannotWrite(let path, let reason): return words.cannotWrite(path, words.reason(reason))
        case .cannotOpen(let path, let reason): return words.cannotOpen(path, words.reason(reason))
        case .exists(let path): return words.exists(path)
        }
    }

    /// The error as the journal layer carries it: the sentence in every language.
    public var journalError: JournalError {
        JournalError(message, said: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, message($0)) }))
    }
}
