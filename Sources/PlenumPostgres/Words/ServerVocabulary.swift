import PlenumCore

/// What plenum asks of the server when a call fails, for the sentence that says so.
enum ServerTask: Sendable {
    case createTables, readTables, makeSession, listSessions, readSession, readJournal, save, copyJournal
    case readConnection, readClock, endConnection
}

/// The sentences about a session kept on a PostgreSQL server, in one language: its URL, its
/// tables, its sessions, the connection and its encryption. What the server itself says (its own
/// message) is passed on as it came.
protocol ServerVocabulary: Sendable {
    /// The language these sentences are in.
    var language: Language { get }
    /// "create the plenum tables" / "oprette plenum-tabellerne": what `task` asks, after "cannot".
    func task(_ task: ServerTask) -> String
    // The URL
    func notAServerURL(_ text: String) -> String
    var passwordInURL: String { get }
    func namesNoServer(_ text: String) -> String
    func badSessionName(_ name: String) -> String
    func unknownSSLMode(_ mode: String, modes: String) -> String
    func unknownQuery(_ text: String, _ name: String) -> String
    // The connection
    func cannotReach(_ server: String, _ reason: String) -> String
    func refused(_ server: String, _ task: ServerTask, _ reason: String) -> String
    func cannotDo(_ task: ServerTask, on server: String, _ reason: String) -> String
    func noAnswer(within seconds: Int) -> String
    /// A lost connection is being made again meanwhile (in the background).
    var reconnecting: String { get }
    var connectionRefused: String { get }
    var connectionLost: String { get }
    var needsPassword: String { get }
    /// The server said the password is wrong (SQLSTATE 28P01) for `user`.
    func wrongPassword(_ user: String) -> String
    /// No machine of that name was found (the host in the URL).
    func unknownHost(_ host: String) -> String
    // Encryption (sslmode, sslrootcert)
    func cannotReadAuthority(_ file: String) -> String
    func notMadeOutTo(_ host: String) -> String
    /// `authority`: the file named by sslrootcert, or nil for the machine's trusted ones.
    func notSignedBy(_ authority: String?, mode: String) -> String
    func noEncryptionOffered(mode: String) -> String
    func encryptionFailed(mode: String) -> String
    var cannotReadTrusted: String { get }
    func notACertificate(_ file: String) -> String
    // The tables and the sessions
    func newerSchema(_ server: String, _ schema: Int) -> String
    func noTables(_ server: String) -> String
    func olderTables(_ server: String) -> String
    func sessionExists(_ session: String) -> String
    func namesNoSession(_ server: String) -> String
    func noSuchSession(_ name: String, on server: String) -> String
    func sessionHasNoDay(_ session: String) -> String
    func appendMismatch(_ session: String, answered: Int, sent: Int) -> String
    func sessionNotEmpty(_ name: String) -> String
}

extension Language {
    /// The server's sentences in this language.
    var server: any ServerVocabulary {
        switch self {
        case .da: DanishServer()
        case .en: EnglishServer()
        }
    }
}

/// A sentence about the server, made in whichever language is asked for.
typealias ServerSentence = @Sendable (any ServerVocabulary) -> String

extension JournalError {
    /// A server error in every language (`message` in English).
    static func server(mayRetry: Bool = false, _ sentence: ServerSentence) -> JournalError {
        JournalError(mayRetry: mayRetry) { sentence($0.server) }
    }

    /// This error's sentence in the language of `words` (for an error inside another sentence).
    func sentence(_ words: any ServerVocabulary) -> String {
        message(words.language)
    }
}

/// The server's sentences in Danish (its words are in `Server+Danish.swift`).
struct DanishServer: Sendable { var language: Language { .da } }
/// The server's sentences in English.
struct EnglishServer: Sendable { var language: Language { .en } }
