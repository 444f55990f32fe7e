import Foundation
import GRDB
import PlenumCore

/// Reading the journal without trusting it: every fact is decoded with care, and a fact that
/// cannot be read (or is missing) stops the read with its number, so that no screen and no export
/// ever shows a day with a hole in it.
extension SessionStore {
    /// Journal entries after `seq`, in order. A fact that cannot be read, or a gap in the numbers,
    /// makes the file damaged (naming the fact): nothing is folded past it.
    public func entries(after seq: Int64 = 0) throws(StoreError) -> [JournalEntry] {
        var result: [JournalEntry] = []
        try forEachEntry(after: seq) { result.append($0) }
        return result
    }

    /// Each journal entry after `seq`, in order, handed over as it is read: a session of 100,000
    /// facts is folded without a list of them all. A fact that cannot be read, or a gap in the
    /// numbers, makes the file damaged (naming the fact): nothing past it is handed over.
    public func forEachEntry(after seq: Int64 = 0, _ body: (JournalEntry) -> Void) throws(StoreError) {
        try readJournal { db in
            var expected = seq + 1
            try JournalRows.forEach(db, sql: Self.journalColumns + " WHERE seq > ? ORDER BY seq", arguments: [seq]) { stored in
                guard stored.seq == expected else {
                    throw StoreError.missingFacts(path, expected...(stored.seq - 1))
                }
                body(try entry(stored))
                expected += 1
            }
            let last = try Self.lastNumber(db) ?? 0
            if last >= expected { throw StoreError.missingFacts(path, expected...last) }
        }
    }

    /// The journal's `undone` facts, in order, read without the others (see `SessionJournal.undoFacts`).
    /// One that cannot be read makes the file damaged, as in `forEachEntry`.
    public func undoFacts() throws(StoreError) -> [JournalEntry] {
        var undos: [JournalEntry] = []
        try readJournal { db in
            try JournalRows.forEach(db, sql: Self.journalColumns + " WHERE type = 'undone' ORDER BY seq") { undos.append(try entry($0)) }
        }
        return undos
    }

    /// Reads the journal in one transaction: a store error is thrown as it is, anything SQLite
    /// says makes the file damaged.
    private func readJournal(_ read: (Database) throws -> Void) throws(StoreError) {
        do {
            try queue.read(read)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .damaged(path, Self.describe(error))
        }
    }

    /// A stored fact's entry; one that cannot be read stops the read, naming it.
    private func entry(_ stored: StoredFact) throws(StoreError) -> JournalEntry {
        switch stored.entry {
        case .success(let entry): return entry
        case .failure(let unreadable): throw StoreError.unreadableFact(path, unreadable)
        }
    }

    static let journalColumns = "SELECT seq, at_ms, actor, type, payload FROM journal"

    /// The number the journal gave its last fact (SQLite's AUTOINCREMENT counter), if readable.
    static func lastNumber(_ db: Database) throws -> Int64? {
        try DatabaseValue.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'journal'")
            .flatMap(Int64.fromDatabaseValue)
    }
}

/// A fact that is in the file but cannot be read, with its number and why.
public struct UnreadableFact: Error, Sendable, Equatable {
    public var seq: Int64
    /// The kind of fact the file says it is, when that much is legible.
    public var kind: String?
    public var flaw: FactCoding.Flaw

    public init(seq: Int64, kind: String?, flaw: FactCoding.Flaw) {
        self.seq = seq
        self.kind = kind
        self.flaw = flaw
    }

    /// "fact 17 (postItAdded) cannot be read: no `text`".
    public var sentence: String { sentence(.en) }

    /// The sentence in `language`.
    public func sentence(_ language: Language) -> String { language.journal.unreadableFact(seq, kind: kind, flaw) }
}
