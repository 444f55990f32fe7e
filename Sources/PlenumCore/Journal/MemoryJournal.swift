import Foundation

/// A journal held in memory, keeping the whole contract: for tests, and for anything that folds a
/// session without keeping it. Safe to share between threads.
public final class MemoryJournal: SessionJournal, @unchecked Sendable {
    public let locator: String
    public let isReadOnly = false
    public let stampsWithOwnClock = false
    public let remembersAppendIDs = true
    public let clockOffset: TimeInterval = 0
    private let sessionInfo: SessionInfo
    private let lock = NSLock()
    private var journal: [JournalEntry] = []
    private var appended: [UUID: [JournalEntry]] = [:]
    private var seenCount: Int?

    public init(info: SessionInfo, locator: String = "memory") {
        self.sessionInfo = info
        self.locator = locator
    }

    public func info() throws(JournalError) -> SessionInfo { sessionInfo }

    public func entries(after seq: Int64) throws(JournalError) -> [JournalEntry] {
        lock.withLock { journal.filter { $0.seq > seq } }
    }

    public func hasChangedElsewhere() -> Bool {
        lock.withLock {
            defer { seenCount = journal.count }
            return seenCount != journal.count
        }
    }

    @discardableResult
    public func append(_ facts: [Fact], actor: String, at proposed: Date, id: UUID) throws(JournalError) -> [JournalEntry] {
        lock.withLock {
            if let earlier = appended[id] { return earlier }
            let stamp = Date(journalMilliseconds: proposed.journalMilliseconds)
            let written = facts.enumerated().map { offset, fact in
                JournalEntry(seq: Int64(journal.count + offset + 1), at: stamp, actor: actor, fact: fact)
            }
            journal += written
            appended[id] = written
            return written
        }
    }
}
