import Foundation

/// Where a session's journal lives: a session file or a PostgreSQL server (or memory, in tests).
/// Every implementation keeps the contract written in docs/architecture.md ("The journal
/// contract") and is held to it by one test suite (Tests/PlenumSessionTests/JournalContractTests.swift):
/// - sequence numbers start at 1 and have no gaps, in commit order: a reader that has seen up to
///   `n` and reads `entries(after: n)` never misses a fact committed later with a smaller number;
/// - `append` returns only once the facts are durable (fsync'ed, or committed with
///   `synchronous_commit = on`), numbered and stamped; all facts of one append share one stamp,
///   rounded to the millisecond;
/// - who stamps: a journal with its own clock (`stampsWithOwnClock`, the server) stamps every
///   append with that clock, later than the append before it; the others store the time the
///   writer gives (all writers of a file share one machine's clock);
/// - an append carries a client-made id: where a reply can be lost (`remembersAppendIDs`), an
///   append whose id was committed before writes nothing and returns the entries it wrote then,
///   so a retry after an unknown outcome saves exactly once.
public protocol SessionJournal: AnyObject {
    /// Where the journal is, for messages: a path, or a URL without its password.
    var locator: String { get }
    /// True when this process may only read (a read-only file or folder).
    var isReadOnly: Bool { get }
    /// Whether appends are stamped with the journal's own clock rather than the writer's.
    var stampsWithOwnClock: Bool { get }
    /// Whether an append whose id was committed before is answered from what it wrote then.
    var remembersAppendIDs: Bool { get }
    /// The journal's clock minus this machine's (0 where the writer's clock stamps): added to the
    /// local clock, every terminal of a session counts down alike.
    var clockOffset: TimeInterval { get }
    /// The session's plan as run, day, language and the rest fixed when it was made.
    func info() throws(JournalError) -> SessionInfo
    /// Entries after `seq`, in sequence order; facts this version cannot read are skipped.
    func entries(after seq: Int64) throws(JournalError) -> [JournalEntry]
    /// Calls `body` with each entry after `seq`, in order, as they are read (no list of them all).
    func forEachEntry(after seq: Int64, _ body: (JournalEntry) -> Void) throws(JournalError)
    /// The journal's `undone` facts, in order: what a fold that keeps no journal must know
    /// beforehand (`SessionState.init(plan:rehearsal:foldingOnceWith:)`).
    func undoFacts() throws(JournalError) -> [JournalEntry]
    /// The highest sequence number (0 when empty): to size a fold before reading.
    func lastSeq() -> Int64
    /// Whether anyone may have committed since the last call (cheap; true on the first call).
    func hasChangedElsewhere() -> Bool
    /// Appends `facts` in one transaction; returns them numbered and stamped once durable.
    @discardableResult
    func append(_ facts: [Fact], actor: String, at proposed: Date, id: UUID) throws(JournalError) -> [JournalEntry]
}

extension SessionJournal {
    public func forEachEntry(after seq: Int64, _ body: (JournalEntry) -> Void) throws(JournalError) {
        try entries(after: seq).forEach(body)
    }

    public func undoFacts() throws(JournalError) -> [JournalEntry] {
        try entries(after: 0).filter { if case .undone = $0.fact { true } else { false } }
    }

    public func lastSeq() -> Int64 {
        (try? entries(after: 0).last?.seq) ?? 0
    }

    /// The whole journal, in sequence order.
    public func entries() throws(JournalError) -> [JournalEntry] {
        try entries(after: 0)
    }
}

/// Why a journal could not be read or written, as one sentence for the user.
public struct JournalError: Error, Sendable, Equatable {
    /// What went wrong, naming the file or server.
    public var message: String
    /// True when the outcome of a write is unknown or the journal cannot be reached right now (a
    /// dropped connection): the same append, with the same id, may be tried again.
    public var mayRetry: Bool

    /// The sentence in each language that has it (a store error's); `message` in the others.
    public var said: [Language: String]

    public init(_ message: String, mayRetry: Bool = false, said: [Language: String] = [:]) {
        self.message = message
        self.mayRetry = mayRetry
        self.said = said
    }

    /// An error said in every language: `sentence` in each, `message` in English.
    public init(mayRetry: Bool = false, sayingIn sentence: (Language) -> String) {
        self.init(sentence(.en), mayRetry: mayRetry,
                  said: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, sentence($0)) }))
    }

    /// What went wrong in `language` where the error has it, else as `message` says it.
    public func message(_ language: Language) -> String { said[language] ?? message }
}

extension Date {
    /// This time rounded to the millisecond, as every journal stores it.
    public var journalMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    /// The time a journal's millisecond stands for.
    public init(journalMilliseconds ms: Int64) {
        self.init(timeIntervalSince1970: Double(ms) / 1000)
    }
}
