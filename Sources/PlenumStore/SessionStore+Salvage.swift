import Foundation
import GRDB
import PlenumCore

/// What could be read from a damaged session file, for `plenum recover`.
public struct SessionSalvage: Sendable {
    /// The plan as run and the session's day, as the file holds them.
    public var info: SessionInfo
    /// Every fact that could be read, in order (with its number in the damaged file).
    public var entries: [JournalEntry]
    /// Facts that are in the file but cannot be decoded.
    public var unreadable: [UnreadableFact]
    /// Numbers of facts that could not be found at all (a page SQLite cannot read, a gap).
    public var missing: [ClosedRange<Int64>]

    /// How many facts were lost: unreadable plus missing.
    public var lostCount: Int64 {
        Int64(unreadable.count) + missing.reduce(0) { $0 + $1.upperBound - $1.lowerBound + 1 }
    }
}

extension SessionStore {
    /// Reads every fact of `path` that can be read, in order, through a read-only connection: the
    /// file does not change by a byte. Refuses only a file that is not a plenum session, is from a
    /// newer plenum, or has lost the plan and day a new session needs.
    public static func salvage(at path: String) throws(StoreError) -> SessionSalvage {
        try SessionFileHeader.validate(path, newestVersion: schemaVersion)
        let queue: DatabaseQueue
        do {
            queue = try readingQueue(path)
        } catch {
            throw openingError(path, error)
        }
        defer { try? queue.close() }
        let info: SessionInfo
        do {
            info = try SessionStore(path: path, readOnly: true, queue: queue).info()
        } catch {
            throw .damaged(path, .nothingToStartFrom)
        }
        // Outside a transaction: a page SQLite cannot read fails its statement, not a commit.
        return queue.inDatabase { db in
            let (found, missing) = readFacts(db)
            var entries: [JournalEntry] = []
            var unreadable: [UnreadableFact] = []
            for seq in found.keys.sorted() {
                switch found[seq]?.entry {
                case .success(let entry): entries.append(entry)
                case .failure(let fact): unreadable.append(fact)
                case nil: break
                }
            }
            return SessionSalvage(info: info, entries: entries, unreadable: unreadable, missing: missing)
        }
    }

    /// Every journal row SQLite can still reach, by number, and the numbers it cannot: in order
    /// until the first page it cannot read, then backwards from the end, then one by one between.
    private static func readFacts(_ db: Database) -> (found: [Int64: StoredFact], missing: [ClosedRange<Int64>]) {
        var found: [Int64: StoredFact] = [:]
        func scan(_ sql: String, _ arguments: StatementArguments = []) -> Bool {
            do {
                try JournalRows.forEach(db, sql: sql, arguments: arguments) { fact in
                    if fact.seq >= 1 { found[fact.seq] = fact }
                }
                return true
            } catch {
                return false
            }
        }
        let forwardComplete = scan(journalColumns + " ORDER BY seq")
        if !forwardComplete {
            let reached = found.keys.max() ?? 0
            _ = scan(journalColumns + " WHERE seq > ? ORDER BY seq DESC", [reached])
            let resumed = found.keys.filter { $0 > reached }.min() ?? reached + 1_000_000
            for seq in (reached + 1)..<min(resumed, reached + 1_000_000) {
                try? JournalRows.forEach(db, sql: journalColumns + " WHERE seq = ?", arguments: [seq]) { found[seq] = $0 }
            }
        }
        let last = max(found.keys.max() ?? 0, (try? lastNumber(db)) ?? 0)
        var missing: [ClosedRange<Int64>] = []
        var next: Int64 = 1
        for seq in found.keys.sorted() {
            if seq > next { missing.append(next...(seq - 1)) }
            next = seq + 1
        }
        if last >= next { missing.append(next...last) }
        return (found, missing)
    }
}
